"""The search behind /tim-kiem/: one function that the view, the tests and the benchmark all call."""

import dataclasses
import inspect
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.search.backends import get_search_backend

from core.search_index import body_texts
from core.text import fold

from . import documents as legal_documents
from .facets import get_facets
from .highlight import highlight, snippet
from .query import build_search_query
from .specific import specific_pages
from .text import clean_query, parse_query

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 15
FALLBACK_BACKEND = "database"
#: Counts are exact up to this many matches ("more than 300 results" beyond), and facets count over the
#: first this many matches of each kind (pages, legal documents).
MATCH_CAP = 300


@dataclass
class SearchResult:
    page: object
    title: str
    url: str
    section: str
    date: object
    snippet: str
    type_label: str
    is_document: bool = False


@dataclass
class SearchOutcome:
    query: str = ""
    error: str = ""
    results: object = None  # a Paginator page of SearchResult (pages, or legal documents only)
    count: int = 0  # pages and legal documents (each counted up to MATCH_CAP)
    count_capped: bool = False  # more matches than MATCH_CAP: show "more than 300"
    documents: list = field(default_factory=list)  # the block of best legal documents above the pages
    document_count: int = 0
    documents_url: str = ""  # the search with only legal documents (set by the view)
    results_are_documents: bool = False
    facets: list = field(default_factory=list)  # (facet, [FacetOption])
    # (facet, cleaned value, value from the URL); in a cached copy (`for_cache`) the value is None
    active_filters: list = field(default_factory=list)
    active_filter_links: list = field(default_factory=list)  # (facet label, value label, URL without it)
    promotions: list = field(default_factory=list)
    backend_alias: str = "default"
    fell_back: bool = False


@dataclass(frozen=True)
class FacetHeading:
    """What the page shows of a facet (its URL parameter and heading), in a cached copy of the outcome."""

    param: str
    label: str


def for_cache(outcome):
    """A copy of `outcome` to keep in the cache: plain data that pickles (the results without the pages and
    documents behind them, the facets as their headings, the page of results over a range), the same for
    whoever asks. What the page shows of it is the same as of `outcome`."""
    headings = {}

    def heading(facet):
        return headings.setdefault(facet.param, FacetHeading(facet.param, str(facet.label)))

    def plain(results):
        return [dataclasses.replace(result, page=None) for result in results]

    kept = dataclasses.replace(
        outcome,
        documents=plain(outcome.documents),
        facets=[
            (heading(facet), [dataclasses.replace(option) for option in options])
            for facet, options in outcome.facets
        ],
        active_filters=[(heading(facet), None, raw) for facet, _value, raw in outcome.active_filters],
        promotions=list(outcome.promotions),
    )
    if outcome.results is not None:
        page = outcome.results
        paginator = Paginator(range(page.paginator.count), page.paginator.per_page)
        kept.results = paginator.page(page.number)
        kept.results.object_list = plain(page.object_list)
    return kept


def _matching_ids(results, backend, queryset, search_query, model):
    """The primary keys of the first `MATCH_CAP + 1` matches (for the capped count and the facets)."""
    if getattr(backend, "vietnamese_analyzer", False):
        hits = backend.search(search_query, queryset.order_by(), order_by_relevance=False)[: MATCH_CAP + 1]
        return [hit.pk for hit in hits]
    compiler = results.query_compiler
    config = compiler.get_config(results.backend)
    if hasattr(compiler, "newest_matches") and compiler._uses_index_columns():
        return [pk for pk, _rank in compiler.newest_matches(config, MATCH_CAP + 1)]
    if hasattr(compiler, "matching"):
        matching = compiler.matching(config)
    else:
        kwargs = (
            {"backend": results.backend} if "backend" in inspect.signature(compiler.search).parameters else {}
        )
        matching = compiler.search(config, None, None, **kwargs)
    return list(matching.order_by().values_list("pk", flat=True)[: MATCH_CAP + 1])


def _promotions(query, locale, promotions):
    """Editors' picks whose query matches this one with or without diacritics (there are only a few)."""
    wanted = " ".join(fold(query).split())
    return [
        promotion
        for promotion in promotions
        if " ".join(fold(promotion.query.query_string).split()) == wanted
        and (promotion.page is None or (promotion.page.live and promotion.page.locale_id == locale.pk))
    ]


def _home_for(locale):
    site = Site.objects.select_related("root_page").get(is_default_site=True)
    root = site.root_page
    if root.locale_id == locale.pk:
        return root
    return root.get_translation_or_none(locale) or root


def search_context(locale=None):
    """What every search in one language reads before it searches, the same until the next publication: the
    language, its home page and its sections, the legal documents section, the restricted parts of the
    tree, the editors' picks and the document types. The view keeps it in the fragment cache
    (core/fragments.py), which every publication, view restriction, pick or document type saved makes
    stale."""
    locale = locale or Locale.get_active()
    home = _home_for(locale)
    restricted = PageViewRestriction.objects.select_related("page").order_by("pk")
    promotions = SearchPromotion.objects.select_related("query", "page").order_by("sort_order", "pk")
    return {
        "locale": locale,
        "home": home,
        "documents_index": legal_documents.documents_index(locale),
        # Every page at the sections' depth: a section's path is the start of the paths below it.
        "sections": {
            section.path: section
            for section in Page.objects.filter(depth=home.depth + 1).only("path", "depth", "title", "slug")
        },
        "restricted": [(restriction.page.path, restriction.page.depth) for restriction in restricted],
        "promotions": list(promotions),
        "document_types": legal_documents.document_types(),
    }


