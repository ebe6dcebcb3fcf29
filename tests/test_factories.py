"""The factories build what their names say: pages live through a revision in their section (or drafts),
people in their roles, documents with extractable text, and records the admin and the public pages show."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageLogEntry

from core.permissions import CONTRIBUTOR, EDITOR
from legal_docs.models import LegalDocument
from moderation.royalties.models import RoyaltyRecord
from sections.models import NewsPage
from tests.factories import blocks
from tests.factories.core import PASSWORD, UserFactory
from tests.factories.documents import DocumentFactory, docx_bytes
from tests.factories.legal_docs import (
    LegalDocumentAttachmentFactory,
    LegalDocumentFactory,
    LegalDocumentRelationFactory,
)
from tests.factories.moderation import (
    EmergencyPublicationFactory,
    IntakeAttachmentFactory,
    RoyaltyRecordFactory,
    SectionAssignmentFactory,
)
from tests.factories.sections import NewsPageFactory, PhotoGalleryPageFactory, SchedulePageFactory

pytestmark = pytest.mark.django_db


def test_a_page_is_published_through_a_revision_in_its_section(client, section):
    page = NewsPageFactory(with_image=True, body=blocks.every_body_block())
    assert page.get_parent().specific == section("tin-tuc")
    assert page.live and page.live_revision_id == page.latest_revision_id is not None
    assert page.first_published_at is not None and page.image_alt == page.image.description
    assert list(PageLogEntry.objects.filter(page=page).values_list("action", flat=True).order_by("pk")) == [
        "wagtail.create",
        "wagtail.publish",
    ]
    assert [block.block_type for block in page.body] == [
        "heading",
        "paragraph",
        "image",
        "table",
        "quote",
        "paragraph",
    ]
    assert client.get(page.url).status_code == 200


def test_a_draft_has_a_revision_and_is_not_public(client):
    page = NewsPageFactory(live=False)
    assert not page.live and page.latest_revision_id is not None and page.live_revision_id is None
    assert client.get(page.url).status_code == 404


def test_pages_with_the_same_title_get_their_own_slugs():
    first, second = NewsPageFactory.create_batch(2, title="Thông báo nghỉ lễ")
    assert (first.slug, second.slug) == ("thong-bao-nghi-le", "thong-bao-nghi-le-1")


def test_inline_rows_are_saved_with_the_page():
    schedule = SchedulePageFactory()
    assert schedule.entries.count() == 3
    assert len(PhotoGalleryPageFactory().photos) == 4


def test_people_get_their_roles_their_sections_and_a_password(section):
    editor = UserFactory(roles=[EDITOR])
    contributor = UserFactory(sections=[section("tin-tuc")])
    assert list(editor.groups.values_list("name", flat=True)) == [EDITOR]
    assert contributor.groups.filter(name=CONTRIBUTOR).exists()
    assert editor.check_password(PASSWORD)
    with pytest.raises(ValueError):
        UserFactory(roles=["Không có nhóm này"])
    assert not Group.objects.filter(name="Không có nhóm này").exists()


def test_a_section_assignment_puts_the_contributor_in_the_section_group(section):
    assignment = SectionAssignmentFactory()
    assert assignment.section.specific == section("tin-tuc")
    assert assignment.user.groups.filter(name__endswith=section("tin-tuc").title).exists()


def test_legal_documents_live_or_draft_with_fields_attachments_and_relations(client):
    word = DocumentFactory(file__filename="phu-luc.docx", file__data=docx_bytes(["Phụ lục danh mục thủ tục"]))
    document = LegalDocumentFactory(attachments=[word])
    draft = LegalDocumentFactory(live=False)
    assert document.live and document.live_revision_id is not None and document.fields.count() == 1
    assert "Phụ lục danh mục thủ tục" in document.extracted_text
    assert not draft.live and draft.latest_revision_id is not None
    assert client.get(document.url).status_code == 200 and client.get(draft.url).status_code == 404

    attachment = LegalDocumentAttachmentFactory(legal_document=draft)
    assert LegalDocument.objects.get(pk=draft.pk).extracted_from == str(attachment.file_id)
    relation = LegalDocumentRelationFactory(target=document)
    assert LegalDocument.objects.get(pk=document.pk).amended_on == relation.source.effective_on


def test_editorial_records():
    attachment = IntakeAttachmentFactory()
    assert attachment.record.tracking_code.startswith("DK-")
    assert attachment.file.read().startswith(b"%PDF") and attachment.size == attachment.file.size
    publication = EmergencyPublicationFactory()
    assert publication.page_title == publication.page.title and not publication.is_acknowledged

    author = UserFactory()
    record = RoyaltyRecordFactory(authors=[author, "Phạm Văn Hải"], coefficient=3)
    assert RoyaltyRecord.objects.for_object(NewsPage.objects.get(pk=record.object_id)).get() == record
    assert record.amount == 3 * record.rate
    assert sorted(line.amount for line in record.lines.all()) == [record.amount // 2] * 2
    assert record.lines.filter(user=author).exists()
