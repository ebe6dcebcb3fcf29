"""The search behind /tim-kiem/: one function that the view, the tests and the benchmark all call."""

import inspect
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from .facets import get_facets
from .highlight import highlight, snippet
from .indexing import body_texts
from .query import build_search_query
from .text import clean_query, fold, parse_query

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 15
FALLBACK_BACKEND = "database"
#: How many Elasticsearch hits facets are counted over (the databases count every match).
ES_FACET_SAMPLE = 1000


@dataclass
class SearchResult:
    page: object
    title: str
    url: str
    section: str
    date: object
    snippet: str
    type_label: str


@dataclass
class SearchOutcome:
    query: str = ""
    error: str = ""
    results: object = None  # a Paginator page of SearchResult
    count: int = 0
    facets: list = field(default_factory=list)  # (facet, [FacetOption])
    active_filters: list = field(default_factory=list)  # (facet, cleaned value, value from the URL)
    active_filter_links: list = field(default_factory=list)  # (facet label, value label, URL without it)
    promotions: list = field(default_factory=list)
    backend_alias: str = "default"
    fell_back: bool = False


def _matching_queryset(results):
    """Every matching page as a queryset, from a database backend's results (what its `facet()` uses)."""
    compiler = results.query_compiler
    kwargs = (
        {"backend": results.backend} if "backend" in inspect.signature(compiler.search).parameters else {}
    )
    matching = compiler.search(compiler.get_config(results.backend), None, None, **kwargs)
    return Page.objects.filter(pk__in=matching.order_by().values("pk"))


def _facet_base(results, backend, pages, search_query):
    if getattr(backend, "vietnamese_analyzer", False):
        hits = backend.search(search_query, pages.order_by(), order_by_relevance=False)[:ES_FACET_SAMPLE]
        return Page.objects.filter(pk__in=[page.pk for page in hits])
    return _matching_queryset(results)


def _promotions(query, locale):
    """Editors' picks whose query matches this one with or without diacritics (there are only a few)."""
    from wagtail.contrib.search_promotions.models import SearchPromotion

    wanted = " ".join(fold(query).split())
    promotions = SearchPromotion.objects.select_related("query", "page").order_by("sort_order", "pk")
    return [
        promotion
        for promotion in promotions
        if " ".join(fold(promotion.query.query_string).split()) == wanted
        and (promotion.page is None or (promotion.page.live and promotion.page.locale_id == locale.pk))
    ]


def _home_for(locale):
    from wagtail.models import Site

    site = Site.objects.select_related("root_page").get(is_default_site=True)
    root = site.root_page
    if root.locale_id == locale.pk:
        return root
    return root.get_translation_or_none(locale) or root


def _to_result(page, folded_terms, sections_by_path, home):
    section_path = page.path[: (home.depth + 1) * home.steplen]
    section = sections_by_path.get(section_path)
    texts = body_texts(page)
    return SearchResult(
        page=page,
        title=highlight(page.title, folded_terms),
        url=page.get_url(),
        section=section.title if section and section.pk != page.pk else "",
        date=getattr(page, "date", None) or page.first_published_at,
        snippet=snippet(texts, folded_terms),
        type_label=str(page._meta.verbose_name).capitalize(),
    )


def _run(backend, parsed, filters, facets, locale, page_number, context, outcome):
    pages = Page.objects.live().public().filter(locale=locale)
    for facet, value, _label in filters:
        pages = facet.filter(pages, value)
    search_query = build_search_query(parsed, backend)
    results = backend.search(search_query, pages.specific())
    paginator = Paginator(results, RESULTS_PER_PAGE)
    page_obj = paginator.get_page(page_number)
    page_list = list(page_obj.object_list)
    outcome.count = paginator.count
    matching = _facet_base(results, backend, pages, search_query) if outcome.count else None
    outcome.facets = [(facet, facet.options(matching)) for facet in facets] if matching is not None else []
    sections_by_path = context.get("sections_by_path", {})
    folded_terms = parsed.folded_words
    page_obj.object_list = [
        _to_result(page, folded_terms, sections_by_path, context["home"]) for page in page_list
    ]
    outcome.results = page_obj


def search_pages(params, *, locale=None, backend_alias="default"):
    """Run the search described by `params` (the request's GET) in `locale`; never raises for bad input."""
    locale = locale or Locale.get_active()
    raw = params.get("q", "") or ""
    query = clean_query(raw)
    outcome = SearchOutcome(query=query)
    if len(query) > MAX_QUERY_LENGTH:
        outcome.error = _("The search text is too long: use at most %(count)d characters.") % {
            "count": MAX_QUERY_LENGTH
        }
        return outcome
    if not query:
        return outcome
    parsed = parse_query(query)
    if not parsed:
        outcome.error = _("Type at least one word or number to search for.")
        return outcome

    context = {"home": _home_for(locale)}
    facets = get_facets(context)
    for facet in facets:
        raw_value = params.get(facet.param)
        if raw_value:
            value = facet.clean(raw_value)
            if value is not None:
                outcome.active_filters.append((facet, value, raw_value))

    outcome.promotions = _promotions(query, locale)
    backend = get_search_backend(backend_alias)
    try:
        _run(backend, parsed, outcome.active_filters, facets, locale, params.get("trang"), context, outcome)
    except Exception:
        if (
            not getattr(backend, "vietnamese_analyzer", False)
            or FALLBACK_BACKEND not in settings.WAGTAILSEARCH_BACKENDS
        ):
            raise
        logger.warning("Elasticsearch cannot answer; searching the database index instead.", exc_info=True)
        outcome.fell_back = True
        outcome.backend_alias = FALLBACK_BACKEND
        _run(
            get_search_backend(FALLBACK_BACKEND),
            parsed,
            outcome.active_filters,
            facets,
            locale,
            params.get("trang"),
            context,
            outcome,
        )
    selected = {(facet.param, raw_value) for facet, _value, raw_value in outcome.active_filters}
    for facet, options in outcome.facets:
        for option in options:
            option.selected = (facet.param, option.value) in selected
    return outcome
