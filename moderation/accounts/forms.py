"""The admin's user forms, under the rule that nobody grants what they do not hold.

For anyone but a superuser the "Administrator" (superuser) box is gone, and each group newly ticked is
refused, with the reason, when it is the portal administrators' group or carries a permission the person
granting it does not hold. Groups the account already had and the granting person could not give are kept
as they were, whatever was posted.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from core.permissions import ADMINISTRATOR

from .grants import describe_all, grants_not_held, group_grants


class GrantRuleMixin:
    def __init__(self, *args, granting_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.granting_user = granting_user
        self.previous_groups = set(self.instance.groups.all()) if self.instance.pk else set()
        if not self.granting_is_superuser:
            self.fields.pop("is_superuser", None)

    @property
    def granting_is_superuser(self):
        user = self.granting_user
        return user is not None and user.is_active and user.is_superuser

    def clean_groups(self):
        groups = set(self.cleaned_data.get("groups") or ())
        if self.granting_is_superuser:
            return list(groups)
        errors = []
        for group in sorted(groups - self.previous_groups, key=lambda group: group.name):
            if group.name == ADMINISTRATOR:
                errors.append(
                    _("Only a superuser can add someone to the group “%(group)s”.") % {"group": group.name}
                )
                continue
            missing = grants_not_held(self.granting_user, group_grants(group))
            if missing:
                errors.append(
                    _(
                        "You cannot add someone to the group “%(group)s”: it holds permissions you do not "
                        "have (%(permissions)s)."
                    )
                    % {"group": group.name, "permissions": ", ".join(describe_all(missing))}
                )
        if errors:
            raise forms.ValidationError(errors)
        kept = {group for group in self.previous_groups - groups if not self.may_remove(group)}
        return list(groups | kept)

    def may_remove(self, group):
        """Taking someone out of a group they were given by someone with more rights is for superusers."""
        return group.name != ADMINISTRATOR and not grants_not_held(self.granting_user, group_grants(group))


class PortalUserCreationForm(GrantRuleMixin, UserCreationForm):
    pass


class PortalUserEditForm(GrantRuleMixin, UserEditForm):
    pass