def _public(pages, restricted):
    """`pages.public()` (Wagtail's), with the restricted sections read once per publication."""
    private = Q()
    for path, depth in restricted:
        private |= Q(path__startswith=path) & Q(depth__gte=depth)
    return pages.exclude(private if private else Q(pk__in=[]))


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


def _facet_options(facets, page_ids, document_model, document_ids):
    """Each facet's options, counted over the fields of the matches that the facets ask for, read in one
    query for the pages and one for the legal documents (rather than one grouped query per facet)."""
    page_rows = document_rows = None
    if page_ids:
        fields = {"pk"}.union(*(facet.page_fields for facet in facets))
        page_rows = list(Page.objects.filter(pk__in=page_ids).order_by().values(*sorted(fields)))
    if document_ids:
        fields = {"pk"}.union(*(facet.document_fields for facet in facets))
        documents = document_model._default_manager.filter(pk__in=document_ids).order_by()
        document_rows = list(documents.values(*sorted(fields)))
    return [(facet, facet.options(page_rows, document_rows)) for facet in facets]


def _filtered(filters, pages, documents):
    """The pages and documents left by the chosen filters (None where a filter leaves none at all)."""
    for facet, value, _label in filters:
        if pages is not None:
            pages = facet.filter(pages, value)
        if documents is not None:
            documents = facet.filter_documents(documents, value)
    return pages, documents


def _run(backend, parsed, filters, facets, locale, page_number, context, outcome):
    documents_index = context["documents_index"]
    pages, documents = _filtered(
        filters,
        _public(Page.objects.live(), context["restricted"]).filter(locale=locale),
        legal_documents.public_documents() if documents_index is not None else None,
    )
    search_query = build_search_query(parsed, backend)
    folded_terms = parsed.folded_words
    # Read as plain pages (their pk and type), then as their own types in one query (`specific_pages`).
    plain_pages = pages.only("pk", "content_type") if pages is not None else None
    page_results = backend.search(search_query, plain_pages) if pages is not None else None
    document_results = backend.search(search_query, documents) if documents is not None else None
    page_ids = _matching_ids(page_results, backend, pages, search_query, Page) if pages is not None else []
    document_model = legal_documents.document_model()
    document_ids = (
        _matching_ids(document_results, backend, documents, search_query, document_model)
        if documents is not None
        else []
    )
    page_count, document_count = len(page_ids), len(document_ids)
    outcome.count_capped = page_count > MATCH_CAP or document_count > MATCH_CAP
    page_count, document_count = min(page_count, MATCH_CAP), min(document_count, MATCH_CAP)
    context["document_count"] = document_count
    outcome.count = page_count + document_count
    outcome.document_count = document_count
    # Documents are listed on their own when asked for, or when no page matches; otherwise the best few
    # come in a block above the first page of results.
    outcome.results_are_documents = document_count > 0 and (page_results is None or page_count == 0)
    listed = page_results
    if outcome.results_are_documents:  # best first, as the block and /van-ban/?q= order them
        listed = legal_documents.ranked_documents(
            document_ids[:MATCH_CAP], context["query"], context["document_types"]
        )
    paginator = Paginator(listed if listed is not None else [], RESULTS_PER_PAGE)
    paginator.count = document_count if outcome.results_are_documents else page_count
    page_obj = paginator.get_page(page_number)
    listed_items = list(page_obj.object_list)
    block = []
    if not outcome.results_are_documents and document_count and page_obj.number == 1:
        block = legal_documents.best_documents(
            document_ids[:MATCH_CAP], context["query"], types=context["document_types"]
        )

    outcome.facets = (
        _facet_options(facets, page_ids[:page_count], document_model, document_ids[:document_count])
        if outcome.count
        else []
    )
    sections_by_path = context.get("sections_by_path", {})

    def document_result(document):
        return legal_documents.to_result(document, folded_terms, documents_index, SearchResult)

    if outcome.results_are_documents:
        page_obj.object_list = [document_result(document) for document in listed_items]
    else:
        page_obj.object_list = [
            _to_result(page, folded_terms, sections_by_path, context["home"])
            for page in specific_pages(listed_items)
        ]
    outcome.documents = [document_result(document) for document in block]
    outcome.results = page_obj


def search_pages(params, *, locale=None, backend_alias="default", shared=None):
    """Run the search described by `params` (the request's GET) in `locale`; never raises for bad input.
    `shared`: the `search_context` of the locale, read here when not given."""
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

    context = {**(shared or search_context(locale)), "query": query}
    locale = context["locale"]
    facets = get_facets(context)
    for facet in facets:
        raw_value = params.get(facet.param)
        if raw_value:
            value = facet.clean(raw_value)
            if value is not None:
                outcome.active_filters.append((facet, value, raw_value))

    outcome.promotions = _promotions(query, locale, context["promotions"])
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
