"""Checking the rows of an import file: each row parsed into what it gives a document, or a reason per line.

What a row gives is only what its file carries: a column the file does not have leaves the document's
field as it is, and an empty cell clears the field only when the import is told to (`clear_empty`). The
taxonomies are found by slug, code or name (`taxonomies.TaxonomyIndex`); unknown ones are errors for
their row unless the import may create them.
"""

from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from ..citations import number_key
from ..forms import parse_date
from ..models import (
    DocumentType,
    Issuer,
    IssuingLevel,
    LegalDocument,
    LegalField,
    RelationKind,
    Signer,
    ValidityStatus,
    slug_from_number,
)
from .reading import cell, split_list
from .taxonomies import TaxonomyIndex

TRUE_VALUES = ("1", "true", "co", "có", "x", "yes")
LEVELS = frozenset(IssuingLevel.values)  # `Choices.values` builds its list anew at each use
STATUSES = frozenset(ValidityStatus.values)
NUMBER_KEY_LENGTH = LegalDocument._meta.get_field("number_key").max_length
# Relation columns: (direction, kind). "out": declared by the row's document ("replaces X"); "in": declared
# by the other document ("replaced by X" is X replacing the row's document).
RELATION_COLUMNS = {
    "can_cu": ("out", RelationKind.BASIS),
    "thay_the": ("out", RelationKind.REPLACES),
    "bi_thay_the_boi": ("in", RelationKind.REPLACES),
    "sua_doi": ("out", RelationKind.AMENDS),
    "bi_sua_doi_boi": ("in", RelationKind.AMENDS),
    "bai_bo": ("out", RelationKind.REPEALS),
    "bi_bai_bo_boi": ("in", RelationKind.REPEALS),
    "huong_dan": ("out", RelationKind.GUIDES),
    "duoc_huong_dan_boi": ("in", RelationKind.GUIDES),
}
# Columns a file may clear (with --clear-empty), and the value an empty cell gives.
CLEARABLE = {
    "cap_ban_hanh": ("level", ""),
    "chuc_vu": ("signer_position", ""),
    "ngay_hieu_luc": ("effective_on", None),
    "ngay_het_hieu_luc": ("expires_on", None),
    "tinh_trang_thu_cong": ("status_override", ""),
    "tinh_trang_tu_ngay": ("status_since", None),
    "noi_nhan_cong": ("portal_is_recipient", False),
}
REQUIRED_FOR_NEW = {
    "document_type": "loai",
    "issued_on": "ngay_ban_hanh",
    "summary": "trich_yeu",
}


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
    fields: list | None  # None: the file leaves the fields as they are
    relations: list = field(default_factory=list)  # (direction, kind, reference to the other document)
    replaced_relations: set = field(default_factory=set)  # (direction, kind) whose lists are complete
    attachments: list = field(default_factory=list)  # file names

    @property
    def key(self):
        return (self.issuer.slug, self.number)


