"""What the preview of an import shows for a changed document: each changed field with its old and new value,
as a reader sees them (names of the type, signer, fields and related documents, dates as dd/mm/yyyy).

Only the first rows of each kind are previewed (`writing.PREVIEW_ROWS`), so the names are looked up for
those rows alone, in one query per kind of name.
"""

import datetime

from django.utils.translation import gettext as _

from ..models import (
    DocumentType,
    IssuingLevel,
    LegalDocument,
    LegalField,
    RelationKind,
    Signer,
    ValidityStatus,
)

EMPTY = "—"
CHOICES = {"level": IssuingLevel, "status_override": ValidityStatus}
NAMED = {"document_type": DocumentType, "signer": Signer}


def label(name):
    """The field's name as the admin's forms show it ("summary" → "Trích yếu"…)."""
    if name == "relations":
        return _("Relations")
    if name == "attachments":
        return _("Attached files")
    return str(LegalDocument._meta.get_field(name).verbose_name)


def diffs(rows):
    """Each row's `values` ({name: (old, new)}: raw values and children) turned into [{"field", "label",
    "old", "new"}] texts. `rows`: (preview row, values) pairs; the preview rows are changed in place."""
    wanted = {"document_type": set(), "signer": set(), "fields": set(), "documents": set(), "files": set()}
    for _row, values in rows:
        for name, pair in values.items():
            for value in pair:
                if name in NAMED and value:
                    wanted[name].add(value)
                elif name == "fields":
                    wanted["fields"] |= set(value)
                elif name == "relations":
                    wanted["documents"] |= {target for _kind, target in value}
    if not rows:
        return
    names = {
        "document_type": _names(DocumentType, wanted["document_type"]),
        "signer": _names(Signer, wanted["signer"]),
        "fields": _names(LegalField, wanted["fields"]),
        "documents": dict(
            LegalDocument.objects.filter(pk__in=wanted["documents"]).values_list("pk", "number")
        )
        if wanted["documents"]
        else {},
    }
    for row, values in rows:
        row["diff"] = [
            {"field": name, "label": label(name)}
            | {"old": _text(name, old, names), "new": _text(name, new, names)}
            for name, (old, new) in values.items()
        ]


def _names(model, ids):
    return dict(model.objects.filter(pk__in=ids).values_list("pk", "name")) if ids else {}


def _text(name, value, names):
    if name in NAMED:
        return names[name].get(value, EMPTY) if value else EMPTY
    if name == "fields":
        return "; ".join(sorted(names["fields"].get(pk, str(pk)) for pk in value)) or EMPTY
    if name == "relations":
        kinds = dict(RelationKind.choices)
        items = sorted(f"{kinds.get(kind, kind)} {names['documents'].get(pk, pk)}" for kind, pk in value)
        return "; ".join(items) or EMPTY
    if name == "attachments":
        return _("%(count)d file(s)") % {"count": len(value)}
    if name in CHOICES:
        return str(dict(CHOICES[name].choices).get(value, value)) if value else EMPTY
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    return str(value) if value not in (None, "") else EMPTY
