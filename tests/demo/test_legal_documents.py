"""The demo records: enough documents across types and years, QĐ 218/2025 with its full text and grounds."""

import unicodedata

import pytest
from django.core.management import call_command
from wagtail.models import Revision

from legal_docs.models import LegalDocument

pytestmark = pytest.mark.django_db


def test_the_demo_has_sixty_documents_across_types_and_years():
    documents = LegalDocument.objects.public()
    assert documents.count() >= 60
    assert documents.values("document_type").distinct().count() >= 8
    assert documents.dates("issued_on", "year").count() >= 10
    assert all(unicodedata.is_normalized("NFC", text) for text in documents.values_list("summary", flat=True))


def test_decision_218_carries_its_full_text_its_file_and_the_documents_it_cites():
    decision = LegalDocument.objects.get(number="218/2025/QĐ-UBND")
    assert decision.live and decision.portal_is_recipient
    assert "Điều 15. Trách nhiệm của các cơ quan liên quan" in decision.full_text
    assert decision.attachments.count() == 1
    cited = set(decision.relations.filter(kind="can-cu").values_list("target__number", flat=True))
    assert {"42/2022/NĐ-CP", "85/2016/NĐ-CP", "22/2023/TT-BTTTT", "139/2025/QĐ-UBND"} <= cited


def test_running_the_demo_loader_again_changes_no_document():
    before = (
        LegalDocument.objects.count(),
        Revision.objects.filter(base_content_type__model="legaldocument").count(),
    )
    call_command("seed_demo", verbosity=0)
    after = (
        LegalDocument.objects.count(),
        Revision.objects.filter(base_content_type__model="legaldocument").count(),
    )
    assert after == before
