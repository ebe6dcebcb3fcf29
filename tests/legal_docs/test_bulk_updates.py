"""The set-based writes of the import and of a batch's approval (`core.bulk_copy.copy_update`,
`legal_docs.importer.bulk.set_for_ids`): every column type the documents have is stored as the ORM would
store it (on PostgreSQL by COPY into a temporary table and one UPDATE … FROM it), and only the rows given
change."""

import datetime

import pytest
from django.db.models import F

from core.bulk_copy import copy_update
from legal_docs.importer.bulk import set_for_ids
from legal_docs.models import LegalDocument

pytestmark = pytest.mark.django_db


def test_update_rows_stores_each_type_for_its_own_row_only(make_document, taxonomy):
    first = make_document("1/2024/QĐ-UBND", effective_on=datetime.date(2024, 6, 1))
    second = make_document("2/2024/QĐ-UBND", portal_is_recipient=True)
    untouched = make_document("3/2024/QĐ-UBND", summary="Không đổi")
    first.summary, first.effective_on, first.signer = (
        'Trích yếu có "ngoặc" và \\ lạ',
        None,
        taxonomy["signer"],
    )
    second.summary, second.portal_is_recipient, second.issued_on = "Thứ hai", False, datetime.date(2023, 1, 2)
    second.document_type = taxonomy["ke_hoach"]
    names = ["summary", "effective_on", "signer", "portal_is_recipient", "issued_on", "document_type"]
    assert copy_update(LegalDocument, [first, second], names) == 2
    stored = LegalDocument.objects.in_bulk([first.pk, second.pk, untouched.pk])
    assert (stored[first.pk].summary, stored[first.pk].effective_on) == (
        'Trích yếu có "ngoặc" và \\ lạ',
        None,
    )
    assert stored[first.pk].signer == taxonomy["signer"]
    assert (stored[second.pk].portal_is_recipient, stored[second.pk].issued_on) == (
        False,
        datetime.date(2023, 1, 2),
    )
    assert stored[second.pk].document_type == taxonomy["ke_hoach"]
    assert stored[untouched.pk].summary == "Không đổi"


def test_set_for_ids_takes_expressions_of_each_row(make_document):
    drafts = [make_document(f"{n}/2025/QĐ-UBND", live=False) for n in (4, 5)]
    other = make_document("6/2025/QĐ-UBND", live=False)
    for document in drafts:
        document.save_revision()
    assert (
        set_for_ids(LegalDocument, [d.pk for d in drafts], live=True, live_revision=F("latest_revision")) == 2
    )
    for document in LegalDocument.objects.filter(pk__in=[d.pk for d in drafts]):
        assert document.live and document.live_revision_id == document.latest_revision_id is not None
    assert not LegalDocument.objects.get(pk=other.pk).live
