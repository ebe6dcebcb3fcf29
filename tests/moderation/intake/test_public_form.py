"""The public form at /lien-he/gui-thong-tin/: stores before confirming, refuses bad input in Vietnamese
and keeps the rest, checks files, stops robots and floods, and acknowledges by email."""

import pytest
from django.core import mail
from django.test import Client
from wagtail.models import ModelLogEntry

from moderation.intake.models import Channel, IntakeRecord, Status

from .samples import docx_bytes, mp4_bytes, pdf_bytes, png_bytes

SUBMIT = "/lien-he/gui-thong-tin/"

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("earlier_records")]


@pytest.fixture
def submitted(earlier_records):
    """The records the test sent, not those the register held before."""
    return lambda: IntakeRecord.objects.exclude(pk__in=[record.pk for record in earlier_records])


def form_data(**overrides):
    data = {
        "sender_name": "Nguyễn Thị Hoa",
        "sender_email": "hoa@example.com",
        "sender_phone": "0912 345 678",
        "sender_address": "Tổ dân phố Phúc Hải",
        "subject": "Đường ngõ 12 bị ngập sau mưa",
        "body": "Sau trận mưa tối qua, ngõ 12 ngập sâu, đề nghị phường kiểm tra.",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def upload(name, data, content_type="application/octet-stream"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data, content_type=content_type)


def test_form_is_labelled_and_has_privacy_notice_and_consent(client):
    response = client.get(SUBMIT)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Thông báo về dữ liệu cá nhân" in html
    for field in ("sender_name", "sender_email", "subject", "body", "attachments", "consent"):
        assert f'for="id_{field}"' in html
    assert "csrfmiddlewaretoken" in html


def test_submission_is_stored_before_the_confirmation_shows_its_code(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SUBMIT, form_data())
    assert response.status_code == 302
    record = IntakeRecord.objects.get(subject="Đường ngõ 12 bị ngập sau mưa")
    assert record.channel == Channel.WEB_FORM
    assert record.status == Status.NEW
    assert record.sender_phone == "0912 345 678"
    confirmation = client.get(response["Location"])
    assert record.tracking_code in confirmation.content.decode()
    assert ModelLogEntry.objects.filter(object_id=str(record.pk), action="intake.received").exists()
    # The acknowledgement carries the code, and is recorded.
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["hoa@example.com"]
    assert record.tracking_code in mail.outbox[0].subject + mail.outbox[0].body
    record.refresh_from_db()
    assert record.acknowledged_at is not None


def test_tracking_code_is_short_and_unambiguous(client, submitted):
    client.post(SUBMIT, form_data())
    code = submitted().get().tracking_code
    assert len(code) == 12 and code.startswith("DK-")
    assert not set(code[8:]) & set("01OIL")


def test_failed_acknowledgement_keeps_the_record(
    client, settings, django_capture_on_commit_callbacks, submitted
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 1  # nothing listens here
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SUBMIT, form_data())
    assert response.status_code == 302
    record = submitted().get()
    assert record.acknowledged_at is None


def test_missing_fields_get_vietnamese_messages_and_the_rest_is_kept(client, submitted):
    response = client.post(SUBMIT, form_data(subject="", consent=""))
    html = response.content.decode()
    assert response.status_code == 200
    assert submitted().count() == 0
    assert 'role="alert"' in html
    assert "Vui lòng nhập tiêu đề." in html
    assert 'aria-describedby="id_subject_error"' in html
    assert 'aria-invalid="true"' in html
    # What the sender typed is still there.
    assert "Sau trận mưa tối qua, ngõ 12 ngập sâu" in html
    assert 'value="Nguyễn Thị Hoa"' in html


def test_accepted_files_are_stored_with_type_and_size(client, submitted):
    files = [
        upload("anh.png", png_bytes(), "image/png"),
        upload("van-ban.docx", docx_bytes()),
        upload("to-trinh.pdf", pdf_bytes(), "application/pdf"),
        upload("clip.mp4", mp4_bytes(), "video/mp4"),
    ]
    response = client.post(SUBMIT, {**form_data(), "attachments": files})
    assert response.status_code == 302
    record = submitted().get()
    kinds = sorted(record.attachments.values_list("kind", flat=True))
    assert kinds == ["docx", "mp4", "pdf", "png"]
    attachment = record.attachments.get(kind="png")
    assert attachment.size == len(png_bytes())
    assert attachment.file.read() == png_bytes()


def test_disguised_file_is_refused_with_a_clear_message_and_the_rest_kept(client, submitted):
    fake = upload("hinh-anh.jpg", b"MZ\x90\x00 this is a program, not a photo" * 10, "image/jpeg")
    response = client.post(SUBMIT, {**form_data(), "attachments": [fake]})
    html = response.content.decode()
    assert response.status_code == 200
    assert submitted().count() == 0
    assert "không khớp với phần mở rộng" in html
    assert "hinh-anh.jpg" in html
    assert "Đường ngõ 12 bị ngập sau mưa" in html


def test_file_of_an_unaccepted_type_is_refused(client, submitted):
    response = client.post(SUBMIT, {**form_data(), "attachments": [upload("chay.exe", b"MZ" * 100)]})
    assert submitted().count() == 0
    assert "không phải loại tệp được chấp nhận" in response.content.decode()


def test_oversized_file_is_refused(client, settings, submitted):
    settings.INTAKE_MAX_ATTACHMENT_SIZE = 1024
    big = upload("lon.pdf", pdf_bytes() + b"%" * 2048, "application/pdf")
    response = client.post(SUBMIT, {**form_data(), "attachments": [big]})
    html = response.content.decode()
    assert submitted().count() == 0
    assert "quá lớn" in html
    assert "Đường ngõ 12 bị ngập sau mưa" in html


def test_honeypot_stores_nothing(client, submitted):
    response = client.post(SUBMIT, form_data(website="http://spam.example"))
    assert response.status_code == 302
    assert submitted().count() == 0


def test_rate_limit_per_address(client, settings, ratelimit_clock, submitted):
    settings.INTAKE_RATE_LIMIT = 2
    for _ in range(2):
        assert client.post(SUBMIT, form_data()).status_code == 302
    response = client.post(SUBMIT, form_data(subject="Lần thứ ba"))
    assert response.status_code == 429
    assert submitted().count() == 2
    html = response.content.decode()
    assert "Lần thứ ba" in html
    assert "Có quá nhiều lượt gửi từ kết nối của bạn." in html
    # Another address is not affected; the address is not stored on any record.
    other = client.post(SUBMIT, form_data(), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302
    assert not any("127.0.0.1" in str(value) for value in submitted().values_list())


def test_rate_limit_per_browser_session(client, settings, ratelimit_clock, submitted):
    """Many people behind one address (the ward office's Wi-Fi) share a generous per-address limit; one
    browser still sends no more than PUBLIC_FORM_SESSION_RATE_LIMIT, whatever the address allows."""
    settings.INTAKE_RATE_LIMIT = 100
    settings.PUBLIC_FORM_SESSION_RATE_LIMIT = 2
    for _ in range(2):
        assert client.post(SUBMIT, form_data()).status_code == 302
    response = client.post(SUBMIT, form_data(subject="Lần thứ ba"))
    assert response.status_code == 429
    assert "Lần thứ ba" in response.content.decode()
    assert submitted().count() == 2
    # Another browser behind the same address is not affected.
    neighbour = Client()
    assert neighbour.post(SUBMIT, form_data(subject="Người hàng xóm")).status_code == 302
    assert submitted().filter(subject="Người hàng xóm").exists()


def test_the_form_opens_again_when_the_window_has_passed(client, settings, ratelimit_clock, submitted):
    settings.INTAKE_RATE_LIMIT = 1
    settings.INTAKE_RATE_WINDOW = 600
    assert client.post(SUBMIT, form_data()).status_code == 302
    assert client.post(SUBMIT, form_data()).status_code == 429
    assert client.get(SUBMIT).status_code == 200  # reading the form is never limited

    ratelimit_clock.advance(600)

    assert client.post(SUBMIT, form_data(subject="Sau mười phút")).status_code == 302
    assert submitted().filter(subject="Sau mười phút").exists()


def test_the_rate_limit_counter_is_keyed_with_the_secret_key(client, settings, ratelimit_clock):
    """The counter's cache key is an HMAC under SECRET_KEY (core/ratelimit.py), so nobody reading the cache
    can tell which address wrote: under another key the same address starts a new count."""
    settings.INTAKE_RATE_LIMIT = 1
    assert client.post(SUBMIT, form_data()).status_code == 302
    assert client.post(SUBMIT, form_data()).status_code == 429

    settings.SECRET_KEY = "another-long-secret-key-for-this-test-only-0123456789"

    assert client.post(SUBMIT, form_data()).status_code == 302


def test_contact_page_links_to_the_form_and_the_status_page(client):
    html = client.get("/lien-he/").content.decode()
    assert 'href="/lien-he/gui-thong-tin/"' in html
    assert 'href="/lien-he/tra-cuu/"' in html
