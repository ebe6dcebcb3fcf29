"""The admin's documents are checked by content like the public's files (core.forms.DocumentForm)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.models import Document

from tests.factories.core import UserFactory
from tests.moderation.intake.samples import pdf_bytes
from tests.moderation.intake.test_hostile_files import pdf_with_javascript, zip_bomb

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="quan-tri-tai-lieu", superuser=True))
    return client


def add_document(client, name, data):
    return client.post(
        "/admin/documents/add/",
        {"title": "Báo cáo", "file": SimpleUploadedFile(name, data), "collection": 1},
    )


@pytest.mark.parametrize("name, make", [("bao-cao.docx", zip_bomb), ("bao-cao.pdf", pdf_with_javascript)])
def test_a_hostile_document_is_refused(admin_client, name, make):
    before = Document.objects.count()
    response = add_document(admin_client, name, make())
    assert response.status_code == 200
    assert "tệp đã bị từ chối" in response.content.decode()
    assert Document.objects.count() == before


def test_an_ordinary_pdf_is_accepted(admin_client):
    before = Document.objects.count()
    response = add_document(admin_client, "bao-cao.pdf", pdf_bytes())
    assert response.status_code == 302
    assert Document.objects.count() == before + 1