class RowParser:
    def __init__(self, attachments_dir=None, *, clear_empty=False, replace_relations=False, create=False):
        self.attachments_dir = attachments_dir
        self.clear_empty = clear_empty
        self.replace_relations = replace_relations
        self.types = TaxonomyIndex(DocumentType, _("document type"))
        self.issuers = TaxonomyIndex(Issuer, _("issuing authority"), create)
        self.fields = TaxonomyIndex(LegalField, _("field"), create)
        self.signers = TaxonomyIndex(Signer, _("signer"), create)

    def new_taxonomy_items(self):
        """The issuers, fields and signers the file named that the database does not have yet."""
        return [item for index in (self.issuers, self.fields, self.signers) for item in index.new_items()]

    def validate(self, rows):
        """(parsed rows, errors): every row checked, a document at most once, new documents complete,
        related documents known."""
        parsed, errors, seen = [], [], {}
        for line, row in rows:
            try:
                item = self.parse(line, row)
            except ValueError as error:
                errors.append(RowError(line, str(error)))
                continue
            if item.key in seen:
                errors.append(
                    RowError(
                        line, _("the same document is already on line %(line)d") % {"line": seen[item.key]}
                    )
                )
                continue
            seen[item.key] = line
            parsed.append(item)
        existing = existing_keys(parsed)
        references = DocumentReferences(parsed)
        valid = []
        for item in parsed:
            reason = None
            if item.key not in existing:
                missing = [column for name, column in REQUIRED_FOR_NEW.items() if not item.values.get(name)]
                if missing:
                    reason = _("a new document needs %(columns)s") % {"columns": ", ".join(missing)}
            for _direction, _kind, reference in item.relations:
                if reason is None:
                    reason = references.problem(reference)
            if reason:
                errors.append(RowError(item.line, reason))
                continue
            valid.append(item)
        self.references = references
        return valid, sorted(errors, key=lambda error: error.line)

    def parse(self, line, row):
        """The row as a `ParsedRow`; a `ValueError` saying what is wrong otherwise."""

        def get(key):
            return cell(str(row.get(key) or ""))

        def given(key):
            """The column is in the file and the row fills it, or it is empty and may be cleared."""
            return key in row and (bool(get(key)) or self.clear_empty)

        number = get("so_ky_hieu")
        if not number:
            raise ValueError(_("the number (so_ky_hieu) is missing"))
        values = {}
        if get("loai") or get("loai_ten"):
            values["document_type"] = self.types.get(get("loai"), get("loai_ten"))
        level = get("cap_ban_hanh")
        if level and level not in LEVELS:
            raise ValueError(_("unknown issuing level “%(value)s”") % {"value": level})
        issuer = self._issuer(get("co_quan"), get("co_quan_ten"), level)
        for column, (name, empty) in CLEARABLE.items():
            if given(column):
                values[name] = get(column) or empty
        if "portal_is_recipient" in values:
            values["portal_is_recipient"] = get("noi_nhan_cong").lower() in TRUE_VALUES
        status = values.get("status_override")
        if status and status not in STATUSES:
            raise ValueError(_("unknown validity status “%(value)s”") % {"value": status})
        for column, name in (("trich_yeu", "summary"), ("ngay_ban_hanh", "issued_on")):
            if get(column):
                values[name] = get(column)
        self._dates(values)
        if get("nguoi_ky") or get("nguoi_ky_ten"):
            values["signer"] = self.signers.get(get("nguoi_ky"), get("nguoi_ky_ten"), position=get("chuc_vu"))
        elif self.clear_empty and ("nguoi_ky" in row or "nguoi_ky_ten" in row):
            values["signer"] = None
        slug = slug_from_number(get("duong_dan")) or slug_from_number(number)
        item = ParsedRow(line, number, slug, values, issuer, self._fields(row, given))
        self._relations(row, item)
        item.attachments = self._attachments(row)
        return item

    def _issuer(self, key, name, level):
        if not (key or name):
            raise ValueError(_("the issuing authority (co_quan or co_quan_ten) is missing"))
        if not level and self.issuers.create and self.issuers.find(key, name) is None:
            raise ValueError(_("give the issuing level (cap_ban_hanh) of the new issuing authority"))
        issuer = self.issuers.get(key, name, level=level)
        if issuer.pk and level and issuer.level != level:
            raise ValueError(
                _("“%(value)s” is the issuing authority “%(name)s” at level “%(level)s”, not “%(row_level)s”")
                % {
                    "value": name or key,
                    "name": issuer.name,
                    "level": IssuingLevel(issuer.level).label,
                    "row_level": IssuingLevel(level).label,
                }
            )
        return issuer

    def _dates(self, values):
        for name in ("issued_on", "effective_on", "expires_on", "status_since"):
            raw = values.get(name)
            if not raw:
                continue
            parsed = parse_date(raw)
            if parsed is None:
                raise ValueError(_("“%(value)s” is not a date") % {"value": raw})
            values[name] = parsed
        issued, effective, expires = (
            values.get(name) for name in ("issued_on", "effective_on", "expires_on")
        )
        if effective and issued and effective < issued:
            raise ValueError(_("the document takes effect before it is issued"))
        if expires and (effective or issued) and expires <= (effective or issued):
            raise ValueError(_("the end of validity comes before its start"))

    def _fields(self, row, given):
        if not (given("linh_vuc") or given("linh_vuc_ten")):
            return None
        slugs, names = split_list(row.get("linh_vuc")), split_list(row.get("linh_vuc_ten"))
        fields = []
        for index in range(max(len(slugs), len(names))):
            slug = slugs[index] if index < len(slugs) else ""
            name = names[index] if index < len(names) else ""
            fields.append(self.fields.get(slug, name))
        return fields

    def _relations(self, row, item):
        """The row's relations; with --replace-relations, the (direction, kind) lists the row gives in full
        (a filled cell, or an empty one with --clear-empty)."""
        if "quan_he" in row:
            values = split_list(row.get("quan_he"))
            for value in values:
                kind, _sep, target = value.partition(":")
                if kind not in RelationKind.values or not target.strip():
                    raise ValueError(_("“%(value)s” is not a relation (kind:document)") % {"value": value})
                item.relations.append(("out", kind, target.strip()))
            if self.replace_relations and (values or self.clear_empty):
                item.replaced_relations.update(("out", kind) for kind in RelationKind.values)
        for column, (direction, kind) in RELATION_COLUMNS.items():
            if column not in row:
                continue
            values = split_list(row.get(column))
            item.relations += [(direction, kind.value, value) for value in values]
            if self.replace_relations and (values or self.clear_empty):
                item.replaced_relations.add((direction, kind.value))

    def _attachments(self, row):
        names = split_list(row.get("tep_dinh_kem"))
        if self.attachments_dir is not None:
            for name in names:
                if not (self.attachments_dir / Path(name).name).is_file():
                    raise ValueError(
                        _("the attached file “%(value)s” is not in the folder") % {"value": name}
                    )
        return names


