"""Signed electronic documents: each signature's integrity, signer, time and trust are recorded."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from moderation.intake.models import Channel, IntakeRecord
from moderation.intake.signatures import check_pdf_signatures

from .samples import Authority, pdf_bytes, tamper

pytestmark = pytest.mark.django_db


def test_intact_signature_from_a_trusted_authority(authority, trust_store):
    [result] = check_pdf_signatures(authority.signed_pdf())
    assert result["intact"] and result["valid"] and result["trusted"]
    assert result["signer"] == "Nguyễn Văn Ký"
    assert result["organisation"] == "UBND phường Dương Kinh"
    assert result["signed_at"]


def test_tampered_pdf_is_flagged(authority, trust_store):
    [result] = check_pdf_signatures(tamper(authority.signed_pdf()))
    assert not result["intact"]
    assert not result["trusted"]


def test_signer_outside_the_trust_store_is_untrusted(trust_store):
    stranger = Authority("CA lạ")
    [result] = check_pdf_signatures(stranger.signed_pdf(common_name="Người lạ"))
    assert result["intact"]
    assert not result["trusted"]
    assert result["signer"] == "Người lạ"


def test_unsigned_pdf_has_no_signatures():
    assert check_pdf_signatures(pdf_bytes()) == []


def test_signed_pdf_on_the_form_makes_a_signed_document_record(client, authority, trust_store):
    signed = SimpleUploadedFile("ke-hoach.pdf", authority.signed_pdf(), content_type="application/pdf")
    response = client.post(
        "/lien-he/gui-thong-tin/",
        {
            "sender_name": "Văn phòng UBND",
            "subject": "Kế hoạch có chữ ký số",
            "body": "Gửi kèm văn bản điện tử.",
            "consent": "on",
            "attachments": [signed],
        },
    )
    assert response.status_code == 302
    record = IntakeRecord.objects.get(subject="Kế hoạch có chữ ký số")
    assert record.channel == Channel.SIGNED_DOCUMENT
    [signature] = record.attachments.get().signatures
    assert signature["trusted"] and signature["signer"] == "Nguyễn Văn Ký"
