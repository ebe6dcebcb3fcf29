"""How royalties plug into Wagtail's admin: URLs, the Reports menu, "My royalties", the audit log."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from . import log_actions, permissions, views
from .models import Kind


@hooks.register("register_admin_urls")
def register_admin_urls():
    urlpatterns = [
        path("", views.RoyaltyReportView.as_view(), name="report"),
        path("results/", views.RoyaltyReportView.as_view(results_only=True), name="report_results"),
        path("mine/", views.MyRoyaltiesView.as_view(), name="mine"),
        path("mine/results/", views.MyRoyaltiesView.as_view(results_only=True), name="mine_results"),
        path("mark-paid/", views.mark_paid, name="mark_paid"),
        path("lines/<int:pk>/mark-unpaid/", views.mark_unpaid, name="mark_unpaid"),
        path("pending/", views.pending, name="pending"),
        path("pending/<int:task_state_id>/", views.set_royalty, name="set"),
        path("records/<int:pk>/", views.change_royalty, name="change"),
    ]
    return [path("royalties/", include((urlpatterns, "royalties"), namespace="royalties"))]


class RoyaltyReportMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.can_view_all(request.user)


class MyRoyaltiesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.royalty_lines.exists()


@hooks.register("register_reports_menu_item")
def register_royalty_report_menu_item():
    return RoyaltyReportMenuItem(
        _("Royalties"), reverse("royalties:report"), name="royalties", icon_name="pick", order=1060
    )


@hooks.register("register_reports_menu_item")
def register_my_royalties_menu_item():
    return MyRoyaltiesMenuItem(
        _("My royalties"), reverse("royalties:mine"), name="my-royalties", icon_name="pick", order=1070
    )


@hooks.register("register_permissions")
def register_royalty_permissions():
    return Permission.objects.filter(
        content_type__app_label="royalties",
        codename__in=["view_royaltyrecord", "change_royaltyrecord", "mark_paid"],
    )


CHANGE_LABELS = {
    "paid_on": _("paid on"),
    "rate_per_point": _("rate per coefficient point (VND)"),
    "kind": _("kind of work"),
    "coefficient": _("coefficient"),
    "rate": _("rate per point (VND)"),
    "amount": _("amount (VND)"),
}


def readable_value(value):
    """None as a dash, ISO dates day first, numbers with dots between thousands (Vietnamese style)."""
    if value in (None, ""):
        return "—"
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    text = str(value)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        year, month, day = text.split("-")
        return f"{day}/{month}/{year}"
    return text


def readable_values(values):
    """The values a person can read ({"paid_on": "2026-11-28"} → "paid on: 28/11/2026"); ids are left out."""
    if not isinstance(values, dict):
        return readable_value(values)
    shown = dict(values)
    if shown.get("kind") in Kind.values:
        shown["kind"] = Kind(shown["kind"]).label
    parts = [f"{label}: {readable_value(shown[key])}" for key, label in CHANGE_LABELS.items() if key in shown]
    return "; ".join(parts) or "—"


class ChangeFormatter(LogFormatter):
    def format_message(self, log_entry):
        data = log_entry.data or {}
        return _("%(message)s (before: %(old)s; after: %(new)s)") % {
            "message": self.message,
            "old": readable_values(data.get("old")),
            "new": readable_values(data.get("new")),
        }


@hooks.register("register_log_actions")
def register_royalty_log_actions(actions):
    @actions.register_action(log_actions.RECORD_CREATE)
    class RecordCreateFormatter(LogFormatter):
        label = _("Set royalty")
        message = _("Royalty set")

    @actions.register_action(log_actions.RECORD_CHANGE)
    class RecordChangeFormatter(ChangeFormatter):
        label = _("Change royalty")
        message = _("Royalty changed")

    @actions.register_action(log_actions.RECORD_DELETE)
    class RecordDeleteFormatter(LogFormatter):
        label = _("Delete royalty")
        message = _("Royalty record deleted")

    @actions.register_action(log_actions.LINE_PAID)
    class LinePaidFormatter(ChangeFormatter):
        label = _("Mark royalty paid")
        message = _("Royalty marked as paid")

    @actions.register_action(log_actions.LINE_UNPAID)
    class LineUnpaidFormatter(ChangeFormatter):
        label = _("Cancel royalty payment")
        message = _("Royalty payment cancelled")

    @actions.register_action(log_actions.RATE_CHANGE)
    class RateChangeFormatter(ChangeFormatter):
        label = _("Change royalty rate")
        message = _("Royalty rate per point changed")
