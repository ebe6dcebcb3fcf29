"""Writing checked rows as drafts for the editorial board: documents, their children, a revision for each
created or changed document, the import batch's items, the search index and the audit log, in bulk.

Nothing reaches the public here. A new document is created as a draft. A draft document is changed in
place (as the admin's edit view does). A published document is left as the public sees it: what the file
changes goes into a new revision, the document's latest draft, published only when the batch is approved
(`approval.py`). What the file does not carry is kept (`parsing.py`, `children.py`).

- Documents, fields, relations, files, revisions and the batch's items: `core.bulk_copy.copy_create` (COPY
  on PostgreSQL, `bulk_create` elsewhere). On PostgreSQL a new document's key is reserved first, so that it
  is inserted already linked to its revision (`latest_revision`); changed drafts and the link of documents
  that were in the database: `core.bulk_copy.copy_update` (COPY and one UPDATE on PostgreSQL).
- Revisions: `Revision` rows holding the document as `serializable_data()` would.
- The search index: `backend.add_bulk(LegalDocument, batch)` for each auto-updated backend.
- The audit log: one "legal_docs.import" entry per created or changed document naming the batch
  (`core.audit.log_many`).
"""

import logging
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from modelcluster.models import get_serializable_data_for_fields
from wagtail.models import Revision
from wagtail.search.backends import get_search_backends

from core.audit import log_many
from core.bulk_copy import copy_create, copy_update, reserve_keys

from ..citations import title_key
from ..models import (
    ImportBatchItem,
    LegalDocument,
    build_body_search_text,
    build_search_text,
    compute_validity,
    refresh_relation_dates,
)
from ..tasks import extract_attachment_text
from .children import BATCH_SIZE, LOOKUP_CHUNK, Children, StoredFiles, chunked, read_children, write_children
from .parsing import stored_key
from .preview import diffs

# Documents per `add_bulk`: each call ends by refreshing the title norms (modelsearch's
# `_refresh_title_norms`), which averages the title lengths of the whole index; fewer, larger calls.
INDEX_BATCH_SIZE = 10_000
IMPORT_ACTION = "legal_docs.import"
CHILDREN = ("fields", "relations", "attachments")
PREVIEW_ROWS = 10
# The columns a file sets; a document whose values and children all equal the file's is left alone.
CONTENT_FIELDS = [
    "document_type_id",
    "level",
    "signer_id",
    "signer_position",
    "issued_on",
    "effective_on",
    "expires_on",
    "summary",
    "status_override",
    "status_since",
    "portal_is_recipient",
]
DERIVED_COLUMNS = [
    "number_key",
    "search_text",
    "body_search_text",
    "validity_status",
    "validity_until",
    "updated_at",
]
UPDATED_COLUMNS = [*(name.removesuffix("_id") for name in CONTENT_FIELDS), *DERIVED_COLUMNS]
REVISION_LINK = ["latest_revision", "has_unpublished_changes"]
logger = logging.getLogger(__name__)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: list = field(default_factory=list)
    preview: dict = field(
        default_factory=lambda: {"created": [], "updated": [], "unchanged": [], "refused": []}
    )
    batch: object = None


@dataclass
class Entry:
    document: object
    row: object = None  # None: a document outside the file whose relations the file changes
    created: bool = False
    changed: list = field(default_factory=list)  # names of the fields and children that change
    values: dict = field(default_factory=dict)  # name → (old, new) of what changes, for the preview


def derive(document, today):
    """What save() computes from the fields (`LegalDocument.fill_derived_fields`), without queries."""
    if not document.level:
        document.level = document.issuer.level
    if document.signer_id and not document.signer_position:
        document.signer_position = document.signer.position
    document.number_key, document.summary_key = stored_key(document.number), title_key(document.summary)
    document.search_text = build_search_text(document)
    document.body_search_text = build_body_search_text(document)
    document.validity_status, document.validity_until = compute_validity(document, today)
    document.updated_at = timezone.now()


