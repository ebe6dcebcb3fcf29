"""Writing checked rows: documents created or updated in bulk, their children, the search index and the
audit log, each through the owning library's public path.

- Documents, fields, relations and files: the ORM's `bulk_create` / `bulk_update` in batches.
- The search index: `backend.add_bulk(LegalDocument, batch)` for each auto-updated backend, what Wagtail
  does one document at a time on save (on PostgreSQL the search app's index writes a batch in one
  statement, see `search.backends.postgres_index`).
- The audit log: one "legal_docs.import" entry per created or changed document, all with one uuid,
  through Wagtail's log model (`core.audit.log_many`).
"""

import logging
from dataclasses import dataclass, field

from django.utils import timezone
from wagtail.search.backends import get_search_backends

from core.audit import log_many

from ..models import (
    LegalDocument,
    build_body_search_text,
    build_search_text,
    compute_validity,
    refresh_relation_dates,
)
from .children import BATCH_SIZE, LOOKUP_CHUNK, ChildrenSync, chunked

INDEX_BATCH_SIZE = 2000
IMPORT_ACTION = "legal_docs.import"
# The columns a row sets: a document whose values all equal the row's is left alone.
COMPARED_FIELDS = [
    "document_type_id",
    "level",
    "signer_id",
    "signer_position",
    "issued_on",
    "effective_on",
    "expires_on",
    "summary",
    "status_override",
    "portal_is_recipient",
]
UPDATED_COLUMNS = [
    *(name.removesuffix("_id") for name in COMPARED_FIELDS),
    "search_text",
    "validity_status",
    "validity_until",
    "updated_at",
]
logger = logging.getLogger(__name__)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: list = field(default_factory=list)


class DocumentWriter:
    def __init__(self, attachments_dir=None, publish=True, user=None, progress=None):
        self.publish = publish
        self.user = user
        self.progress = progress or (lambda done, total: None)
        self.today = timezone.localdate()
        self.children = ChildrenSync(attachments_dir)

    def write(self, rows, result):
        """Create or update the documents of `rows` (parsed and valid), counted in `result`."""
        existing = self._existing(rows)
        taken_slugs = set(LegalDocument.objects.values_list("slug", flat=True))
        now = timezone.now()
        to_create, to_update, changed_rows = [], [], []
        for index, row in enumerate(rows, start=1):
            document = existing.get((row.issuer.pk, row.number))
            if document is None:
                document = self._new_document(row, taken_slugs, now)
                to_create.append(document)
                changed_rows.append((row, document, True))
            else:
                before = [getattr(document, name) for name in COMPARED_FIELDS]
                for name, value in row.values.items():
                    setattr(document, name, value)
                self._derive(document)
                changed = [getattr(document, name) for name in COMPARED_FIELDS] != before
                if changed:
                    to_update.append(document)
                changed_rows.append((row, document, False if changed else None))
            if index % BATCH_SIZE == 0:
                self.progress(index, len(rows))
        LegalDocument.objects.bulk_create(to_create, batch_size=BATCH_SIZE)
        LegalDocument.objects.bulk_update(to_update, UPDATED_COLUMNS, batch_size=BATCH_SIZE)
        touched, children_changed = self.children.sync(changed_rows, self._ids_by_slug(rows))
        result.created = len(to_create)
        result.updated = len(to_update) + sum(
            1 for _row, document, state in changed_rows if state is None and document.pk in children_changed
        )
        result.unchanged = len(rows) - result.created - result.updated
        refresh_relation_dates(touched)
        self._index([*to_create, *to_update])
        log_many(
            to_create,
            IMPORT_ACTION,
            self.user,
            {"created": True, "published": self.publish},
            content_changed=True,
        )
        log_many(
            to_update,
            IMPORT_ACTION,
            self.user,
            {"created": False, "published": self.publish},
            content_changed=True,
        )
        self.progress(len(rows), len(rows))

    def _existing(self, rows):
        """{(issuer id, number): document} of the documents the rows name that exist already."""
        existing = {}
        # In chunks: PostgreSQL takes at most 65,535 parameters in a statement.
        for numbers in chunked(sorted({row.number for row in rows}), LOOKUP_CHUNK):
            for document in LegalDocument.objects.filter(number__in=numbers).select_related(
                "issuer", "document_type", "signer"
            ):
                existing[(document.issuer_id, document.number)] = document
        return existing

    def _new_document(self, row, taken_slugs, now):
        slug = row.slug
        if slug in taken_slugs:
            slug = f"{slug}-{row.issuer.slug}"
        taken_slugs.add(slug)
        document = LegalDocument(number=row.number, issuer=row.issuer, slug=slug, **row.values)
        document.live = self.publish
        document.has_unpublished_changes = not self.publish
        if self.publish:
            document.first_published_at = document.last_published_at = now
        self._derive(document)
        return document

    def _derive(self, document):
        """What save() computes from the fields (`LegalDocument.fill_derived_fields`), without queries."""
        if not document.level:
            document.level = document.issuer.level
        document.search_text = build_search_text(document)
        document.body_search_text = build_body_search_text(document)
        document.validity_status, document.validity_until = compute_validity(document, self.today)
        document.updated_at = timezone.now()

    def _ids_by_slug(self, rows):
        targets = sorted({target for row in rows for _kind, target in row.relations})
        by_slug = {}
        for chunk in chunked(targets, BATCH_SIZE):
            by_slug.update(LegalDocument.objects.filter(slug__in=chunk).values_list("slug", "pk"))
        return by_slug

    def _index(self, documents):
        """Add the created and changed documents to the search index(es), in bulk (what save() does one by
        one through Wagtail's signal handlers)."""
        if not documents:
            return
        for backend in get_search_backends(with_auto_update=True):
            for batch in chunked(documents, INDEX_BATCH_SIZE):
                try:
                    backend.add_bulk(LegalDocument, batch)
                except Exception:  # as Wagtail does on save: a search server down must not stop the import
                    logger.exception("Could not index imported legal documents in %s", type(backend).__name__)
                    break
