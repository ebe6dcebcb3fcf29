"""The public search page at /tim-kiem/."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from sections.listings import PAGE_PARAM

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 15


def search(request):
    query = request.GET.get("q", "").strip()
    error = None
    results = None
    if len(query) > MAX_QUERY_LENGTH:
        error = _("The search text is too long: use at most %(count)d characters.") % {
            "count": MAX_QUERY_LENGTH
        }
    elif query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        paginator = Paginator(pages.search(query), RESULTS_PER_PAGE)
        results = paginator.get_page(request.GET.get(PAGE_PARAM))
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "results": results, "error": error},
    )