class DocumentWriter:
    def __init__(self, attachments_dir=None, user=None, progress=None):
        self.user = user
        self.progress = progress or (lambda done, total: None)
        self.today = timezone.localdate()
        self.files = StoredFiles(attachments_dir) if attachments_dir is not None else None

    def write(self, rows, result, references, batch):
        """Write the rows (parsed and valid) as drafts and revisions of `batch`, counted in `result`."""
        existing = self._existing(rows)
        taken_slugs = {slug for slug, target in references.by_slug.items() if not isinstance(target, tuple)}
        entries = {}
        for index, row in enumerate(rows, start=1):
            document = existing.get((row.issuer.pk, row.number))
            if document is None:
                document = self._new_document(row, taken_slugs)
                entries[row.key] = Entry(document, row, created=True)
            else:
                values = self._apply_values(document, row)
                entries[row.key] = Entry(document, row, changed=list(values), values=values)
            if index % BATCH_SIZE == 0:
                self.progress(index, len(rows))
        new_documents = [entry.document for entry in entries.values() if entry.created]
        # PostgreSQL: the keys now, the rows once they can be linked to their revisions (`_revisions`).
        if not reserve_keys(LegalDocument, new_documents):
            copy_create(LegalDocument, new_documents)
        by_pk = {entry.document.pk: entry for entry in entries.values()}
        wanted, current = self._children(entries, by_pk, references)
        for pk, children in wanted.items():
            entry = by_pk.get(pk)
            if entry is None:
                entry = by_pk[pk] = Entry(self._outside[pk])
            have = current.get(pk) or Children()
            for name, new, old in zip(CHILDREN, children.comparable(), have.comparable(), strict=True):
                if new != old:
                    entry.changed.append(name)
                    entry.values[name] = (old, new)
        changed = [entry for entry in by_pk.values() if entry.created or entry.changed]
        drafts = [entry for entry in changed if not entry.document.live]
        in_database = [entry.document for entry in changed if not entry.document._state.adding]
        revisions = self._revisions(changed, wanted, current)
        # Drafts the file changes are written in place (as the admin's edit view does), with their link to
        # the new revision: one update of each row. The other documents that were in the database: the link.
        edited = {e.document.pk for e in drafts if not e.created and e.row is not None}
        copy_update(
            LegalDocument, [d for d in in_database if d.pk in edited], [*UPDATED_COLUMNS, *REVISION_LINK]
        )
        copy_update(LegalDocument, [d for d in in_database if d.pk not in edited], REVISION_LINK)
        touched, files_changed = write_children(
            {e.document.pk: wanted[e.document.pk] for e in drafts if e.document.pk in wanted}, current
        )
        in_batch = [entry for entry in changed if entry.row is not None or entry.document.live]
        copy_create(
            ImportBatchItem,
            [
                ImportBatchItem(
                    batch=batch,
                    document_id=entry.document.pk,
                    revision=revisions[entry.document.pk],
                    created=entry.created,
                    changed_fields=entry.changed,
                )
                for entry in in_batch
            ],
        )
        refresh_relation_dates(touched)
        self._index([entry.document for entry in drafts])
        self._count(result, entries)
        for created in (True, False):
            log_many(
                [entry.document for entry in in_batch if entry.created is created],
                IMPORT_ACTION,
                self.user,
                {"created": created, "batch": batch.pk, "published": False},
                content_changed=True,
            )
        for document_id in files_changed:  # a dry run's tasks roll back with it (immediate or database)
            extract_attachment_text.enqueue(document_id)
        self.progress(len(rows), len(rows))

    def _apply_values(self, document, row):
        """Set the row's values on the document (in memory); {name: (old, new)} of the fields that change."""
        before = {name: getattr(document, name) for name in CONTENT_FIELDS}
        for name, value in row.values.items():
            setattr(document, name, value)
        derive(document, self.today)
        return {
            name.removesuffix("_id"): (before[name], getattr(document, name))
            for name in CONTENT_FIELDS
            if getattr(document, name) != before[name]
        }

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

    def _new_document(self, row, taken_slugs):
        slug = row.slug
        if slug in taken_slugs:
            slug = f"{slug}-{row.issuer.slug}"
        taken_slugs.add(slug)
        values = {"portal_is_recipient": False, "status_override": "", "level": "", **row.values}
        document = LegalDocument(number=row.number, issuer=row.issuer, slug=slug, **values)
        document.live = False
        document.has_unpublished_changes = True
        derive(document, self.today)
        return document

    def _children(self, entries, by_pk, references):
        """(wanted, current): the children each document should have after the file, and has now, for the
        documents the file changes (its rows', and those declaring a relation the file adds or removes)."""
        ids = [pk for pk, entry in by_pk.items() if not entry.created]
        current, incoming = read_children(ids)
        for entry in entries.values():
            if entry.created:
                current[entry.document.pk] = Children()
                incoming[entry.document.pk] = set()
        resolved = {}
        for entry in entries.values():
            for direction, kind, reference in entry.row.relations:
                target = references.resolve(reference)
                if isinstance(target, tuple):
                    target = entries[target[1]].document.pk
                resolved.setdefault(entry.document.pk, []).append((direction, kind, target))
        outside = {
            other
            for pk, relations in resolved.items()
            for direction, _kind, other in relations
            if direction == "in" and other not in current
        } | {
            source
            for entry in entries.values()
            if any(direction == "in" for direction, _kind in entry.row.replaced_relations)
            for _kind, source in incoming[entry.document.pk]
            if source not in current
        }
        more, _ = read_children(sorted(outside))
        current.update(more)
        self._outside = LegalDocument.objects.select_related("issuer", "document_type", "signer").in_bulk(
            sorted(outside)
        )
        wanted = {}

        def children_of(pk):
            if pk not in wanted:
                wanted[pk] = current[pk].copy()
            return wanted[pk]

        for entry in entries.values():
            row, pk = entry.row, entry.document.pk
            if row.fields is not None:
                children_of(pk).fields = {item.pk for item in row.fields}
            relations = resolved.get(pk, [])
            for direction, kind in row.replaced_relations:
                listed = {other for d, k, other in relations if (d, k) == (direction, kind)}
                if direction == "out":
                    mine = children_of(pk).relations
                    for key in [key for key in mine if key[0] == kind and key[1] not in listed]:
                        del mine[key]
                else:
                    for _kind, source in [item for item in incoming[pk] if item[0] == kind]:
                        if source not in listed:
                            children_of(source).relations.pop((kind, pk), None)
            for direction, kind, other in relations:
                if direction == "out":
                    children_of(pk).add_relation(kind, other)
                else:
                    children_of(other).add_relation(kind, pk)
            if self.files is not None:
                for order, name in enumerate(row.attachments):
                    stored = self.files.get(name)
                    mine = children_of(pk).attachments
                    if stored.pk not in mine:
                        mine[stored.pk] = {"pk": None, "title": "", "kind": "van-ban", "sort_order": order}
        return wanted, current

    def _revisions(self, entries, wanted, current):
        """{document id: revision}: a new revision for each changed document, inserted, and made the
        document's latest draft in memory (`REVISION_LINK`); the published content stays as it is. Documents
        not inserted yet (new ones whose keys `write` reserved) are inserted now, already linked, as
        Wagtail's `save_revision` leaves a document; the caller stores the link of the others."""
        content_type = ContentType.objects.get_for_model(LegalDocument)
        now = timezone.now()
        revisions = {}
        for entry in entries:
            document = entry.document
            children = wanted.get(document.pk) or current.get(document.pk) or Children()
            revisions[document.pk] = Revision(
                content_type=content_type,
                base_content_type=content_type,
                object_id=str(document.pk),
                created_at=now,
                user=self.user,
                object_str=str(document),
                content=get_serializable_data_for_fields(document) | children.content(document.pk),
            )
        # A revision names its object by `object_id`, not by a foreign key: it can go in first.
        copy_create(Revision, revisions.values())
        for entry in entries:
            entry.document.latest_revision = revisions[entry.document.pk]
            entry.document.has_unpublished_changes = True
        copy_create(LegalDocument, [entry.document for entry in entries if entry.document._state.adding])
        return revisions

    def _count(self, result, entries):
        result.created = sum(1 for entry in entries.values() if entry.created)
        result.updated = sum(1 for entry in entries.values() if not entry.created and entry.changed)
        result.unchanged = len(entries) - result.created - result.updated
        shown = []
        for entry in sorted(entries.values(), key=lambda item: item.row.line):
            kind = "created" if entry.created else "updated" if entry.changed else "unchanged"
            if len(result.preview[kind]) < PREVIEW_ROWS:
                row = {"line": entry.row.line, "number": entry.row.number, "changes": entry.changed}
                result.preview[kind].append(row)
                if kind == "updated":
                    shown.append((row, entry.values))
        diffs(shown)  # each changed field's old and new value

    def _index(self, documents):
        """Add the created and changed drafts to the search index(es), in bulk (what save() does one by
        one through Wagtail's signal handlers); published documents change only when approved."""
        if not documents:
            return
        for backend in get_search_backends(with_auto_update=True):
            for batch in chunked(documents, INDEX_BATCH_SIZE):
                try:
                    backend.add_bulk(LegalDocument, batch)
                except Exception:  # as Wagtail does on save: a search server down must not stop the import
                    logger.exception("Could not index imported legal documents in %s", type(backend).__name__)
                    break
