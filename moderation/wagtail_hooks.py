"""How the editorial office plugs into Wagtail's admin."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import LogFormatter
from wagtail.models import GroupApprovalTask, Page, WorkflowState
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.users.widgets import UserListingButton

from . import kept_records, roles, translations, views
from .accounts import two_factor
from .accounts.lockouts import inactive_account_viewset, lockout_viewset
from .accounts.log_formatters import register_account_log_actions, register_sign_in_log_actions
from .emergency import EMERGENCY_ACKNOWLEDGE, EMERGENCY_PUBLISH
from .models import EmergencyPublication, SectionAssignment
from .review_rule import ReviewRuleMixin, review_barrier

# -- URLs, menus, viewsets -------------------------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_admin_urls():
    urlpatterns = [
        path("emergency-publish/<int:page_id>/", views.emergency_publish, name="emergency_publish"),
        path(
            "emergency-publications/",
            views.EmergencyPublicationReportView.as_view(),
            name="emergency_publications",
        ),
        path(
            "emergency-publications/results/",
            views.EmergencyPublicationReportView.as_view(results_only=True),
            name="emergency_publications_results",
        ),
        path(
            "emergency-publications/<int:pk>/acknowledge/",
            views.acknowledge_emergency,
            name="acknowledge_emergency",
        ),
        path(
            "submit-translation/<int:page_id>/",
            translations.submit_translation_for_review,
            name="submit_translation",
        ),
    ]
    return [
        path("moderation/", include((urlpatterns, "moderation"), namespace="moderation")),
        path("2fa/setup/", two_factor.enrol, name="portal_2fa_enrol"),
        path("2fa/verify/", two_factor.verify, name="portal_2fa_verify"),
        path("2fa/recovery-codes/", two_factor.recovery_codes, name="portal_2fa_recovery_codes"),
        path("2fa/reset/<int:user_id>/", two_factor.reset, name="portal_2fa_reset"),
    ]


emergency_permission_policy = ModelPermissionPolicy(EmergencyPublication)


class EmergencyReportMenuItem(MenuItem):
    def is_shown(self, request):
        return emergency_permission_policy.user_has_permission(request.user, "view")


@hooks.register("register_reports_menu_item")
def register_emergency_report_menu_item():
    return EmergencyReportMenuItem(
        gettext_lazy("Emergency publications"),
        reverse("moderation:emergency_publications"),
        name="emergency-publications",
        icon_name="warning",
        order=1050,
    )


@hooks.register("register_permissions")
def register_emergency_permissions():
    return Permission.objects.filter(
        content_type__app_label="moderation", codename="view_emergencypublication"
    )


class SectionAssignmentViewSet(ModelViewSet):
    """Which contributor drafts in which section. Only portal administrators (and superusers) hold the
    model permissions this viewset asks for."""

    model = SectionAssignment
    icon = "group"
    add_to_settings_menu = True
    menu_label = gettext_lazy("Section assignments")
    menu_order = 610
    form_fields = ["user", "section"]
    list_display = ["user", "section", "created_at"]
    list_filter = ["section"]
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_section_assignment_viewset():
    return SectionAssignmentViewSet("section_assignments")


@hooks.register("register_user_listing_buttons")
def two_factor_reset_button(user, request_user):
    if not two_factor.may_reset(request_user, user):
        return []
    return [
        UserListingButton(
            _("Reset two-factor sign-in"), reverse("portal_2fa_reset", args=(user.pk,)), icon_name="key"
        )
    ]


@hooks.register("register_admin_viewset")
def register_lockout_viewset():
    return lockout_viewset


@hooks.register("register_admin_viewset")
def register_inactive_account_viewset():
    return inactive_account_viewset


# -- the audit log ----------------------------------------------------------------------------------------


class ReasonLogFormatter(LogFormatter):
    """The written reason is part of the message, so page history and Site history both show it."""

    def format_message(self, log_entry):
        reason = log_entry.data.get("reason")
        if not reason:
            return self.message
        return _("%(message)s. Reason: %(reason)s") % {"message": self.message, "reason": reason}


@hooks.register("register_log_actions")
def register_portal_log_actions(actions):
    @actions.register_action(EMERGENCY_PUBLISH)
    class EmergencyPublishFormatter(ReasonLogFormatter):
        label = gettext_lazy("Emergency publish")
        message = gettext_lazy("Published in an emergency, outside the review workflow")

    @actions.register_action(EMERGENCY_ACKNOWLEDGE)
    class AcknowledgeFormatter(LogFormatter):
        label = gettext_lazy("Acknowledge emergency publication")
        message = gettext_lazy("Emergency publication acknowledged by the editor-in-chief")

    register_account_log_actions(actions)
    register_sign_in_log_actions(actions)

    @actions.register_action(views.DELETE_WITH_REASON)
    class DeleteWithReasonFormatter(ReasonLogFormatter):
        label = gettext_lazy("Delete with reason")
        message = gettext_lazy("Deleted by a portal administrator")


# -- the page editor --------------------------------------------------------------------------------------


class EmergencyPublishMenuItem(ActionMenuItem):
    label = gettext_lazy("Emergency publish…")
    name = "action-emergency-publish"
    icon_name = "warning"
    order = 900

    def is_shown(self, context):
        page = context.get("page")
        return (
            context["view"] == "edit"
            and roles.can_emergency_publish(context["request"].user)
            and page is not None
            and (not page.live or page.has_unpublished_changes)
        )

    def get_url(self, context):
        return reverse("moderation:emergency_publish", args=[context["page"].pk])


@hooks.register("register_page_action_menu_item")
def register_emergency_publish_menu_item():
    return EmergencyPublishMenuItem()


@hooks.register("register_page_header_buttons")
def submit_translation_button(page, user, view_name=None, next_url=None):
    """On a translated page (localize's editor included): the road from the translation to the review."""
    if page.is_root() or page.alias_of_id or translations.enabled_translation(page) is None:
        return
    if not page.workflow_in_progress and translations.can_submit_translation(user, page.specific):
        url = reverse("moderation:submit_translation", args=[page.pk])
        yield Button(_("Submit the translation for review"), url, icon_name="resubmit", priority=50)


@hooks.register("construct_page_action_menu")
def remove_publish_menu_items(menu_items, request, context):
    """Publishing is refused anyway; do not offer it (Wagtail's root page uses the stock tester)."""
    menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_create_page")
def refuse_create_and_publish(request, parent_page, page_class):
    if roles.is_read_only(request.user):
        raise PermissionDenied
    if request.method == "POST" and request.POST.get("action-publish"):
        # Under section pages Wagtail saves a draft instead; only the bare root would publish.
        if parent_page.permissions_for_user(request.user).can_publish_subpage():
            raise PermissionDenied
    return None


@hooks.register("before_copy_page")
def refuse_copy_and_publish(request, page):
    if request.method != "POST":
        return None
    if not (request.POST.get("publish_copies") or request.POST.get("alias")):
        return None
    destination_id = request.POST.get("new_parent_page", "")
    destination = Page.objects.filter(pk=destination_id).first() if destination_id.isdigit() else None
    if destination is not None and destination.permissions_for_user(request.user).can_publish_subpage():
        raise PermissionDenied
    return None


@hooks.register("before_edit_page")
def send_auditors_to_history(request, page):
    if roles.is_read_only(request.user):
        messages.info(request, _("Your access is read-only: this is the page's history."))
        return redirect("wagtailadmin_pages:history", page.pk)
    return None


@hooks.register("before_delete_page", order=-1)
def keep_citizens_records(request, page):
    """Before the reason is asked: a page holding what citizens sent is not deleted (kept_records.py)."""
    count = kept_records.records_under(page)
    if not count:
        return None
    messages.error(
        request,
        ngettext(
            "“%(title)s” cannot be deleted: it or a page below it holds %(count)d question or comment "
            "sent by citizens, which the portal keeps. To take it off the portal, the editor-in-chief "
            "unpublishes it.",
            "“%(title)s” cannot be deleted: it or a page below it holds %(count)d questions or comments "
            "sent by citizens, which the portal keeps. To take it off the portal, the editor-in-chief "
            "unpublishes it.",
            count,
        )
        % {"title": page.get_admin_display_title(), "count": count},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_delete_page")
def ask_for_deletion_reason(request, page):
    return views.confirm_delete_with_reason(request, page)


@hooks.register("before_bulk_action")
def refuse_bulk_page_deletion(request, action_type, objects, action_class_instance):
    if action_type == "delete" and Page in getattr(action_class_instance, "models", []):
        messages.error(request, _("Pages are deleted one at a time, with a written reason."))
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_explore_root"))
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_grants(request, action_type, objects, action_class_instance):
    """Roles are given one account at a time, through the form that checks and logs them; superusers'
    accounts are changed only by superusers."""
    if get_user_model() not in getattr(action_class_instance, "models", []) or request.user.is_superuser:
        return None
    if action_type == "assign_role" or any(getattr(user, "is_superuser", False) for user in objects):
        messages.error(request, _("Only a superuser can do this to several accounts at once."))
        return redirect(reverse("wagtailusers_users:index"))
    return None


# -- the review rule ---------------------------------------------------------------------------------------


def explain_review_rule(request, obj):
    """Tell a reviewer whom the review rule bars (their own work, or a step they approved already) why
    approval is not offered to them."""
    if request.method != "GET":
        return
    state = getattr(obj, "current_workflow_state", None)
    task_state = state.current_task_state if state is not None else None
    if task_state is None:
        return
    task = task_state.task.specific
    if not isinstance(task, ReviewRuleMixin) or not GroupApprovalTask.get_actions(task, obj, request.user):
        return
    barrier = review_barrier(task, state, request.user)
    if barrier is not None:
        messages.warning(request, barrier)


@hooks.register("before_edit_page")
def explain_review_rule_on_pages(request, page):
    explain_review_rule(request, page)


@hooks.register("before_edit_snippet")
def explain_review_rule_on_snippets(request, instance):
    explain_review_rule(request, instance)


# -- the dashboard ----------------------------------------------------------------------------------------


class NeedsChangesPanel(Component):
    """The user's pages sent back by a reviewer, with the reviewer's comment."""

    name = "moderation_needs_changes"
    template_name = "moderation/needs_changes_panel.html"
    order = 205

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        states = (
            WorkflowState.objects.filter(status=WorkflowState.STATUS_NEEDS_CHANGES, requested_by=self.user)
            .select_related("current_task_state__task", "current_task_state__finished_by")
            .order_by("-current_task_state__finished_at")
        )
        return {"workflow_states": [state for state in states if state.content_object]}


class EmergencyPublicationsPanel(Component):
    name = "moderation_emergencies"
    template_name = "moderation/emergency_panel.html"
    order = 60

    def get_context_data(self, parent_context):
        return {"count": EmergencyPublication.objects.filter(acknowledged_at__isnull=True).count()}


@hooks.register("construct_homepage_panels")
def add_moderation_panels(request, panels):
    panels.append(NeedsChangesPanel(request.user))
    if roles.can_acknowledge_emergencies(request.user):
        panels.append(EmergencyPublicationsPanel())
