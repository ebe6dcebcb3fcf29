"""How the audit app plugs into Wagtail's admin: its pages, the Reports menu, the dashboard, log actions."""

from django.conf import settings
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter

from core.permissions import is_administrator

from . import views
from .compliance.views import SIGN_OFF_ACTION, ComplianceReportView
from .history import EXPORT_ACTION
from .models import NoInformationStatement, Release, Verification
from .permissions import AuditRecordPolicy, can_read_audit, can_sign_off


@hooks.register("register_admin_urls")
def register_admin_urls():
    urlpatterns = [
        path("seals/", views.SealsView.as_view(), name="seals"),
        path("compliance/", ComplianceReportView.as_view(), name="compliance"),
        path(
            "pages/<int:page_id>/publication-record/",
            views.PublicationRecordView.as_view(),
            name="publication_record",
        ),
    ]
    return [path("audit/", include((urlpatterns, "audit"), namespace="audit"))]


class AuditMenuItem(MenuItem):
    def is_shown(self, request):
        return can_read_audit(request.user)


@hooks.register("register_reports_menu_item")
def register_seals_menu_item():
    return AuditMenuItem(
        _("Audit log seals"), reverse("audit:seals"), name="audit-seals", icon_name="lock", order=1080
    )


@hooks.register("register_reports_menu_item")
def register_compliance_menu_item():
    return AuditMenuItem(
        _("Compliance report"), reverse("audit:compliance"), name="compliance", icon_name="tasks", order=1090
    )


class ReleaseViewSet(ModelViewSet):
    """The release register: administrators add a release; nobody changes or deletes one."""

    model = Release
    icon = "tag"
    menu_label = _("Release register")
    add_to_settings_menu = True
    form_fields = ["version", "released_on", "changes", "approval_reference"]
    list_display = ["version", "released_on", "approval_reference"]
    permission_policy = AuditRecordPolicy(Release, is_administrator, changeable=False)


class NoInformationStatementViewSet(ModelViewSet):
    model = NoInformationStatement
    icon = "info-circle"
    menu_label = _("No-information statements")
    add_to_settings_menu = True
    form_fields = ["category", "statement"]
    list_display = ["category", "statement", "updated_at"]
    permission_policy = AuditRecordPolicy(NoInformationStatement, can_sign_off)


@hooks.register("register_admin_viewset")
def register_release_register():
    return ReleaseViewSet("releases")


@hooks.register("register_admin_viewset")
def register_no_information_statements():
    return NoInformationStatementViewSet("no_information_statements")


@hooks.register("register_page_header_buttons")
def publication_record_button(page, user, view_name, next_url=None):
    if can_read_audit(user) and page.depth > 1:
        yield Button(
            _("Publication record"),
            reverse("audit:publication_record", args=(page.pk,)),
            icon_name="history",
            priority=66,
        )


class VersionPanel(Component):
    """The running version, and whether the release register holds it (change control, Art 5.1)."""

    name = "audit_version"
    template_name = "audit/version_panel.html"
    order = 56

    def get_context_data(self, parent_context):
        version = settings.PORTAL_VERSION
        return {"version": version, "release": Release.objects.filter(version=version).first()}


class VerificationPanel(Component):
    name = "audit_verification"
    template_name = "audit/verification_panel.html"
    order = 55

    def get_context_data(self, parent_context):
        return {"verification": Verification.objects.first()}


@hooks.register("construct_homepage_panels")
def add_audit_panels(request, panels):
    if can_read_audit(request.user):
        panels.append(VerificationPanel())
    if is_administrator(request.user):
        panels.append(VersionPanel())


@hooks.register("register_log_actions")
def register_audit_log_actions(actions):
    @actions.register_action(EXPORT_ACTION)
    class ExportFormatter(LogFormatter):
        label = _("Export the audit log")

        def format_message(self, log_entry):
            return _("Exported %(rows)s log entries as %(format)s") % {
                "rows": log_entry.data.get("rows", "?"),
                "format": (log_entry.data.get("format") or "").upper(),
            }

    @actions.register_action(SIGN_OFF_ACTION)
    class SignOffFormatter(LogFormatter):
        label = _("Sign off a conformance item")

        def format_message(self, log_entry):
            return _("Signed off %(item)s: %(note)s") % {
                "item": log_entry.data.get("item", ""),
                "note": log_entry.data.get("note", ""),
            }
