"""Legal documents and their taxonomies, attachments and relations, and the /van-ban/ section.

Taxonomy factories find an existing row by its slug (made from the name), so `IssuerFactory()` is always the
ward's People's Committee and the document types are those the migration created (`DocumentTypeFactory(
name="Kế hoạch")` is the existing "ke-hoach"). `LegalDocumentFactory` saves a document as the workflow leaves
it: a revision, published unless `live=False`; `fields`, `attachments` (Wagtail documents) and `relations`
((kind, target) pairs) are saved with it, as the admin's form saves them.
"""

import datetime

import factory
from factory.django import DjangoModelFactory

from core.text import slugify_vi
from legal_docs.models import (
    DocumentType,
    Issuer,
    IssuingLevel,
    LegalDocument,
    LegalDocumentAttachment,
    LegalDocumentIndexPage,
    LegalDocumentRelation,
    LegalField,
    Signer,
)

from .core import BasePageFactory, html, portal_home
from .documents import DocumentFactory

AMENDS = "sua-doi"  # legal_docs RelationKind.AMENDS


class TaxonomyFactory(DjangoModelFactory):
    class Meta:
        abstract = True
        django_get_or_create = ("slug",)

    slug = factory.LazyAttribute(lambda taxonomy: slugify_vi(taxonomy.name, 100))


class DocumentTypeFactory(TaxonomyFactory):
    class Meta:
        model = DocumentType

    name = "Quyết định"


class IssuerFactory(TaxonomyFactory):
    class Meta:
        model = Issuer

    name = "Ủy ban nhân dân phường Dương Kinh"
    level = IssuingLevel.WARD


class LegalFieldFactory(TaxonomyFactory):
    class Meta:
        model = LegalField

    name = "Hành chính"


class SignerFactory(TaxonomyFactory):
    class Meta:
        model = Signer

    name = "Nguyễn Đức Thắng"
    position = "Chủ tịch"


class LegalDocumentFactory(DjangoModelFactory):
    """A decision of the ward, in force since it was issued, in the field "Hành chính"."""

    class Meta:
        model = LegalDocument

    number = factory.Sequence(lambda number: f"{number + 1}/2025/QĐ-UBND")
    summary = "Ban hành Quy chế quản lý, vận hành và khai thác Cổng Thông tin điện tử phường Dương Kinh"
    document_type = factory.SubFactory(DocumentTypeFactory)
    issuer = factory.SubFactory(IssuerFactory)
    signer = factory.SubFactory(SignerFactory)
    issued_on = datetime.date(2025, 8, 6)
    effective_on = factory.LazyAttribute(lambda document: document.issued_on)
    full_text = html(
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành và khai thác Cổng.",
        "Điều 2. Quyết định có hiệu lực kể từ ngày ký.",
    )
    fields = factory.LazyFunction(lambda: [LegalFieldFactory()])
    attachments = factory.LazyFunction(list)
    relations = factory.LazyFunction(list)
    live = True

    @classmethod
    def _create(cls, model_class, *args, live, fields, attachments, relations, **kwargs):
        document = model_class(*args, live=False, **kwargs)
        document.fields = list(fields)
        document.attachments = [
            item if isinstance(item, LegalDocumentAttachment) else LegalDocumentAttachment(file=item)
            for item in attachments
        ]
        document.relations = [LegalDocumentRelation(kind=kind, target=target) for kind, target in relations]
        document.save()
        revision = document.save_revision()  # from the object in memory, as the admin's views do
        if live:
            revision.publish(skip_permission_checks=True)
        return model_class.objects.get(pk=document.pk)


class LegalDocumentAttachmentFactory(DjangoModelFactory):
    """A file attached to a saved document; its text is extracted as when the document is saved."""

    class Meta:
        model = LegalDocumentAttachment

    legal_document = factory.SubFactory(LegalDocumentFactory)
    file = factory.SubFactory(DocumentFactory)
    kind = LegalDocumentAttachment.Kind.MAIN

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        attachment = super()._create(model_class, *args, **kwargs)
        attachment.legal_document.schedule_text_extraction()
        return attachment


class LegalDocumentRelationFactory(DjangoModelFactory):
    """`source` amends `target`; the target's validity dates follow, as when the source is saved."""

    class Meta:
        model = LegalDocumentRelation

    source = factory.SubFactory(LegalDocumentFactory)
    target = factory.SubFactory(LegalDocumentFactory)
    kind = AMENDS

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        relation = super()._create(model_class, *args, **kwargs)
        LegalDocument.objects.get(pk=relation.source_id).save()
        return relation


class LegalDocumentIndexPageFactory(BasePageFactory):
    """The /van-ban/ section (the session's skeleton has it already)."""

    class Meta:
        model = LegalDocumentIndexPage

    parent = factory.LazyFunction(portal_home)
    title = "Văn bản"
    intro = html("Cơ sở dữ liệu văn bản quy phạm pháp luật và văn bản chỉ đạo, điều hành của phường.")
