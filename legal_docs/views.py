"""The public views of /van-ban/, served by `LegalDocumentIndexPage` (a routable page)."""

from django.db.models import Prefetch
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from sections.listings import PAGE_PARAM, paginate

from .exports import EXPORT_FORMATS, export_response
from .filters import PARAMS, DocumentFilter
from .listings import list_queryset
from .models import LegalDocument, LegalDocumentAttachment, LegalDocumentRelation

PER_PAGE = 20


def document_list(request, index_page):
    criteria = DocumentFilter.from_querydict(request.GET)
    documents = criteria.apply(list_queryset())
    export_format = request.GET.get("format", "").strip().lower()
    if export_format in EXPORT_FORMATS:
        return export_response(documents, export_format, index_page, request)
    if export_format:
        criteria.notices.append(
            _("The format “%(value)s” is not known; use csv or json.") % {"value": export_format[:20]}
        )
    page_obj = paginate(request, documents, PER_PAGE)
    for document in page_obj.object_list:
        document.__dict__["index_page"] = index_page
    kept = request.GET.copy()
    for name in list(kept):
        if name not in PARAMS:
            del kept[name]
    context = index_page.get_context(request)
    context.update(
        {
            "documents": page_obj,
            "criteria": criteria,
            "facet_groups": facet_groups(criteria.facets(LegalDocument.objects.public())),
            "query_string": kept.urlencode(),
            "active_filters": criteria.active_filters(request.GET),
            "page_param": PAGE_PARAM,
        }
    )
    return TemplateResponse(request, "legal_docs/legal_document_index_page.html", context)


def facet_groups(facets):
    labels = {
        "loai": _("Document type"),
        "co_quan": _("Issuing authority"),
        "linh_vuc": _("Field"),
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
    for other in [document, *(rel.target for rel in document.relations.all())] + [
        rel.source for rel in document.incoming_relations.all()
    ]:
        other.__dict__["index_page"] = index_page
    context = index_page.get_context(request)
    context.update({"document": document})
    return TemplateResponse(request, "legal_docs/legal_document_detail.html", context)
