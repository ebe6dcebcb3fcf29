"""The querysets behind the legal documents listings, built here and nowhere else."""

from .models import LegalDocument, LegalDocumentIndexPage

HOME_COUNT = 5


def list_queryset():
    """Published documents, newest first, with what a list row shows."""
    return LegalDocument.objects.public().for_listing().order_by("-issued_on", "-pk")


def latest_documents(count=HOME_COUNT, index_page=None):
    """The newest published documents for the home page: one query (two without `index_page`)."""
    if index_page is None:
        index_page = LegalDocumentIndexPage.objects.live().first()
    if index_page is None:
        return []
    documents = list(
        LegalDocument.objects.public()
        .select_related("document_type")
        .only("number", "slug", "summary", "issued_on", "document_type__name", "document_type__slug")
        .order_by("-issued_on", "-pk")[:count]
    )
    for document in documents:
        document.__dict__["index_page"] = index_page
    return documents
