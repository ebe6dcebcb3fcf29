"""Reading legal documents from CSV or JSON (the export format, `legal_docs.exports.COLUMNS`).

Every row is validated first; nothing is written while any row is bad, unless the caller skips bad rows.
Rows are matched to existing records by issuer and number, so importing the same file twice changes
nothing. Writes are batched (bulk create/update) so that tens of thousands of rows import in seconds.

Imported documents are published: they were issued and published before, the import is an operator's
action recorded in the audit log ("legal_docs.import"), and `--draft` leaves them for the workflow instead.
"""

import csv
import functools
import hashlib
import io
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.core.files import File
from django.db import connections, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from core.text import fold
from core.text import nfc as normalise

from .facet_cache import invalidate as invalidate_facets
from .filters import parse_date
from .models import (
    DocumentType,
    Issuer,
    IssuingLevel,
    LegalDocument,
    LegalDocumentAttachment,
    LegalDocumentRelation,
    LegalField,
    RelationKind,
    Signer,
    ValidityStatus,
    build_body_search_text,
    build_search_text,
    compute_validity,
    refresh_relation_dates,
    slug_from_number,
)

BATCH_SIZE = 1000
INDEX_BATCH_SIZE = 2000
LOOKUP_CHUNK = 20_000
logger = logging.getLogger(__name__)
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


class ImportError_(Exception):
    pass


@dataclass
class RowError:
    line: int
    reason: str

    def __str__(self):
        return _("line %(line)d: %(reason)s") % {"line": self.line, "reason": self.reason}


@dataclass
class ParsedRow:
    line: int
    number: str
    slug: str
    values: dict
    issuer: object
    fields: list
    relations: list  # (kind, slug)
    attachments: list  # file names


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: list = field(default_factory=list)


