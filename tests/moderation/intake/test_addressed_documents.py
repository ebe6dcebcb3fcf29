"""Quy chế Art 7.1.c: a document received through the intake register whose "Nơi nhận" names the portal
becomes a draft legal document by itself, linked to its record, never published without the workflow."""

import datetime

import pytest
from django.test import Client
from wagtail.models import ModelLogEntry

from legal_docs.models import LegalDocument
from moderation.intake import services
from moderation.intake.drafts import records_for
from moderation.intake.models import Channel, IntakeRecord, Status
from moderation.intake.recipients import ACTION_ADDRESSED_DRAFT, addressed_to_portal
from moderation.workflows import WORKFLOW_NAME
from tests.factories.documents import docx_bytes, pdf_bytes
from tests.factories.legal_library import taxonomies

pytestmark = pytest.mark.django_db

HEADER = [
    "ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "PHƯỜNG DƯƠNG KINH                              Độc lập - Tự do - Hạnh phúc",
    "Số: 128/QĐ-UBND                      Dương Kinh, ngày 15 tháng 11 năm 2026",
    "",
    "QUYẾT ĐỊNH",
    "Về việc ban hành Kế hoạch chuyển đổi số phường Dương Kinh năm 2027",
    "",
    "ỦY BAN NHÂN DÂN PHƯỜNG DƯƠNG KINH",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Xét đề nghị của Văn phòng HĐND và UBND phường.",
    "",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số phường Dương Kinh năm 2027.",
    "Điều 2. Quyết định có hiệu lực kể từ ngày ký.",
    "Điều 3. Chánh Văn phòng HĐND và UBND phường, các tổ dân phố chịu trách nhiệm thi hành Quyết định này./.",
    "",
]
SIGNATURE = "                                         Nguyễn Văn An"


def document_text(*recipients):
    lines = [
        "Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN",
        "- Như Điều 3;                                       CHỦ TỊCH",
        "- TT Đảng ủy, HĐND phường;",
        "- Chủ tịch, các PCT UBND phường;",
        *recipients,
        "- Lưu: VT, VP.",
        SIGNATURE,
    ]
    return "\n".join(HEADER + lines)


TO_THE_PORTAL = document_text("- Cổng TTĐT phường (để đăng tải);")
SUBJECT = "V/v gửi Quyết định ban hành Kế hoạch chuyển đổi số năm 2027"


@pytest.fixture(autouse=True)
def library(db):
    return taxonomies()


def receive(body, channel=Channel.EMAIL, files=(), capture=None):
    with capture(execute=True):
        record = services.receive(
            channel=channel,
            subject=SUBJECT,
            body=body,
            files=files,
            sender_name="Văn phòng HĐND và UBND phường",
            sender_email="vanphong@duongkinh.test",
        )
    record.refresh_from_db()
    return record


@pytest.mark.parametrize(
    "recipient",
    [
        "- Cổng TTĐT phường (để đăng tải);",
        "- Cổng Thông tin điện tử phường Dương Kinh;",
        "- Cổng thông tin điện tử phường;",
        "- Cổng TTĐT;",
        "- CONG TTDT PHUONG DUONG KINH;",
        "- Trang duongkinh.haiphong.gov.vn;",
        "- Văn phòng (đăng Cổng TTĐT phường);",
    ],
)
def test_recipient_lists_naming_the_portal(recipient):
    assert addressed_to_portal(document_text(recipient))


@pytest.mark.parametrize(
    "recipient",
    [
        "- Cổng TTĐT thành phố;",
        "- Cổng Thông tin điện tử thành phố Hải Phòng;",
        "- Cổng TTĐT phường Hòa Nghĩa;",
        "- Cổng Dịch vụ công quốc gia;",
        "- Báo Hải Phòng;",
    ],
)
def test_recipient_lists_not_naming_the_portal(recipient):
    assert not addressed_to_portal(document_text(recipient))


def test_the_portal_named_outside_the_recipient_list_does_not_count():
    text = document_text("- Báo Hải Phòng;").replace(
        "Điều 2.", "Điều 2. Văn phòng đăng tải Kế hoạch trên Cổng Thông tin điện tử phường. Điều 2b."
    )
    assert not addressed_to_portal(text)


