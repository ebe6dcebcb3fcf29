"""Everything the demo seeds can be read by the public: every sample page, legal document and file."""

import pytest
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.models import Page

from demo.loader import sample_page_models
from legal_docs.models import LegalDocument

pytestmark = pytest.mark.django_db


def test_every_seeded_page_answers_with_its_title(client):
    pages = [page for model in sample_page_models() for page in model.objects.filter(is_sample_content=True)]
    assert len(pages) == Page.objects.filter(depth__gte=2).count()
    failures = []
    for page in pages:
        response = client.get(page.url)
        if response.status_code != 200 or escape(page.title) not in response.content.decode():
            failures.append((page.url, response.status_code))
    assert failures == []


def test_every_seeded_legal_document_answers_with_its_number(client):
    documents = LegalDocument.objects.public().filter(is_sample_content=True)
    assert documents.count() >= 60
    failures = []
    for document in documents:
        response = client.get(document.get_url())
        if response.status_code != 200 or escape(document.number) not in response.content.decode():
            failures.append((document.number, response.status_code))
    assert failures == []


def test_every_seeded_file_can_be_downloaded(client):
    documents = get_document_model().objects.all()
    assert documents.count() == 15
    for document in documents:
        response = client.get(document.url)
        assert response.status_code == 200, document.title
        with document.file.open("rb") as stored:
            assert b"".join(response.streaming_content) == stored.read(), document.title
