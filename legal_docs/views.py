"""The public views of /van-ban/, served by `LegalDocumentIndexPage` (a routable page)."""

from django.db.models import Prefetch
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core.pagination import PAGE_PARAM, paginate

from .exports import EXPORT_FORMATS, export_response
from .facet_cache import unfiltered_facets
from .filters import PARAMS, SORT_NEWEST, SORT_RELEVANCE, DocumentFilter
from .listings import attach_taxonomies, list_queryset, rows_queryset
from .models.attachments import LegalDocumentAttachment
from .models.documents import LegalDocument
from .models.relations import LegalDocumentRelation

PER_PAGE = 20


def document_list(request, index_page):
    criteria = DocumentFilter.from_querydict(request.GET)
    export_format = request.GET.get("format", "").strip().lower()
    if export_format in EXPORT_FORMATS:
        return export_response(criteria.apply(list_queryset()), export_format, index_page, request)
    if export_format:
        criteria.notices.append(
            _("The format “%(value)s” is not known; use csv or json.") % {"value": export_format[:20]}
        )
    # With conditions, the facet query also picks the page's documents among the matches it has selected
    # (then read by id); without any, PostgreSQL reads the newest rows straight from the date index.
    requested = requested_page(request) if criteria.is_active else None
    page = ((requested - 1) * PER_PAGE, PER_PAGE) if requested else None
    if criteria.is_active:
        facets = criteria.facets(LegalDocument.objects.public(), page=page)
    else:
        facets = unfiltered_facets(lambda: criteria.facets(LegalDocument.objects.public()))
    page_obj = paginate(
        request, criteria.ordered(criteria.apply(rows_queryset())), PER_PAGE, count=facets["total"]
    )
    if page_obj.number == requested:
        ids = facets["page_ids"]
        rows = list(rows_queryset().filter(pk__in=ids)) if ids else []
        ranks = facets["page_ranks"]
        page_obj.object_list = sorted(
            rows,
            key=lambda document: (ranks.get(document.pk, 0), document.issued_on, document.pk),
            reverse=True,
        )
    else:  # no conditions, or a page out of range (the last one is shown): read as a slice
        page_obj.object_list = list(page_obj.object_list)
    attach_taxonomies(page_obj.object_list, criteria)
    LegalDocument.with_index_page(page_obj.object_list, index_page)
    kept = request.GET.copy()
    for name in list(kept):
        if name not in PARAMS:
            del kept[name]
    context = index_page.get_context(request)
    context.update(
        {
            "documents": page_obj,
            "criteria": criteria,
            "facet_groups": facet_groups(facets),
            "query_string": kept.urlencode(),
            "active_filters": criteria.active_filters(request.GET),
            "page_param": PAGE_PARAM,
            "sort_links": sort_links(criteria, request.GET),
        }
    )
    return TemplateResponse(request, "legal_docs/legal_document_index_page.html", context)


def sort_links(criteria, querydict):
    """(label, query string, current) for the two orders of a search: by relevance and newest first."""
    if not criteria.terms:
        return []
    links = []
    for value, label in (
        (SORT_RELEVANCE, _("Most relevant")),
        (SORT_NEWEST, pgettext("legal documents order", "Newest")),
    ):
        kept = querydict.copy()
        kept.pop(PAGE_PARAM, None)
        kept.pop("format", None)
        kept["sap_xep"] = value
        current = (criteria.sort == SORT_NEWEST) == (value == SORT_NEWEST)
        links.append((label, kept.urlencode(), current))
    return links


MAX_PAGE = 1_000_000


def requested_page(request):
    """The page number asked for, as the paginator reads it (1 when it is not a whole number ≥ 1)."""
    raw = request.GET.get(PAGE_PARAM, 1)
    try:
        number = float(raw)
    except (TypeError, ValueError):
        return 1
    if not (number.is_integer() and number >= 1):
        return 1
    # Beyond the last page the paginator answers as it does for any page past the end; capped here so the
    # facet query's OFFSET stays a number the database can hold (2**63 failed on SQLite).
    return min(int(number), MAX_PAGE)


def facet_groups(facets):
    labels = {
        "loai": _("Document type"),
        "co_quan": _("Issuing authority"),
        "linh_vuc": pgettext("subject area", "Field"),
        "nguoi_ky": _("Signed by"),
        "nam": _("Year of issue"),
        "tinh_trang": _("Validity status"),
    }
    return [(param, labels[param], facets[param]) for param in labels if facets[param]]


def document_detail(request, index_page, slug):
    document = (
        LegalDocument.objects.public()
        .select_related("document_type", "issuer", "signer")
        .prefetch_related(
            "fields",
            Prefetch("attachments", LegalDocumentAttachment.objects.select_related("file")),
            Prefetch("relations", LegalDocumentRelation.objects.select_related("target__document_type")),
            Prefetch(
                "incoming_relations", LegalDocumentRelation.objects.select_related("source__document_type")
            ),
        )
        .filter(slug=slug)
        .first()
    )
    if document is None:
        raise Http404
    LegalDocument.with_index_page(
        [document, *(rel.target for rel in document.relations.all())]
        + [rel.source for rel in document.incoming_relations.all()],
        index_page,
    )
    context = index_page.get_context(request)
    context.update({"document": document})
    return TemplateResponse(request, "legal_docs/legal_document_detail.html", context)
