"""Wagtail's user and group views under the grant rule, with every change logged with what changed.

- Only superusers open, change or delete a superuser's account (else a portal administrator could take one
  over by changing its password).
- The user forms refuse groups the person granting them could not give (moderation/accounts/forms.py).
- A group's edit saves the group and every permission panel in one transaction, then compares what the
  group grants with what it granted before: a new grant the editor does not hold undoes the whole save and
  the form says which.
- Instead of Wagtail's empty "wagtail.create"/"wagtail.edit", the log gets "portal.user.*" and
  "portal.group.*" entries whose data say what changed (fields, groups added and removed, permissions
  added and removed, a password changed — never the password).
"""

from django.contrib.auth import update_session_auth_hash
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.users.views import groups, users

from ..models import StaffAccount
from .forms import PortalUserCreationForm, PortalUserEditForm
from .grants import describe_all, grants_not_held, group_grants

USER_CREATE = "portal.user.create"
USER_CHANGE = "portal.user.change"
GROUP_CREATE = "portal.group.create"
GROUP_CHANGE = "portal.group.change"

USER_FIELDS = ("username", "email", "first_name", "last_name", "is_active", "is_superuser")


def user_snapshot(user):
    if user.pk is None:
        return {"groups": [], "password": ""}
    fields = {name: getattr(user, name) for name in USER_FIELDS}
    fields["groups"] = sorted(user.groups.values_list("name", flat=True))
    fields["password"] = user.password
    return fields


def user_changes(before, after):
    changes = {}
    for name in USER_FIELDS:
        if before.get(name) != after.get(name):
            changes[name] = [before.get(name), after.get(name)]
    added = sorted(set(after["groups"]) - set(before["groups"]))
    removed = sorted(set(before["groups"]) - set(after["groups"]))
    if added or removed:
        changes["groups"] = {"added": added, "removed": removed}
    if before["password"] != after["password"]:
        changes["password"] = "changed"
    return changes


def refuse_superuser_accounts(request, user):
    if user.is_superuser and not request.user.is_superuser:
        raise PermissionDenied


class UserFormKwargsMixin:
    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["granting_user"] = self.request.user
        return kwargs


class UserCreateView(UserFormKwargsMixin, users.CreateView):
    def save_instance(self):
        instance = self.form.save()
        # The administrator chose the password: the person chooses their own at the first sign-in.
        StaffAccount.objects.update_or_create(user=instance, defaults={"must_change_password": True})
        log(
            instance=instance,
            action=USER_CREATE,
            data={"changes": user_changes(user_snapshot(type(instance)()), user_snapshot(instance))},
        )
        return instance


class UserEditView(UserFormKwargsMixin, users.EditView):
    def dispatch(self, request, *args, **kwargs):
        refuse_superuser_accounts(request, self.object)
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not hasattr(self, "before"):
            self.before = user_snapshot(type(self.object).objects.get(pk=self.object.pk))
        return form

    def save_instance(self):
        instance = self.form.save()
        self.has_content_changes = self.form.has_changed()
        if "password1" in self.form.changed_data and self.form.cleaned_data.get("password1"):
            if self.object == self.request.user:
                update_session_auth_hash(self.request, instance)
            else:
                StaffAccount.objects.update_or_create(user=instance, defaults={"must_change_password": True})
        log(
            instance=instance,
            action=USER_CHANGE,
            data={"changes": user_changes(self.before, user_snapshot(instance))},
        )
        return instance


class UserDeleteView(users.DeleteView):
    def dispatch(self, request, *args, **kwargs):
        refuse_superuser_accounts(request, self.get_object())
        return super().dispatch(request, *args, **kwargs)


class PortalUserViewSet(users.UserViewSet):
    add_view_class = UserCreateView
    edit_view_class = UserEditView
    delete_view_class = UserDeleteView

    def get_form_class(self, for_update=False):
        return PortalUserEditForm if for_update else PortalUserCreationForm


# -- groups -------------------------------------------------------------------------------------------------


class GrantNotHeld(Exception):
    def __init__(self, missing):
        super().__init__(missing)
        self.missing = missing


class GrantRuleGroupMixin:
    """Saves the group and its permission panels together, checks the new grants, logs the difference."""

    log_action = GROUP_CHANGE

    def save_instance(self):
        instance = self.form.save()
        self.has_content_changes = self.form.has_changed()
        return instance

    def process_form(self):
        form = self.get_form()
        if not self.is_valid(form):
            return self.form_invalid(form)
        self.form = form
        before_name, before_pk = self.object.name, self.object.pk
        before = group_grants(self.object)
        try:
            with transaction.atomic():
                self.object = self.save_instance()
                for panel in self.permission_panel_forms:
                    panel.save()
                after = group_grants(self.object)
                missing = grants_not_held(self.request.user, after - before)
                if missing:
                    raise GrantNotHeld(missing)
                self.log_group_change(before_name if before_pk else "", before, after)
        except GrantNotHeld as refusal:
            self.object.name, self.object.pk = before_name, before_pk
            form.add_error(
                None,
                _("You cannot grant permissions you do not have: %(permissions)s.")
                % {"permissions": ", ".join(describe_all(refusal.missing))},
            )
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)
        response = self.save_action()
        return self.run_after_hook() or response

    def log_group_change(self, before_name, before, after):
        changes = {
            "permissions": {"added": describe_all(after - before), "removed": describe_all(before - after)}
        }
        if before_name != self.object.name:
            changes["name"] = [before_name, self.object.name]
        log(instance=self.object, action=self.log_action, data={"changes": changes})


class GroupCreateView(GrantRuleGroupMixin, groups.CreateView):
    log_action = GROUP_CREATE


class GroupEditView(GrantRuleGroupMixin, groups.EditView):
    pass


class PortalGroupViewSet(groups.GroupViewSet):
    add_view_class = GroupCreateView
    edit_view_class = GroupEditView
