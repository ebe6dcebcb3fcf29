"""A document's fields, relations and attached files: read in bulk, changed as a file asks, written in bulk.

`Children` is what one document has (or should have). `read_children` loads it for many documents in a few
queries; `write_children` makes the stored children exactly those wanted, adding what is missing and
removing what is no longer listed, in bulk. The import decides what is wanted (it only adds, and removes
only what the file's complete lists leave out); the approval of a batch writes what its revisions hold.
"""

import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

from django.core.files import File
from wagtail.documents import get_document_model

from core.bulk_copy import copy_create

from ..models import LegalDocument, LegalDocumentAttachment, LegalDocumentRelation

BATCH_SIZE = 1000
LOOKUP_CHUNK = 20_000


def chunked(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _order(item):
    """Children in their order, those without one (None) last, new ones after stored ones."""
    value = item[1]
    missing = float("inf")
    order = value["sort_order"]
    return (missing if order is None else order, missing if value["pk"] is None else value["pk"])


@dataclass
class Children:
    fields: set = field(default_factory=set)  # field ids
    relations: dict = field(default_factory=dict)  # (kind, target id) → {"pk", "note", "sort_order"}
    attachments: dict = field(default_factory=dict)  # file id → {"pk", "title", "kind", "sort_order"}

    def copy(self):
        return Children(
            set(self.fields),
            {key: dict(value) for key, value in self.relations.items()},
            {key: dict(value) for key, value in self.attachments.items()},
        )

    def comparable(self):
        return (self.fields, set(self.relations), set(self.attachments))

    def add_relation(self, kind, target_id):
        if (kind, target_id) not in self.relations:
            order = max((item["sort_order"] or 0 for item in self.relations.values()), default=-1) + 1
            self.relations[(kind, target_id)] = {"pk": None, "note": "", "sort_order": order}

    def content(self, document_id):
        """The children as a revision's content holds them (modelcluster's `serializable_data`)."""
        return {
            "fields": sorted(self.fields),
            "relations": [
                {"pk": value["pk"], "sort_order": value["sort_order"], "source": document_id, "kind": kind}
                | {"target": target, "note": value["note"]}
                for (kind, target), value in sorted(self.relations.items(), key=_order)
            ],
            "attachments": [
                {"pk": value["pk"], "sort_order": value["sort_order"], "legal_document": document_id}
                | {"file": file_id, "title": value["title"], "kind": value["kind"]}
                for file_id, value in sorted(self.attachments.items(), key=_order)
            ],
        }

    @classmethod
    def from_content(cls, content):
        return cls(
            set(content.get("fields", [])),
            {
                (item["kind"], item["target"]): {
                    "pk": item.get("pk"),
                    "note": item.get("note", ""),
                    "sort_order": item.get("sort_order"),
                }
                for item in content.get("relations", [])
            },
            {
                item["file"]: {
                    "pk": item.get("pk"),
                    "title": item.get("title", ""),
                    "kind": item.get("kind") or LegalDocumentAttachment.Kind.MAIN,
                    "sort_order": item.get("sort_order"),
                }
                for item in content.get("attachments", [])
            },
        )


def through_model():
    return LegalDocument._meta.get_field("fields").remote_field.through


def read_children(ids):
    """{document id: Children} for the documents `ids` (every id present), and {document id: {(kind,
    source id)}} of the relations other documents declare towards them."""
    through = through_model()
    found = {pk: Children() for pk in ids}
    incoming = {pk: set() for pk in ids}
    for chunk in chunked(sorted(ids), LOOKUP_CHUNK):
        for document_id, field_id in through.objects.filter(legaldocument_id__in=chunk).values_list(
            "legaldocument_id", "legalfield_id"
        ):
            found[document_id].fields.add(field_id)
        for pk, source_id, kind, target_id, note, order in LegalDocumentRelation.objects.filter(
            source_id__in=chunk
        ).values_list("pk", "source_id", "kind", "target_id", "note", "sort_order"):
            found[source_id].relations[(kind, target_id)] = {"pk": pk, "note": note, "sort_order": order}
        for source_id, kind, target_id in LegalDocumentRelation.objects.filter(
            target_id__in=chunk
        ).values_list("source_id", "kind", "target_id"):
            incoming[target_id].add((kind, source_id))
        for pk, document_id, file_id, title, kind, order in LegalDocumentAttachment.objects.filter(
            legal_document_id__in=chunk
        ).values_list("pk", "legal_document_id", "file_id", "title", "kind", "sort_order"):
            found[document_id].attachments[file_id] = {
                "pk": pk,
                "title": title,
                "kind": kind,
                "sort_order": order,
            }
    return found, incoming


def write_children(wanted, current):
    """Make the stored children of each document of `wanted` ({id: Children}) exactly those, given what
    they are now (`current`, as `read_children` gives it). Returns the ids whose relations changed and
    the ids of their targets (their validity dates follow), and the ids whose files changed."""
    through = through_model()
    add_fields, add_relations, add_files, drop_relations, drop_files, touched = [], [], [], [], [], set()
    drop_fields = {}
    for pk, children in wanted.items():
        have = current.get(pk) or Children()
        for field_id in have.fields - children.fields:
            drop_fields.setdefault(pk, set()).add(field_id)
        add_fields += [through(legaldocument_id=pk, legalfield_id=i) for i in children.fields - have.fields]
        for key, value in have.relations.items():
            if key not in children.relations:
                drop_relations.append(value["pk"])
                touched.update((pk, key[1]))
        for (kind, target), value in children.relations.items():
            if (kind, target) not in have.relations:
                add_relations.append(
                    LegalDocumentRelation(
                        source_id=pk,
                        kind=kind,
                        target_id=target,
                        note=value["note"] or "",
                        sort_order=value["sort_order"],
                    )
                )
                touched.update((pk, target))
        drop_files += [
            value["pk"] for key, value in have.attachments.items() if key not in children.attachments
        ]
        for file_id, value in children.attachments.items():
            if file_id not in have.attachments:
                add_files.append(
                    LegalDocumentAttachment(
                        legal_document_id=pk,
                        file_id=file_id,
                        title=value["title"],
                        kind=value["kind"],
                        sort_order=value["sort_order"],
                    )
                )
    for pk, field_ids in drop_fields.items():
        through.objects.filter(legaldocument_id=pk, legalfield_id__in=field_ids).delete()
    copy_create(through, add_fields)
    LegalDocumentRelation.objects.filter(pk__in=drop_relations).delete()
    copy_create(LegalDocumentRelation, add_relations)
    LegalDocumentAttachment.objects.filter(pk__in=drop_files).delete()
    copy_create(LegalDocumentAttachment, add_files)
    files_changed = {
        pk
        for pk, children in wanted.items()
        if set(children.attachments) != set((current.get(pk) or Children()).attachments)
    }
    return touched, files_changed


class StoredFiles:
    """The Wagtail documents holding the files of the attachments folder, reused by content hash."""

    def __init__(self, folder):
        self.folder = folder
        self.stored = {}

    def get(self, name):
        if name not in self.stored:
            self.stored[name] = self._store(name)
        return self.stored[name]

    def _store(self, name):
        path = self.folder / Path(name).name
        data = path.read_bytes()
        model = get_document_model()
        found = model.objects.filter(file_hash=hashlib.sha1(data).hexdigest()).first()
        if found is not None:
            return found
        document = model(title=path.stem, file=File(io.BytesIO(data), name=path.name))
        document._set_document_file_metadata()
        document.save()
        return document