def chunked(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def nfc(value):
    """A cell of an imported row: NFC, without surrounding spaces."""
    return normalise(value).strip()


def read_rows(path):
    """(line number, row dict) pairs from a CSV or JSON file; the line of a JSON row is its position + 1."""
    path = Path(path)
    raw = path.read_bytes().decode("utf-8-sig")
    if path.suffix.lower() == ".json" or raw.lstrip().startswith("["):
        data = json.loads(raw)
        if not isinstance(data, list):
            raise ImportError_(_("A JSON file must hold a list of documents."))
        return [(index + 1, row if isinstance(row, dict) else {}) for index, row in enumerate(data)]
    reader = csv.DictReader(io.StringIO(raw))
    rows = []
    for row in reader:
        rows.append((reader.line_num, {key: (value or "") for key, value in row.items() if key}))
    return rows


@functools.lru_cache(maxsize=4096)
def taxonomy_slug(value):
    """The slug of a taxonomy item named or slugged `value` (the same few values repeat on every row)."""
    return slugify(fold(value))[:100]


def split_list(value):
    if isinstance(value, list):
        return [nfc(str(item)) for item in value if nfc(str(item))]
    return [item for item in (nfc(part) for part in str(value or "").split(";")) if item]


class Importer:
    def __init__(self, attachments_dir=None, publish=True, user=None, progress=None):
        self.attachments_dir = Path(attachments_dir) if attachments_dir else None
        self.publish = publish
        self.user = user
        self.progress = progress or (lambda done, total: None)
        self.today = timezone.localdate()
        self.types = {item.slug: item for item in DocumentType.objects.all()}
        self.types_by_name = {fold(item.name): item for item in self.types.values()}
        self.issuers = {item.slug: item for item in Issuer.objects.all()}
        self.fields = {item.slug: item for item in LegalField.objects.all()}
        self.signers = {item.slug: item for item in Signer.objects.all()}

    # -- validation ---------------------------------------------------------------------------------

    def _taxonomy(self, cache, model, slug, name, extra=None):
        """The taxonomy item `slug`, created (unsaved until apply) from `name` when it does not exist."""
        slug = taxonomy_slug(slug or name)
        if not slug:
            return None
        if slug not in cache:
            if not name:
                return None
            cache[slug] = model(slug=slug, name=name, **(extra or {}))
        return cache[slug]

    def parse(self, line, row):
        get = lambda key: nfc(str(row.get(key) or ""))  # noqa: E731
        number = get("so_ky_hieu")
        if not number:
            raise ValueError(_("the number (so_ky_hieu) is missing"))
        type_key = get("loai")
        document_type = self.types.get(type_key) or self.types_by_name.get(fold(get("loai_ten") or type_key))
        if document_type is None:
            raise ValueError(_("unknown document type “%(value)s”") % {"value": type_key or get("loai_ten")})
        level = get("cap_ban_hanh")
        if level and level not in IssuingLevel.values:
            raise ValueError(_("unknown issuing level “%(value)s”") % {"value": level})
        issuer = self._taxonomy(
            self.issuers, Issuer, get("co_quan"), get("co_quan_ten"), {"level": level or IssuingLevel.WARD}
        )
        if issuer is None:
            raise ValueError(_("the issuing authority (co_quan) is missing or unknown"))
        dates = {}
        for column, name, required in (
            ("ngay_ban_hanh", "issued_on", True),
            ("ngay_hieu_luc", "effective_on", False),
            ("ngay_het_hieu_luc", "expires_on", False),
        ):
            raw = get(column)
            if not raw:
                if required:
                    raise ValueError(_("the date of issue (ngay_ban_hanh) is missing"))
                dates[name] = None
                continue
            parsed = parse_date(raw)
            if parsed is None:
                raise ValueError(
                    _("“%(value)s” in %(column)s is not a date") % {"value": raw, "column": column}
                )
            dates[name] = parsed
        if dates["effective_on"] and dates["effective_on"] < dates["issued_on"]:
            raise ValueError(_("the document takes effect before it is issued"))
        if dates["expires_on"] and dates["expires_on"] <= (dates["effective_on"] or dates["issued_on"]):
            raise ValueError(_("the end of validity comes before its start"))
        summary = get("trich_yeu")
        if not summary:
            raise ValueError(_("the summary (trich_yeu) is missing"))
        status_override = get("tinh_trang_thu_cong")
        if status_override and status_override not in ValidityStatus.values:
            raise ValueError(_("unknown validity status “%(value)s”") % {"value": status_override})
        signer_slug, signer_name = get("nguoi_ky"), get("nguoi_ky_ten")
        signer = None
        if signer_slug or signer_name:
            signer = self._taxonomy(
                self.signers, Signer, signer_slug, signer_name, {"position": get("chuc_vu")}
            )
            if signer is None:
                raise ValueError(_("unknown signer “%(value)s”") % {"value": signer_slug})
        field_slugs, field_names = split_list(row.get("linh_vuc")), split_list(row.get("linh_vuc_ten"))
        fields = []
        for index, slug in enumerate(field_slugs):
            name = field_names[index] if index < len(field_names) else ""
            item = self._taxonomy(self.fields, LegalField, slug, name)
            if item is None:
                raise ValueError(_("unknown field “%(value)s”") % {"value": slug})
            fields.append(item)
        relations = []
        for item in split_list(row.get("quan_he")):
            kind, _sep, target = item.partition(":")
            if kind not in RelationKind.values or not target:
                raise ValueError(_("“%(value)s” is not a relation (kind:document)") % {"value": item})
            relations.append((kind, target.strip()))
        attachments = split_list(row.get("tep_dinh_kem"))
        if attachments and self.attachments_dir is not None:
            for name in attachments:
                if not (self.attachments_dir / Path(name).name).is_file():
                    raise ValueError(
                        _("the attached file “%(value)s” is not in the folder") % {"value": name}
                    )
        portal = get("noi_nhan_cong").lower() in ("1", "true", "co", "có", "x", "yes")
        values = {
            "document_type": document_type,
            "level": level or "",
            "signer": signer,
            "signer_position": get("chuc_vu") or (signer.position if signer else ""),
            "summary": summary,
            "status_override": status_override,
            "portal_is_recipient": portal,
            **dates,
        }
        slug = slugify(get("duong_dan")) or slug_from_number(number)
        return ParsedRow(line, number, slug, values, issuer, fields, relations, attachments)

    def validate(self, rows):
        parsed, errors, seen = [], [], {}
        for line, row in rows:
            try:
                item = self.parse(line, row)
            except ValueError as error:
                errors.append(RowError(line, str(error)))
                continue
            key = (item.issuer.slug, item.number)
            if key in seen:
                errors.append(
                    RowError(line, _("the same document is already on line %(line)d") % {"line": seen[key]})
                )
                continue
            seen[key] = line
            parsed.append(item)
        known_slugs = set(LegalDocument.objects.values_list("slug", flat=True)) | {
            item.slug for item in parsed
        }
        valid = []
        for item in parsed:
            missing = [target for _kind, target in item.relations if target not in known_slugs]
            if missing:
                errors.append(
                    RowError(item.line, _("related document “%(value)s” not found") % {"value": missing[0]})
                )
                continue
            valid.append(item)
        return valid, errors

    # -- writing ------------------------------------------------------------------------------------

    def run(self, path, skip_invalid=False, dry_run=False):
        rows = read_rows(path)
        valid, errors = self.validate(rows)
        result = ImportResult(errors=errors)
        if errors and not skip_invalid:
            return result
        result.skipped = len(errors)
        if dry_run:
            return result
        with transaction.atomic():
            self.apply(valid, result)
            invalidate_facets()
        return result

    def _save_taxonomies(self):
        for cache in (self.issuers, self.fields, self.signers):
            new = [item for item in cache.values() if item.pk is None]
            for item in new:
                item.save()

    def apply(self, rows, result):
        self._save_taxonomies()
        now = timezone.now()
        existing = {}
        # In chunks: PostgreSQL takes at most 65,535 parameters in a statement.
        for numbers in chunked(sorted({row.number for row in rows}), LOOKUP_CHUNK):
            for doc in LegalDocument.objects.filter(number__in=numbers).select_related(
                "issuer", "document_type", "signer"
            ):
                existing[(doc.issuer_id, doc.number)] = doc
        taken_slugs = set(LegalDocument.objects.values_list("slug", flat=True))
        to_create, to_update, changed_rows = [], [], []
        for index, row in enumerate(rows, start=1):
            document = existing.get((row.issuer.pk, row.number))
            if document is None:
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
                to_create.append(document)
                changed_rows.append((row, document, True))
            else:
                before = [getattr(document, name) for name in COMPARED_FIELDS]
                for name, value in row.values.items():
                    setattr(document, name, value)
                self._derive(document)
                if [getattr(document, name) for name in COMPARED_FIELDS] != before:
                    to_update.append(document)
                    changed_rows.append((row, document, False))
                else:
                    changed_rows.append((row, document, None))
            if index % BATCH_SIZE == 0:
                self.progress(index, len(rows))
        LegalDocument.objects.bulk_create(to_create, batch_size=BATCH_SIZE)
        if to_update:
            LegalDocument.objects.bulk_update(
                to_update,
                [
                    *(name.removesuffix("_id") for name in COMPARED_FIELDS),
                    "search_text",
                    "validity_status",
                    "validity_until",
                    "updated_at",
                ],
                batch_size=BATCH_SIZE,
            )
        result.created, result.updated = len(to_create), len(to_update)
        targets = {target for row in rows for _kind, target in row.relations}
        by_slug = {}
        for chunk in chunked(sorted(targets), BATCH_SIZE):
            by_slug.update(LegalDocument.objects.filter(slug__in=chunk).values_list("slug", "pk"))
        touched = self._sync_children(changed_rows, by_slug, result)
        result.unchanged = len(rows) - result.created - result.updated
        refresh_relation_dates(touched)
        self._index([*to_create, *to_update])
        self._log(to_create, to_update)
        self.progress(len(rows), len(rows))

    def _derive(self, document):
        if not document.level:
            document.level = document.issuer.level
        document.search_text = build_search_text(document)
        document.body_search_text = build_body_search_text(document)
        document.validity_status, document.validity_until = compute_validity(document, self.today)
        document.updated_at = timezone.now()

    def _index(self, documents):
        """Add the created and changed documents to the search index(es), in bulk (what save() does one
        by one through Wagtail's signal handlers)."""
        from wagtail.search.backends import get_search_backends_with_name

        if not documents:
            return
        for name, backend in get_search_backends_with_name(with_auto_update=True):
            index = backend.get_index_for_model(LegalDocument)
            fast = type(index).__name__ == "PostgresIndex"
            for start in range(0, len(documents), INDEX_BATCH_SIZE):
                batch = documents[start : start + INDEX_BATCH_SIZE]
                try:
                    if fast:
                        add_to_postgres_index(index, backend, batch)
                    else:
                        backend.add_bulk(LegalDocument, batch)
                except Exception:  # as Wagtail does on save: a search server down must not stop the import
                    logger.exception("Could not index imported legal documents in the '%s' backend", name)
                    break
            if fast:
                index._refresh_title_norms()

    def _sync_children(self, changed_rows, by_slug, result):
        """Fields, relations and attachments: added or removed so that each document has exactly the row's."""
        # Documents created by this import have no fields, relations or files yet: look up the others only.
        ids = [document.pk for _row, document, state in changed_rows if state is not True]
        through = LegalDocument._meta.get_field("fields").remote_field.through
        current_fields = {}
        current_fields, current_relations, current_files = {}, {}, {}
        for chunk in chunked(ids, LOOKUP_CHUNK):
            for doc_id, field_id in through.objects.filter(legaldocument_id__in=chunk).values_list(
                "legaldocument_id", "legalfield_id"
            ):
                current_fields.setdefault(doc_id, set()).add(field_id)
            for rel_id, source_id, kind, target_id in LegalDocumentRelation.objects.filter(
                source_id__in=chunk
            ).values_list("pk", "source_id", "kind", "target_id"):
                current_relations.setdefault(source_id, {})[(kind, target_id)] = rel_id
            for doc_id, file_id in LegalDocumentAttachment.objects.filter(
                legal_document_id__in=chunk
            ).values_list("legal_document_id", "file_id"):
                current_files.setdefault(doc_id, set()).add(file_id)
        new_fields, new_relations, drop_relations, new_attachments, touched = [], [], [], [], set()
        field_changes = set()
        for row, document, state in changed_rows:
            wanted = {item.pk for item in row.fields}
            have = current_fields.get(document.pk, set())
            if wanted != have:
                field_changes.add(document.pk)
                if have - wanted:
                    through.objects.filter(
                        legaldocument_id=document.pk, legalfield_id__in=have - wanted
                    ).delete()
                new_fields += [
                    through(legaldocument_id=document.pk, legalfield_id=pk) for pk in wanted - have
                ]
            ordered = list(dict.fromkeys((kind, by_slug[target]) for kind, target in row.relations))
            wanted_relations = set(ordered)
            have_relations = current_relations.get(document.pk, {})
            for key, rel_id in have_relations.items():
                if key not in wanted_relations:
                    drop_relations.append(rel_id)
                    touched.add(key[1])
            for order, (kind, target_id) in enumerate(ordered):
                if (kind, target_id) in have_relations:
                    continue
                new_relations.append(
                    LegalDocumentRelation(
                        source_id=document.pk, kind=kind, target_id=target_id, sort_order=order
                    )
                )
                touched.add(target_id)
            if self.attachments_dir is not None:
                have_files = current_files.get(document.pk, set())
                for order, name in enumerate(row.attachments):
                    stored = self._document_file(Path(name).name)
                    if stored.pk not in have_files:
                        have_files.add(stored.pk)
                        new_attachments.append(
                            LegalDocumentAttachment(
                                legal_document_id=document.pk, file=stored, sort_order=order
                            )
                        )
                        field_changes.add(document.pk)
            if state is None and (document.pk in field_changes or wanted_relations != set(have_relations)):
                result.updated += 1
        through.objects.bulk_create(new_fields, batch_size=BATCH_SIZE)
        LegalDocumentRelation.objects.filter(pk__in=drop_relations).delete()
        LegalDocumentRelation.objects.bulk_create(new_relations, batch_size=BATCH_SIZE)
        LegalDocumentAttachment.objects.bulk_create(new_attachments, batch_size=BATCH_SIZE)
        if new_attachments:
            from .tasks import extract_attachment_text

            for doc_id in {item.legal_document_id for item in new_attachments}:
                extract_attachment_text.enqueue(doc_id)
        return touched

    def _document_file(self, name):
        """The Wagtail document holding the file `name` of the attachments folder, reused by content hash."""
        cache = self.__dict__.setdefault("_files", {})
        if name not in cache:
            cache[name] = self._store_file(name)
        return cache[name]

    def _store_file(self, name):
        path = self.attachments_dir / name
        data = path.read_bytes()
        digest = hashlib.sha1(data).hexdigest()
        model = get_document_model()
        found = model.objects.filter(file_hash=digest).first()
        if found is not None:
            return found
        document = model(title=path.stem, file=File(io.BytesIO(data), name=name))
        document._set_document_file_metadata()
        document.save()
        return document

    def _log(self, created, updated):
        """One audit entry per created or changed document ("legal_docs.import", one shared uuid), written
        by INSERT … SELECT from the documents (the import may be large: no model instance per entry)."""
        import uuid

        from django.contrib.contenttypes.models import ContentType
        from wagtail.models import ModelLogEntry

        connection = connections[LegalDocument.objects.db]
        meta = ModelLogEntry._meta
        constants = {
            "content_type_id": ContentType.objects.get_for_model(LegalDocument).pk,
            "action": "legal_docs.import",
            "timestamp": timezone.now(),
            "uuid": uuid.uuid4(),
            "content_changed": True,
            "deleted": False,
        }
        if self.user is not None:
            constants["user_id"] = self.user.pk
        columns = [meta.get_field(name.removesuffix("_id")).column for name in constants]
        constant_params = [
            meta.get_field(name.removesuffix("_id")).get_db_prep_save(value, connection)
            for name, value in constants.items()
        ]
        data_field = meta.get_field("data")
        documents_table = LegalDocument._meta.db_table
        types_table = DocumentType._meta.db_table
        for documents, is_new in ((created, True), (updated, False)):
            data = data_field.get_db_prep_save({"created": is_new, "published": self.publish}, connection)
            for chunk in chunked([document.pk for document in documents], BATCH_SIZE * 5):
                with connection.cursor() as cursor:
                    cursor.execute(
                        f"INSERT INTO {meta.db_table} ({', '.join(columns)}, object_id, label, data)"
                        f" SELECT {', '.join(['%s'] * len(columns))}, CAST(d.id AS VARCHAR(255)),"
                        f" SUBSTR(t.name || ' ' || d.number, 1, 255), %s"
                        f" FROM {documents_table} d INNER JOIN {types_table} t ON t.id = d.document_type_id"
                        f" WHERE d.id IN ({', '.join(['%s'] * len(chunk))})",
                        [*constant_params, data, *chunk],
                    )


def _weighted_vector_sql(slots, config):
    """SQL of the weighted vector modelsearch's ObjectIndexer.as_vector builds, from unnest columns. An
    empty text gives an empty vector, which changes nothing when concatenated (as_vector drops it)."""
    if config and not re.fullmatch(r"[A-Za-z0-9_.]+", str(config)):
        raise ValueError(f"unexpected search configuration {config!r}")
    prefix = f"'{config}'::regconfig, " if config else ""
    parts = []
    for column, weight in slots:
        if weight not in ("A", "B", "C", "D"):
            raise ValueError(f"unexpected search weight {weight!r}")
        parts.append(f"setweight(to_tsvector({prefix}COALESCE({column}, '')), '{weight}')")
    return " || ".join(parts) or "to_tsvector('')"


def add_to_postgres_index(index, backend, documents):
    """modelsearch's PostgreSQL `add_items` for many documents at once: the same rows in the same index
    table (title, autocomplete and body vectors with the same weights and configurations, and the plain
    texts), written by one INSERT … SELECT FROM unnest(arrays) … ON CONFLICT. modelsearch builds a
    Django expression tree per field and document and a VALUES list the size of the batch, which costs
    more than the rest of the import together. The title norms are refreshed once by the caller."""
    from modelsearch.backends.database.postgres.postgres import IndexEntry, ObjectIndexer
    from modelsearch.index import AutocompleteField, SearchField
    from modelsearch.utils import get_content_type_pk

    signature, texts = None, []
    for document in documents:
        indexer = ObjectIndexer(document, backend)
        entries = []
        for search_field in indexer.search_fields:
            for item, weight, value in indexer.prepare_field(document, search_field):
                if isinstance(item, SearchField):
                    entries.append(("title" if item.field_name == "title" else "body", weight, value.strip()))
                elif isinstance(item, AutocompleteField):
                    entries.append(("autocomplete", weight, value.strip()))
        shape = [(kind, weight) for kind, weight, _text in entries]
        if signature is None:
            signature = shape
        elif shape != signature:  # a related object missing on some document: modelsearch's own way
            backend.add_bulk(LegalDocument, documents)
            return
        texts.append([text for _kind, _weight, text in entries])
    if not texts:
        return
    columns = [f"t{number}" for number in range(len(signature))]

    def vector(kind, config):
        slots = [
            (f"u.{column}", weight)
            for column, (k, weight) in zip(columns, signature, strict=True)
            if k == kind
        ]
        return _weighted_vector_sql(slots, config)

    def plain(kind):
        return [
            " ".join(text for text, (k, _weight) in zip(row, signature, strict=True) if k == kind and text)
            for row in texts
        ]

    arrays = [
        [str(document.pk) for document in documents],
        *map(list, zip(*texts, strict=True)),
        plain("title"),
        plain("body"),
    ]
    unnest = ", ".join(["%s::text[]"] * len(arrays))
    with index.write_connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {IndexEntry._meta.db_table} (content_type_id, object_id, title, autocomplete, body,"
            f" title_norm, title_text, body_text)"
            f" SELECT %s, u.oid, {vector('title', backend.config)},"
            f" {vector('autocomplete', backend.autocomplete_config)}, {vector('body', backend.config)},"
            f" 1.0, u.title_text, u.body_text"
            f" FROM unnest({unnest}) AS u(oid, {', '.join(columns)}, title_text, body_text)"
            " ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title,"
            " title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body,"
            " title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
            [get_content_type_pk(LegalDocument), *arrays],
        )