def test_an_emailed_decision_addressed_to_the_portal_becomes_a_linked_draft(
    django_capture_on_commit_callbacks,
):
    record = receive(TO_THE_PORTAL, capture=django_capture_on_commit_callbacks)

    document = LegalDocument.objects.get()
    assert not document.live and document.has_unpublished_changes
    assert document.number == "128/QĐ-UBND"
    assert document.document_type.name == "Quyết định"
    assert document.issuer.name == "Ủy ban nhân dân phường Dương Kinh"
    assert document.issued_on == datetime.date(2026, 11, 15)
    assert document.portal_is_recipient
    assert "Kế hoạch chuyển đổi số phường Dương Kinh năm 2027" in document.full_text
    assert document.get_latest_revision() is not None and document.live_revision is None
    # Linked both ways, and logged in both histories.
    assert list(records_for(document)) == [record]
    assert record.target_object_id == str(document.pk) and record.status == Status.IN_PROGRESS
    record_log = ModelLogEntry.objects.filter(object_id=str(record.pk), action=ACTION_ADDRESSED_DRAFT).get()
    assert record_log.user is None and record_log.data["target"] == str(document)
    assert ModelLogEntry.objects.filter(
        object_id=str(document.pk), action=services.PAGE_ACTION_FROM_INTAKE
    ).exists()
    # The same review workflow as a draft made by hand; the public sees nothing yet.
    assert document.get_workflow().name == WORKFLOW_NAME
    assert "128/QĐ-UBND" not in Client().get("/van-ban/").content.decode()


def test_the_recipients_are_read_from_an_attached_word_file(django_capture_on_commit_callbacks):
    text = document_text("- Cổng Thông tin điện tử phường Dương Kinh;")
    record = receive(
        "Kính gửi Ban Biên tập. Văn phòng gửi kèm Quyết định để đăng tải.",
        files=[("128-qd-ubnd.docx", docx_bytes(text.splitlines()), "docx")],
        capture=django_capture_on_commit_callbacks,
    )

    document = LegalDocument.objects.get()
    assert document.number == "128/QĐ-UBND"
    assert document.issued_on == datetime.date(2026, 11, 15)
    assert "Điều 1. Ban hành kèm theo Quyết định này" in document.full_text
    assert [attachment.title for attachment in document.attachments.all()] == ["128-qd-ubnd.docx"]
    assert list(records_for(document)) == [record]


def test_the_recipients_are_read_from_an_attached_pdf(django_capture_on_commit_callbacks):
    lines = [
        "UY BAN NHAN DAN PHUONG DUONG KINH",
        "So: 45/TB-UBND",
        "THONG BAO",
        "Lich tiep cong dan thang 12 nam 2026",
        "Noi nhan:",
        "- Cac to dan pho;",
        "- duongkinh.haiphong.gov.vn;",
        "- Luu: VT.",
    ]
    receive(
        "Gửi kèm thông báo.",
        files=[("45-tb-ubnd.pdf", pdf_bytes(lines), "pdf")],
        capture=django_capture_on_commit_callbacks,
    )

    document = LegalDocument.objects.get()
    assert document.number == "45/TB-UBND"
    assert document.document_type.name == "Thông báo"


@pytest.mark.parametrize(
    "body",
    [
        document_text("- Cổng TTĐT thành phố;"),
        "Kính gửi Ban Biên tập, xin đăng tin hoạt động của tổ dân phố.",
    ],
)
def test_documents_not_addressed_to_the_portal_stay_records_only(django_capture_on_commit_callbacks, body):
    record = receive(body, capture=django_capture_on_commit_callbacks)
    assert not LegalDocument.objects.exists()
    assert not record.has_draft and record.status == Status.NEW


def test_a_public_web_form_cannot_make_a_draft(django_capture_on_commit_callbacks, authority):
    record = receive(TO_THE_PORTAL, channel=Channel.WEB_FORM, capture=django_capture_on_commit_callbacks)
    assert not LegalDocument.objects.exists()
    assert not record.has_draft
    # Not even with a digitally signed PDF, which makes the record a signed document.
    signed = receive(
        TO_THE_PORTAL,
        channel=Channel.WEB_FORM,
        files=[("quyet-dinh.pdf", authority.signed_pdf(), "pdf")],
        capture=django_capture_on_commit_callbacks,
    )
    assert signed.channel == Channel.SIGNED_DOCUMENT
    assert not LegalDocument.objects.exists() and not signed.has_draft


def test_a_signed_document_received_by_email_makes_a_draft(django_capture_on_commit_callbacks, authority):
    record = receive(
        TO_THE_PORTAL,
        files=[("quyet-dinh.pdf", authority.signed_pdf(), "pdf")],
        capture=django_capture_on_commit_callbacks,
    )
    assert record.channel == Channel.SIGNED_DOCUMENT
    assert list(records_for(LegalDocument.objects.get())) == [record]


def test_without_a_legal_library_the_record_is_kept_for_an_editor(django_capture_on_commit_callbacks, caplog):
    from legal_docs.models import Issuer

    Issuer.objects.all().delete()
    record = receive(TO_THE_PORTAL, capture=django_capture_on_commit_callbacks)
    assert IntakeRecord.objects.filter(pk=record.pk).exists()
    assert not LegalDocument.objects.exists() and not record.has_draft
    assert "addressed to the portal" in caplog.text
