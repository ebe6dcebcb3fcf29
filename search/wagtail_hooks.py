from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import can_view_report, queries_without_results


@hooks.register("register_admin_urls")
def register_search_report_url():
    return [
        path("reports/searches-without-results/", queries_without_results, name="search_no_results_report")
    ]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_report(request.user)


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return SearchReportMenuItem(
        _("Searches without results"), reverse("search_no_results_report"), icon_name="search", order=900
    )