def existing_keys(rows):
    """The (issuer slug, number) of the rows' documents that exist already."""
    numbers = sorted({row.number for row in rows})
    found = set()
    for start in range(0, len(numbers), 20_000):
        found.update(
            LegalDocument.objects.filter(number__in=numbers[start : start + 20_000]).values_list(
                "issuer__slug", "number"
            )
        )
    return found


def stored_key(number):
    """`number_key` as a document stores it (the column's length)."""
    return number_key(number)[:NUMBER_KEY_LENGTH]


class DocumentReferences:
    """The documents a relation may name, by address (slug) or by number as written in any common form;
    the file's own rows included. A number two issuers use is ambiguous: name the document by its slug."""

    def __init__(self, rows):
        self.by_slug, self.by_number = {}, {}
        # The key each document stores (`LegalDocument.number_key`), rather than computing it again for
        # every document of the database at every import.
        documents = LegalDocument.objects.values_list("pk", "slug", "number", "number_key")
        for pk, slug, number, key in documents.iterator(2000):
            self.by_slug[slug] = pk
            self.by_number.setdefault(key or stored_key(number), set()).add(pk)
        for row in rows:
            token = ("row", row.key)
            existing = self.by_slug.get(row.slug)
            self.by_slug.setdefault(row.slug, token)
            numbers = self.by_number.setdefault(stored_key(row.number), set())
            if existing is None or existing not in numbers:
                numbers.add(token)

    def resolve(self, reference):
        """A document id, a ("row", key) token for a row of the file, or None."""
        if reference in self.by_slug:
            return self.by_slug[reference]
        found = self.by_number.get(stored_key(reference), set())
        return next(iter(found)) if len(found) == 1 else None

    def problem(self, reference):
        if reference in self.by_slug:
            return None
        found = self.by_number.get(stored_key(reference), set())
        if not found:
            return _("related document “%(value)s” not found") % {"value": reference}
        if len(found) > 1:
            return _("“%(value)s” is the number of several documents: give its address instead") % {
                "value": reference
            }
        return None
