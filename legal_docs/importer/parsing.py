"""Checking the rows of an import file: each row parsed into a document's values, or a reason per line.

The taxonomies are looked up once. Issuers, fields and signers named in the file and missing from the
database are made (unsaved) from their names, so that an export imports into an empty database; the
writer saves them (`RowParser.new_taxonomy_items`).
"""

import functools
from dataclasses import dataclass
from pathlib import Path

from django.utils.text import slugify
from django.utils.translation import gettext as _

from core.text import fold

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

TRUE_VALUES = ("1", "true", "co", "có", "x", "yes")


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


@functools.lru_cache(maxsize=4096)
def taxonomy_slug(value):
    """The slug of a taxonomy item named or slugged `value` (the same few values repeat on every row)."""
    return slugify(fold(value))[:100]


class RowParser:
    def __init__(self, attachments_dir=None):
        self.attachments_dir = attachments_dir
        self.types = {item.slug: item for item in DocumentType.objects.all()}
        self.types_by_name = {fold(item.name): item for item in self.types.values()}
        self.issuers = {item.slug: item for item in Issuer.objects.all()}
        self.fields = {item.slug: item for item in LegalField.objects.all()}
        self.signers = {item.slug: item for item in Signer.objects.all()}

    def new_taxonomy_items(self):
        """The issuers, fields and signers the file named that the database does not have yet."""
        return [
            item
            for cache in (self.issuers, self.fields, self.signers)
            for item in cache.values()
            if not item.pk
        ]

    def validate(self, rows):
        """(parsed rows, errors): every row checked, a document at most once, relations to known documents."""
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

    def parse(self, line, row):
        """The row as a `ParsedRow`; a `ValueError` saying what is wrong otherwise."""

        def get(key):
            return cell(str(row.get(key) or ""))

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
        dates = self._dates(get)
        summary = get("trich_yeu")
        if not summary:
            raise ValueError(_("the summary (trich_yeu) is missing"))
        status_override = get("tinh_trang_thu_cong")
        if status_override and status_override not in ValidityStatus.values:
            raise ValueError(_("unknown validity status “%(value)s”") % {"value": status_override})
        signer = self._signer(get)
        values = {
            "document_type": document_type,
            "level": level or "",
            "signer": signer,
            "signer_position": get("chuc_vu") or (signer.position if signer else ""),
            "summary": summary,
            "status_override": status_override,
            "portal_is_recipient": get("noi_nhan_cong").lower() in TRUE_VALUES,
            **dates,
        }
        slug = slugify(get("duong_dan")) or slug_from_number(number)
        return ParsedRow(
            line,
            number,
            slug,
            values,
            issuer,
            self._fields(row),
            self._relations(row),
            self._attachments(row),
        )

    def _taxonomy(self, cache, model, slug, name, extra=None):
        """The taxonomy item `slug`, made (unsaved until written) from `name` when it does not exist."""
        slug = taxonomy_slug(slug or name)
        if not slug:
            return None
        if slug not in cache:
            if not name:
                return None
            cache[slug] = model(slug=slug, name=name, **(extra or {}))
        return cache[slug]

    def _dates(self, get):
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
        return dates

    def _signer(self, get):
        signer_slug, signer_name = get("nguoi_ky"), get("nguoi_ky_ten")
        if not (signer_slug or signer_name):
            return None
        signer = self._taxonomy(self.signers, Signer, signer_slug, signer_name, {"position": get("chuc_vu")})
        if signer is None:
            raise ValueError(_("unknown signer “%(value)s”") % {"value": signer_slug})
        return signer

    def _fields(self, row):
        slugs, names = split_list(row.get("linh_vuc")), split_list(row.get("linh_vuc_ten"))
        fields = []
        for index, slug in enumerate(slugs):
            item = self._taxonomy(self.fields, LegalField, slug, names[index] if index < len(names) else "")
            if item is None:
                raise ValueError(_("unknown field “%(value)s”") % {"value": slug})
            fields.append(item)
        return fields

    def _relations(self, row):
        relations = []
        for item in split_list(row.get("quan_he")):
            kind, _sep, target = item.partition(":")
            if kind not in RelationKind.values or not target:
                raise ValueError(_("“%(value)s” is not a relation (kind:document)") % {"value": item})
            relations.append((kind, target.strip()))
        return relations

    def _attachments(self, row):
        names = split_list(row.get("tep_dinh_kem"))
        if self.attachments_dir is not None:
            for name in names:
                if not (self.attachments_dir / Path(name).name).is_file():
                    raise ValueError(
                        _("the attached file “%(value)s” is not in the folder") % {"value": name}
                    )
        return names
