"""Legal documents (`legal_docs.LegalDocument`) in the site search.

Legal documents are not pages: they are records indexed by Wagtail search through their own
`search_fields`, shown at /van-ban/<slug>/ by the legal documents section. The search page searches them
with the same query as the pages (only published ones, `LegalDocument.objects.public()`), shows the best
few in a "Văn bản" block above the page results, and lists all of them when the content type "Văn bản" or
a document type is chosen (see docs/search.md). Only this module knows about the model.
"""

from html import unescape

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from .highlight import highlight, snippet

#: How many documents the block above the page results shows.
DOCUMENT_BLOCK_SIZE = 3
#: How much of a document's text (full text, then attachments' text) a snippet is looked for in.
SNIPPET_SOURCE_CHARS = 20_000


def document_model():
    """The LegalDocument model, or None when the legal documents app is not installed."""
    if not apps.is_installed("legal_docs"):
        return None
    return apps.get_model("legal_docs", "LegalDocument")


def documents_index(locale):
    """The live legal documents section in `locale`, or None: documents are searched only where it is.

    Documents are not translated (they exist in the language they were signed in), so they are found
    only on the search page of the language their section is published in.
    """
    if document_model() is None:
        return None
    index_model = apps.get_model("legal_docs", "LegalDocumentIndexPage")
    return index_model.objects.live().filter(locale=locale).only("path", "url_path", "depth", "title").first()


def public_documents():
    return document_model().objects.public().select_related("document_type", "issuer")


def document_types():
    """Every document type (its name and code, which a search may cite, and its slug, which the filter
    names), in their order; empty when the legal documents app is not installed."""
    if document_model() is None:
        return []
    return list(apps.get_model("legal_docs", "DocumentType").objects.only("pk", "name", "code", "slug"))


def ranked_documents(ids, query, types=None):
    """The matching documents `ids`, best first by the relevance /van-ban/?q= orders by
    (`legal_docs.ranking`): the document asked for first, above those that only mention it. `types`:
    `document_types()`, read here when not given."""
    # Imported here, not at the top: legal_docs is optional (see `document_model`), and importing its
    # ranking loads its models, which only exist when the app is installed.
    from legal_docs.ranking import Citation

    rank = Citation.read(query, document_types() if types is None else types).rank()
    documents = public_documents().filter(pk__in=ids).annotate(relevance=rank)
    return documents.order_by("-relevance", "-issued_on", "-pk")


def best_documents(ids, query, count=DOCUMENT_BLOCK_SIZE, types=None):
    """The block above the page results: the `count` best documents, as `ranked_documents` orders them."""
    return list(ranked_documents(ids, query, types)[:count])


def document_content_type():
    return ContentType.objects.get_for_model(document_model())


def document_texts(document):
    """The text a document's snippet is cut from: full text, then its attachments' text, else its summary."""
    texts = [
        unescape(strip_tags((document.full_text or "").replace(">", "> "))),
        document.extracted_text or "",
    ]
    texts = [text[:SNIPPET_SOURCE_CHARS] for text in texts if text.strip()]
    return texts or [document.summary]


def to_result(document, folded_terms, index_page, result_class):
    """A search result for `document`: number and summary as title, type and issuer, date of issue."""
    document.with_index_page([document], index_page)  # its URL without one more query
    return result_class(
        page=document,
        title=highlight(document.title, folded_terms),
        url=document.get_url(),
        section=document.issuer.name,
        date=document.issued_on,
        snippet=snippet(document_texts(document), folded_terms),
        type_label=document.document_type.name or _("Legal documents"),
        is_document=True,
    )
