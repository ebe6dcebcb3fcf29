"""The querysets behind the legal documents listings, built here and nowhere else."""

from .models.documents import LegalDocument, live_index_page

HOME_COUNT = 5


def list_queryset():
    """Published documents, newest first, with what a list row shows."""
    return LegalDocument.objects.public().for_listing().order_by("-issued_on", "-pk")


# What a row of the list shows (type, number, date, issuer, status, summary, address).
ROW_FIELDS = [
    "number",
    "slug",
    "summary",
    "issued_on",
    "document_type_id",
    "issuer_id",
    "signer_id",
    "status_override",
    "status_since",
    "effective_on",
    "expires_on",
    "superseded_on",
    "amended_on",
    "validity_status",
    "validity_until",
]


def rows_queryset():
    """Published documents, newest first, with only the columns a row shows: no joins, so that PostgreSQL
    sorts the matching documents alone; the type and issuer are attached from the loaded taxonomies."""
    return LegalDocument.objects.public().only(*ROW_FIELDS).order_by("-issued_on", "-pk")


def attach_taxonomies(documents, criteria):
    """Set each row's type, issuer and signer from the taxonomies the filter has loaded (no query)."""
    by_id = {
        param: {item.pk: item for item in criteria.taxonomies[param].values()}
        for param in ("loai", "co_quan", "nguoi_ky")
    }
    for document in documents:
        document.document_type = by_id["loai"][document.document_type_id]
        document.issuer = by_id["co_quan"][document.issuer_id]
        document.signer = by_id["nguoi_ky"].get(document.signer_id)


def latest_documents(count=HOME_COUNT, index_page=None):
    """The newest published documents for the home page: one query (two without `index_page`)."""
    if index_page is None:
        index_page = live_index_page()
    if index_page is None:
        return []
    documents = (
        LegalDocument.objects.public()
        .select_related("document_type")
        .only("number", "slug", "summary", "issued_on", "document_type__name", "document_type__slug")
        .order_by("-issued_on", "-pk")[:count]
    )
    return LegalDocument.with_index_page(list(documents), index_page)
