"""The text read from a legal document's files stays searchable through the review workflow.

The admin saves a document, which queues the extraction of its files' text into the row, then saves a
revision from the object it holds in memory, which has not seen that text; the workflow later publishes that
revision. Publishing must not write the revision's empty text back over what was extracted (the files did
not change, so nothing would ever extract it again) and lose the document from the searches of its files.
"""

import datetime

import pytest

from legal_docs.models import LegalDocument, LegalDocumentAttachment
from tests.factories.documents import DocumentFactory, pdf_bytes
from tests.factories.legal_docs import DocumentTypeFactory, IssuerFactory, SignerFactory

pytestmark = pytest.mark.django_db

WORD_ONLY_IN_THE_FILE = "Zetaxylograph"


def draft_with_a_file_as_the_admin_saves_it():
    """A new document with a PDF, saved then revised from the same object, as the admin's create view does."""
    document = LegalDocument(
        number="77/2026/QĐ-UBND",
        summary="Ban hành Kế hoạch tổ chức thực hiện nhiệm vụ năm 2026",
        document_type=DocumentTypeFactory(),
        issuer=IssuerFactory(),
        signer=SignerFactory(),
        issued_on=datetime.date(2026, 3, 2),
        live=False,
    )
    pdf = DocumentFactory(
        title="Phụ lục kèm theo",
        file__filename="phu-luc.pdf",
        file__data=pdf_bytes([f"Phu luc {WORD_ONLY_IN_THE_FILE} kem theo Quyet dinh"]),
    )
    document.attachments = [LegalDocumentAttachment(file=pdf)]
    document.save()
    revision = document.save_revision()
    return document, revision


def test_the_extracted_text_is_in_the_row_before_the_review():
    document, _revision = draft_with_a_file_as_the_admin_saves_it()
    stored = LegalDocument.objects.get(pk=document.pk)
    assert WORD_ONLY_IN_THE_FILE in stored.extracted_text
    assert WORD_ONLY_IN_THE_FILE.lower() in stored.body_search_text


def test_publishing_the_reviewed_revision_keeps_the_text_of_the_files():
    document, revision = draft_with_a_file_as_the_admin_saves_it()
    revision.publish(skip_permission_checks=True)  # what the workflow's final approval does
    published = LegalDocument.objects.get(pk=document.pk)
    assert published.live
    assert WORD_ONLY_IN_THE_FILE in published.extracted_text
    assert WORD_ONLY_IN_THE_FILE.lower() in published.body_search_text


def test_the_public_list_finds_the_published_document_by_a_word_of_its_file(client, section):
    document, revision = draft_with_a_file_as_the_admin_saves_it()
    revision.publish(skip_permission_checks=True)
    response = client.get(section("van-ban").url, {"q": WORD_ONLY_IN_THE_FILE.lower()})
    assert response.status_code == 200
    assert "77/2026/QĐ-UBND" in response.content.decode()
