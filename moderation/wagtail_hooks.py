"""How the editorial office plugs into Wagtail's admin."""

from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter
from wagtail.models import Page, WorkflowState
from wagtail.permission_policies import ModelPermissionPolicy

from . import roles, views
from .emergency import EMERGENCY_ACKNOWLEDGE, EMERGENCY_PUBLISH
from .models import EmergencyPublication, SectionAssignment

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
    ]
    return [path("moderation/", include((urlpatterns, "moderation"), namespace="moderation"))]


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


@hooks.register("before_delete_page")
def ask_for_deletion_reason(request, page):
    return views.confirm_delete_with_reason(request, page)


@hooks.register("before_bulk_action")
def refuse_bulk_page_deletion(request, action_type, objects, action_class_instance):
    if action_type == "delete" and Page in getattr(action_class_instance, "models", []):
        messages.error(request, _("Pages are deleted one at a time, with a written reason."))
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_explore_root"))
    return None


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
