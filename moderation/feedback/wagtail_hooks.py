"""The feedback report in the admin's Reports menu, for editors, the editor-in-chief and auditors."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import PERMISSION, report_view


@hooks.register("register_admin_urls")
def register_feedback_urls():
    return [path("phan-hoi-trang/", report_view, name="feedback_report")]


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_reports_menu_item")
def register_feedback_menu_item():
    return FeedbackMenuItem(
        _("Page feedback"), reverse("feedback_report"), name="page-feedback", icon_name="help", order=1080
    )
