"""The legal documents' models, one module per concept, all importable from here as before.

taxonomies   types, issuing authorities, fields, signers (snippets)
validity     the validity status rules, in Python and in SQL
search_text  the folded columns the list's search box matches, and how they are matched
relations    relations between documents (căn cứ, thay thế, …)
documents    the document itself, and the refresh of its stored validity status
attachments  the files attached to a document
batches      import batches waiting for the editorial board's approval
pages        /van-ban/, the routable section page

Inside the app, the modules the section page imports (views, filters, feeds, listings, exports) import the
modules they need (`.models.documents`, …), not this package: the package is still loading when they do.
"""

from .attachments import LegalDocumentAttachment
from .batches import ImportBatch, ImportBatchItem, ImportUpload
from .documents import (
    PUBLIC_SLUG_MAX_LENGTH,
    LegalDocument,
    LegalDocumentQuerySet,
    attachments_changed,
    live_index_page,
    refresh_relation_dates,
    refresh_validity,
    slug_from_number,
)
from .pages import LegalDocumentIndexPage
from .relations import AMENDING_KINDS, ENDING_KINDS, INVERSE_LABELS, LegalDocumentRelation, RelationKind
from .search_text import (
    SEARCH_WORDS_SQL,
    WordsStartWith,
    build_body_search_text,
    build_search_text,
    tsquery_prefixes,
)
from .taxonomies import DocumentType, Issuer, IssuingLevel, LegalField, Signer, Taxonomy
from .validity import (
    ValidityStatus,
    compute_status,
    compute_validity,
    computed_status_expression,
    status_condition,
    status_expression,
    stored_status_is_current,
)

__all__ = [
    "AMENDING_KINDS",
    "ENDING_KINDS",
    "INVERSE_LABELS",
    "PUBLIC_SLUG_MAX_LENGTH",
    "SEARCH_WORDS_SQL",
    "DocumentType",
    "ImportBatch",
    "ImportBatchItem",
    "ImportUpload",
    "Issuer",
    "IssuingLevel",
    "LegalDocument",
    "LegalDocumentAttachment",
    "LegalDocumentIndexPage",
    "LegalDocumentQuerySet",
    "LegalDocumentRelation",
    "LegalField",
    "RelationKind",
    "Signer",
    "Taxonomy",
    "ValidityStatus",
    "WordsStartWith",
    "attachments_changed",
    "build_body_search_text",
    "build_search_text",
    "compute_status",
    "compute_validity",
    "computed_status_expression",
    "live_index_page",
    "refresh_relation_dates",
    "refresh_validity",
    "slug_from_number",
    "status_condition",
    "status_expression",
    "stored_status_is_current",
    "tsquery_prefixes",
]
