"""A document's fields, relations and attached files, made exactly those of its imported row.

What the documents already have is read in a few queries (documents created by this import have none);
what is missing is added and what is no longer listed removed, in bulk.
"""

import hashlib
import io
from pathlib import Path

from django.core.files import File
from wagtail.documents import get_document_model

from ..models import LegalDocument, LegalDocumentAttachment, LegalDocumentRelation
from ..tasks import extract_attachment_text

BATCH_SIZE = 1000
LOOKUP_CHUNK = 20_000


def chunked(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


class ChildrenSync:
    def __init__(self, attachments_dir=None):
        self.attachments_dir = attachments_dir
        self.through = LegalDocument._meta.get_field("fields").remote_field.through
        self.stored_files = {}

    def sync(self, changed_rows, by_slug):
        """Give each document of `changed_rows` ((row, document, state): state True for created, False for
        updated, None for unchanged) the row's fields, relations and files. `by_slug` maps the relations'
        targets to ids. Returns (ids of documents whose relations to them changed, ids of documents whose
        fields, relations or files changed)."""
        existing = [document.pk for _row, document, state in changed_rows if state is not True]
        current_fields, current_relations, current_files = self._current(existing)
        new_fields, new_relations, drop_relations, new_attachments = [], [], [], []
        touched, changed = set(), set()
        for row, document, _state in changed_rows:
            wanted = {item.pk for item in row.fields}
            have = current_fields.get(document.pk, set())
            if wanted != have:
                changed.add(document.pk)
                if have - wanted:
                    self.through.objects.filter(
                        legaldocument_id=document.pk, legalfield_id__in=have - wanted
                    ).delete()
                new_fields += [
                    self.through(legaldocument_id=document.pk, legalfield_id=pk) for pk in wanted - have
                ]
            ordered = list(dict.fromkeys((kind, by_slug[target]) for kind, target in row.relations))
            wanted_relations, have_relations = set(ordered), current_relations.get(document.pk, {})
            if wanted_relations != set(have_relations):
                changed.add(document.pk)
            for key, relation_id in have_relations.items():
                if key not in wanted_relations:
                    drop_relations.append(relation_id)
                    touched.add(key[1])
            for order, (kind, target_id) in enumerate(ordered):
                if (kind, target_id) not in have_relations:
                    new_relations.append(
                        LegalDocumentRelation(
                            source_id=document.pk, kind=kind, target_id=target_id, sort_order=order
                        )
                    )
                    touched.add(target_id)
            if self.attachments_dir is not None:
                have_files = current_files.get(document.pk, set())
                for order, name in enumerate(row.attachments):
                    stored = self.stored_file(Path(name).name)
                    if stored.pk not in have_files:
                        have_files.add(stored.pk)
                        new_attachments.append(
                            LegalDocumentAttachment(
                                legal_document_id=document.pk, file=stored, sort_order=order
                            )
                        )
                        changed.add(document.pk)
        self.through.objects.bulk_create(new_fields, batch_size=BATCH_SIZE)
        LegalDocumentRelation.objects.filter(pk__in=drop_relations).delete()
        LegalDocumentRelation.objects.bulk_create(new_relations, batch_size=BATCH_SIZE)
        LegalDocumentAttachment.objects.bulk_create(new_attachments, batch_size=BATCH_SIZE)
        for document_id in {item.legal_document_id for item in new_attachments}:
            extract_attachment_text.enqueue(document_id)
        return touched, changed

    def _current(self, ids):
        """What the documents `ids` have: {id: field ids}, {id: {(kind, target id): relation id}}, {id: file
        ids}."""
        fields, relations, files = {}, {}, {}
        for chunk in chunked(ids, LOOKUP_CHUNK):
            for document_id, field_id in self.through.objects.filter(legaldocument_id__in=chunk).values_list(
                "legaldocument_id", "legalfield_id"
            ):
                fields.setdefault(document_id, set()).add(field_id)
            for relation_id, source_id, kind, target_id in LegalDocumentRelation.objects.filter(
                source_id__in=chunk
            ).values_list("pk", "source_id", "kind", "target_id"):
                relations.setdefault(source_id, {})[(kind, target_id)] = relation_id
            for document_id, file_id in LegalDocumentAttachment.objects.filter(
                legal_document_id__in=chunk
            ).values_list("legal_document_id", "file_id"):
                files.setdefault(document_id, set()).add(file_id)
        return fields, relations, files

    def stored_file(self, name):
        """The Wagtail document holding the file `name` of the attachments folder, reused by content hash."""
        if name not in self.stored_files:
            self.stored_files[name] = self._store_file(name)
        return self.stored_files[name]

    def _store_file(self, name):
        path = self.attachments_dir / name
        data = path.read_bytes()
        model = get_document_model()
        found = model.objects.filter(file_hash=hashlib.sha1(data).hexdigest()).first()
        if found is not None:
            return found
        document = model(title=path.stem, file=File(io.BytesIO(data), name=name))
        document._set_document_file_metadata()
        document.save()
        return document
