"""The form at /hoi-dap/dat-cau-hoi/: stores the question before showing its code, refuses bad input in
Vietnamese and keeps the rest, checks the file, stops robots and floods, acknowledges by email."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import ModelLogEntry

from moderation.questions.models import QuestionRecord, Status
from tests.moderation.intake.samples import pdf_bytes

from .conftest import ASK, form_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("published_answer")]


def test_form_offers_the_fields_of_published_answers_and_other(client):
    html = client.get(ASK).content.decode()
    assert '<option value="Hộ tịch">Hộ tịch</option>' in html
    assert '<option value="khac">Khác</option>' in html
    assert "Thông báo về dữ liệu cá nhân" in html
    for name in ("asker_name", "asker_email", "asker_phone", "field", "question", "attachment", "consent"):
        assert f'for="id_{name}"' in html
    assert "csrfmiddlewaretoken" in html


def test_question_is_stored_before_the_confirmation_shows_its_code(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ASK, form_data())
    assert response.status_code == 302
    record = QuestionRecord.objects.get()
    assert record.status == Status.NEW
    assert record.field == "Hộ tịch"
    assert record.tracking_code.startswith("HD-")
    assert record.deadline > record.received_at.date()
    confirmation = client.get(response["Location"]).content.decode()
    assert record.tracking_code in confirmation
    assert record.deadline.strftime("%d/%m/%Y") in confirmation
    assert ModelLogEntry.objects.filter(object_id=str(record.pk), action="questions.received").exists()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["hoa@example.com"]
    assert record.tracking_code in mail.outbox[0].subject
    assert "/hoi-dap/tra-cuu/" in mail.outbox[0].body
    record.refresh_from_db()
    assert record.acknowledged_at is not None


def test_phone_alone_is_enough_and_other_field_is_stored_empty(client):
    response = client.post(ASK, form_data(asker_email="", field="khac"))
    assert response.status_code == 302
    record = QuestionRecord.objects.get()
    assert (record.asker_email, record.asker_phone, record.field) == ("", "0912 345 678", "")
    assert len(mail.outbox) == 0


def test_no_contact_at_all_is_refused_and_what_was_typed_is_kept(client):
    response = client.post(ASK, form_data(asker_email="", asker_phone=""))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Vui lòng nhập email hoặc số điện thoại" in html
    assert "thủ tục đăng ký khai sinh" in html
    assert not QuestionRecord.objects.exists()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("asker_name", "Vui lòng nhập họ và tên."),
        ("field", "Vui lòng chọn lĩnh vực của câu hỏi."),
        ("question", "Vui lòng nhập câu hỏi."),
        ("consent", "Vui lòng xác nhận bạn đồng ý với thông báo về dữ liệu cá nhân."),
    ],
)
def test_each_missing_field_is_refused_in_vietnamese(client, name, message):
    data = form_data()
    data.pop(name)
    response = client.post(ASK, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert f'id="id_{name}_error"' in html
    assert not QuestionRecord.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"question": "x" * 5001}, "question"),
        ({"asker_name": "x" * 256}, "asker_name"),
        ({"asker_phone": "gọi tôi nhé"}, "asker_phone"),
        ({"asker_email": "khong-phai-email"}, "asker_email"),
        ({"field": "Lĩnh vực bịa ra"}, "field"),
    ],
)
def test_too_long_or_malformed_input_is_refused(client, overrides, field):
    response = client.post(ASK, form_data(**overrides))
    assert response.status_code == 200
    assert f'id="id_{field}_error"' in response.content.decode()
    assert not QuestionRecord.objects.exists()


def test_a_disguised_file_is_refused_and_a_pdf_is_kept(client):
    disguised = SimpleUploadedFile("giay-to.pdf", b"MZ\x90\x00 not a pdf at all", "application/pdf")
    response = client.post(ASK, {**form_data(), "attachment": disguised})
    assert response.status_code == 200
    assert 'id="id_attachment_error"' in response.content.decode()
    assert not QuestionRecord.objects.exists()

    good = SimpleUploadedFile("giay-khai-sinh.pdf", pdf_bytes(), "application/pdf")
    assert client.post(ASK, {**form_data(), "attachment": good}).status_code == 302
    record = QuestionRecord.objects.get()
    assert record.attachment_name == "giay-khai-sinh.pdf"
    assert record.attachment.read().startswith(b"%PDF")


def test_a_too_large_file_is_refused(client, settings):
    settings.INTAKE_MAX_ATTACHMENT_SIZE = 1000
    big = SimpleUploadedFile("lon.pdf", pdf_bytes() + b"\n" * 2000, "application/pdf")
    response = client.post(ASK, {**form_data(), "attachment": big})
    assert response.status_code == 200
    assert "quá lớn" in response.content.decode()
    assert not QuestionRecord.objects.exists()


def test_honeypot_gets_a_confirmation_and_stores_nothing(client):
    response = client.post(ASK, form_data(website="http://spam.example"))
    assert response.status_code == 302
    assert not QuestionRecord.objects.exists()


def test_the_same_form_sent_twice_is_stored_once(client):
    token = "5b0c3c52-7d0e-4d8e-9a56-3c1f0d3f8a11"
    client.post(ASK, form_data(submission_token=token))
    client.post(ASK, form_data(submission_token=token))
    assert QuestionRecord.objects.count() == 1


def test_flood_is_refused_after_the_limit_with_what_was_typed_kept(client, settings):
    settings.INTAKE_RATE_LIMIT = 2
    for number in range(2):
        assert client.post(ASK, form_data(question=f"Câu hỏi số {number}")).status_code == 302
    response = client.post(ASK, form_data(question="Câu hỏi thứ ba"))
    assert response.status_code == 429
    assert "Câu hỏi thứ ba" in response.content.decode()
    assert QuestionRecord.objects.count() == 2


def test_refused_forms_do_not_count_against_the_limit(client, settings):
    settings.INTAKE_RATE_LIMIT = 1
    for _ in range(3):
        assert client.post(ASK, form_data(asker_name="")).status_code == 200
    assert client.post(ASK, form_data()).status_code == 302


def test_question_is_stored_when_the_acknowledgement_cannot_be_sent(
    client, settings, django_capture_on_commit_callbacks, caplog
):
    settings.EMAIL_BACKEND = "tests.moderation.questions.broken_mail.BrokenBackend"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ASK, form_data())
    assert response.status_code == 302
    record = QuestionRecord.objects.get()
    assert record.tracking_code in client.get(response["Location"]).content.decode()
    assert record.acknowledged_at is None
    assert f"sender of {record.tracking_code} failed (questions/acknowledgement_email.txt)" in caplog.text
