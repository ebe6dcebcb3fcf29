"""`seed_demo --reset` removes the royalties of the sample pages it deletes, and only those."""

import pytest
from django.core.management import call_command
from wagtail.models import ModelLogEntry

from legal_docs.models import LegalDocument
from moderation.royalties.models import RoyaltyLine, RoyaltyRecord
from moderation.royalties.services import record_royalty, records_for_pages
from sections.models import NewsPage

pytestmark = pytest.mark.django_db


def sample_page_ids():
    return set(NewsPage.objects.filter(is_sample_content=True).values_list("pk", flat=True))


def test_reset_deletes_the_royalties_of_the_sample_pages_and_builds_them_again():
    old_pages = sample_page_ids()
    old_records = set(records_for_pages(old_pages).values_list("pk", flat=True))
    assert len(old_records) == 8  # the demo's royalties: the eight most recent sample news
    assert RoyaltyLine.objects.filter(record__in=old_records, paid_on__isnull=False).exists()

    call_command("seed_demo", "--reset", verbosity=0)

    assert not RoyaltyRecord.objects.filter(pk__in=old_records).exists()
    assert not RoyaltyLine.objects.filter(record__in=old_records).exists()
    assert not records_for_pages(old_pages).exists()
    assert records_for_pages(sample_page_ids()).count() == 8
    deletions = ModelLogEntry.objects.filter(
        action="royalties.record.delete", object_id__in=map(str, old_records)
    )
    assert deletions.count() == 8
    assert {entry.data["reason"] for entry in deletions} == {"seed_demo --reset"}


def test_reset_keeps_royalties_of_other_items():
    document = LegalDocument.objects.order_by("pk").first()
    record = record_royalty(
        document, user=None, kind="khac", coefficient="1", outside_authors="Ông Ngô Văn Hải"
    )

    call_command("seed_demo", "--reset", verbosity=0)

    assert RoyaltyRecord.objects.filter(pk=record.pk).exists()
