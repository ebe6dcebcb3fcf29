"""How royalties plug into Wagtail's admin: URLs, the Reports menu, "My royalties", the audit log."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from . import log_actions, permissions, views


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
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(
        content_type__app_label="royalties",
        codename__in=["view_royaltyrecord", "change_royaltyrecord", "mark_paid"],
    )


class ChangeFormatter(LogFormatter):
    def format_message(self, log_entry):
        data = log_entry.data or {}
        return _("%(message)s (before: %(old)s; after: %(new)s)") % {
            "message": self.message,
            "old": data.get("old"),
            "new": data.get("new"),
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
