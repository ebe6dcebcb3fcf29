"""Tình trạng hiệu lực from the dates and the relations, and relations shown in both directions."""

import datetime

import pytest
from django.utils import timezone

from legal_docs.models import LegalDocument, ValidityStatus, compute_status

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("legal_library")]

D = datetime.date
TODAY = timezone.localdate()
PAST = TODAY - datetime.timedelta(days=30)
FUTURE = TODAY + datetime.timedelta(days=30)


def sql_status(document):
    return LegalDocument.objects.with_status().get(pk=document.pk).status


def assert_status(document, expected):
    document.refresh_from_db()
    assert compute_status(document) == expected
    assert sql_status(document) == expected


def test_a_document_without_dates_beyond_issue_is_in_force(make_document):
    assert_status(make_document("1/TT-TN", issued_on=PAST), ValidityStatus.IN_FORCE)


def test_a_document_taking_effect_later_is_not_yet_in_force(make_document):
    assert_status(make_document("2/TT-TN", issued_on=PAST, effective_on=FUTURE), ValidityStatus.NOT_YET)


def test_a_document_past_its_end_date_is_no_longer_in_force(make_document):
    document = make_document("3/TT-TN", issued_on=D(2020, 1, 1), expires_on=PAST)
    assert_status(document, ValidityStatus.EXPIRED)


def test_replacement_and_repeal_end_a_document_once_the_new_one_takes_effect(make_document):
    old = make_document("4/TT-TN", issued_on=D(2020, 1, 1))
    make_document("5/TT-TN", issued_on=PAST, effective_on=FUTURE, relations=[("thay-the", old)])
    assert_status(old, ValidityStatus.IN_FORCE)  # not yet: the replacement is not in force
    older = make_document("6/TT-TN", issued_on=D(2019, 1, 1))
    make_document("7/TT-TN", issued_on=PAST, relations=[("bai-bo", older)])
    assert_status(older, ValidityStatus.EXPIRED)


def test_amendment_and_partial_repeal_make_a_document_partly_out_of_force(make_document):
    amended = make_document("8/TT-TN", issued_on=D(2020, 1, 1))
    make_document("9/TT-TN", issued_on=PAST, relations=[("sua-doi", amended)])
    assert_status(amended, ValidityStatus.PARTLY)
    partly = make_document("10/TT-TN", issued_on=D(2020, 1, 1))
    make_document("11/TT-TN", issued_on=PAST, relations=[("bai-bo-mot-phan", partly)])
    assert_status(partly, ValidityStatus.PARTLY)


def test_a_draft_replacement_changes_nothing_until_it_is_published(make_document):
    old = make_document("12/TT-TN", issued_on=D(2020, 1, 1))
    draft = make_document("13/TT-TN", issued_on=PAST, relations=[("thay-the", old)], live=False)
    assert_status(old, ValidityStatus.IN_FORCE)
    draft.save_revision().publish(skip_permission_checks=True)
    assert_status(old, ValidityStatus.EXPIRED)


def test_the_manual_status_wins(make_document):
    document = make_document("14/TT-TN", issued_on=PAST, status_override=ValidityStatus.PARTLY)
    assert_status(document, ValidityStatus.PARTLY)


def test_decree_224_2026_in_force_replaces_decree_42_2022(legal_library):
    old = LegalDocument.objects.get(pk=legal_library["42/2022/NĐ-CP"].pk)
    assert compute_status(old) == sql_status(old) == ValidityStatus.EXPIRED
    assert old.incoming_relations.filter(kind="thay-the", source__number="224/2026/NĐ-CP").exists()
    # the decree it guides, 67/2006/QH11, is not replaced by it: still in force
    assert_status(legal_library["67/2006/QH11"], ValidityStatus.IN_FORCE)


def test_relations_are_shown_in_both_directions(client):
    new = client.get("/van-ban/224-2026-nd-cp/").content.decode()
    assert "Replaces" in new or "Thay thế" in new
    assert "/van-ban/42-2022-nd-cp/" in new
    old = client.get("/van-ban/42-2022-nd-cp/").content.decode()
    assert "Replaced by" in old or "Được thay thế bởi" in old
    assert "/van-ban/224-2026-nd-cp/" in old
    assert "het-hieu-luc" not in old  # the label is shown, not the slug


def test_the_detail_page_shows_metadata_attachments_pdf_link_and_citation(client):
    response = client.get("/van-ban/218-2025-qd-ubnd/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "218/2025/QĐ-UBND",
        "Ủy ban nhân dân phường Dương Kinh",
        "Đặng Xuân Diện",
        "16/08/2025",
        ".pdf",
        "Luật Tổ chức chính quyền địa phương",
        "Điều 1.",
    ):
        assert text in html, text
    assert "PDF" in html and "KB" in html or "MB" in html
    document = LegalDocument.objects.get(number="218/2025/QĐ-UBND")
    assert document.citation() in html.replace("&#x27;", "'")
    assert document.outgoing() and len(document.outgoing()) >= 10


def test_an_unknown_or_draft_document_is_not_found(client, make_document):
    assert client.get("/van-ban/khong-co-van-ban-nay/").status_code == 404
    draft = make_document("15/NHÁP-TN", live=False)
    assert client.get(f"/van-ban/{draft.slug}/").status_code == 404


def test_the_address_comes_from_the_number_and_stays(make_document):
    document = make_document("16/2026/QĐ-TN")
    assert document.slug == "16-2026-qd-tn"
    document.number = "16/2026/QĐ-TN2"
    document.save()
    assert document.slug == "16-2026-qd-tn"


def test_the_same_number_from_two_issuers_gets_two_addresses(make_document):
    first = make_document("17/QĐ-UBND-TN")
    second = make_document("17/QĐ-UBND-TN", issuer="other_issuer")
    assert first.slug != second.slug
