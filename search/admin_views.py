"""Admin report: the queries people search for most often that find nothing."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .models import SearchTerm

REPORT_PAGE_SIZE = 50


def can_view_report(user):
    return user.is_active and user.has_perm("search.view_searchterm")


def queries_without_results(request):
    if not can_view_report(request.user):
        raise PermissionDenied
    terms = SearchTerm.objects.filter(hits_without_results__gt=0).order_by(
        "-hits_without_results", "-last_searched_at"
    )
    page = Paginator(terms, REPORT_PAGE_SIZE).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "search/admin/queries_without_results.html",
        {"page_title": _("Searches without results"), "terms": page, "header_icon": "search"},
    )
