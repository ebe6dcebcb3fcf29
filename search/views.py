"""The public search page at /tim-kiem/."""

import hashlib
import json

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import get_language

from core import fragments
from core.pagination import PAGE_PARAM

from .counting import beacon_value
from .documents import document_content_type
from .facets import facet_params
from .service import MAX_QUERY_LENGTH, for_cache, search_context, search_pages
from .text import clean_query


def _url_with(params, **changes):
    """The current query string with `changes` applied (None removes a key) and back on the first page."""
    query = params.copy()
    query.pop(PAGE_PARAM, None)
    for key, value in changes.items():
        if value is None:
            query.pop(key, None)
        else:
            query[key] = value
    return f"?{query.urlencode()}"


def _add_filter_urls(outcome, params):
    for facet, options in outcome.facets:
        for option in options:
            option.url = _url_with(params, **{facet.param: None if option.selected else option.value})
    if outcome.documents:
        content_type = document_content_type()
        outcome.documents_url = _url_with(params, loai=f"{content_type.app_label}.{content_type.model}")
    outcome.active_filter_links = [
        (facet.label, label, _url_with(params, **{facet.param: None}))
        for facet, label in _active_filter_labels(outcome)
    ]


def _active_filter_labels(outcome):
    labels = {}
    for facet, options in outcome.facets:
        for option in options:
            if option.selected:
                labels[facet.param] = option.label
    return [(facet, labels.get(facet.param, raw)) for facet, _value, raw in outcome.active_filters]


def _search_key(params):
    """What makes one search differ from another: the words, each filter and the page of results (the site
    and the language are in every fragment's key). Hashed: the words are whatever people type."""
    parts = [clean_query(params.get("q", "")), params.get(PAGE_PARAM, "")]
    parts += [[param, params.get(param, "")] for param in facet_params()]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()[:40]


def _search(params, request):
    """The outcome of the search in `params`; one asked again briefly is read from the fragment cache
    (core/fragments.py: made stale by every publication, never used for previews, skipped when Redis is
    down), as a plain copy (`for_cache`), so that the same search costs a cache read."""
    if not clean_query(params.get("q", "")):
        return search_pages(params)
    return fragments.cached(
        request,
        "search",
        lambda: search_pages(params, shared=fragments.cached(request, "search-context", search_context)),
        vary=(_search_key(params),),
        keep=for_cache,
        timeout=settings.SEARCH_CACHE_SECONDS,
    )


def search(request):
    outcome = _search(request.GET, request)
    if outcome.results is not None:
        _add_filter_urls(outcome, request.GET)
    visit_counts = {}
    if outcome.results is not None and not request.GET.get(PAGE_PARAM):
        # Counted by the page's beacon, off the request path (search/counting.py).
        visit_counts["s"] = beacon_value(outcome.query, get_language() or "", outcome.count)
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": outcome.query,
            "outcome": outcome,
            "results": outcome.results,
            "error": outcome.error,
            "max_query_length": MAX_QUERY_LENGTH,
            "visit_counts": visit_counts,
        },
    )
