"""The comment form of a consultation page: stored before the receipt, refused in Vietnamese with what was
typed kept, stops robots and floods, and sends a receipt by email (a failed email loses nothing)."""

import pytest
from django.core import mail
from wagtail.models import ModelLogEntry

from moderation.consultations.models import ConsultationComment, Status
from tests.factories.sections import ConsultationPageFactory

from .conftest import comment_url, form_data

pytestmark = pytest.mark.django_db


def test_open_consultation_shows_the_labelled_form_with_its_articles(client, consultation):
    response = client.get(consultation.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'action="{comment_url(consultation)}"' in html
    for field in ("name", "email", "phone", "organisation", "article", "body", "consent"):
        assert f'for="id_{field}"' in html
    assert "csrfmiddlewaretoken" in html
    assert "Thông báo về dữ liệu cá nhân" in html
    assert '<option value="" selected>Toàn bộ dự thảo</option>' in html
    assert '<option value="Điều 2. Giờ mở cửa chợ">Điều 2. Giờ mở cửa chợ</option>' in html
    # A blank line in the editor's list is not an article.
    assert html.count("<option") == 4


def test_comment_is_stored_before_the_receipt_shows_its_code(
    client, consultation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(comment_url(consultation), form_data())
    assert response.status_code == 302
    comment = ConsultationComment.objects.get(page=consultation)
    assert comment.status == Status.PENDING
    assert comment.article == "Điều 2. Giờ mở cửa chợ"
    assert comment.phone == "0912 345 678"
    assert comment.tracking_code.startswith("YK-") and len(comment.tracking_code) == 12
    receipt = client.get(response["Location"])
    assert receipt.status_code == 200
    assert comment.tracking_code in receipt.content.decode()
    assert ModelLogEntry.objects.filter(object_id=str(comment.pk), action="consultations.received").exists()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["an.nguyen@example.vn"]
    assert comment.tracking_code in mail.outbox[0].subject
    assert consultation.title in mail.outbox[0].body
    comment.refresh_from_db()
    assert comment.acknowledged_at is not None


def test_a_phone_number_is_enough(client, consultation):
    response = client.post(comment_url(consultation), form_data(email="", article=""))
    assert response.status_code == 302
    comment = ConsultationComment.objects.get(page=consultation)
    assert comment.email == "" and comment.article == ""
    assert len(mail.outbox) == 0


def test_failed_receipt_email_keeps_the_comment(
    client, consultation, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 1  # nothing listens here
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(comment_url(consultation), form_data())
    assert response.status_code == 302
    comment = ConsultationComment.objects.get(page=consultation)
    assert comment.acknowledged_at is None
    assert comment.tracking_code in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"name": ""}, "name", "Vui lòng nhập họ và tên."),
        ({"body": "   "}, "body", "Vui lòng nhập ý kiến góp ý."),
        ({"email": "", "phone": ""}, "email", "Vui lòng cho biết email hoặc số điện thoại."),
        ({"email": "khong-phai-email"}, "email", "Vui lòng nhập địa chỉ email hợp lệ"),
        ({"consent": ""}, "consent", "Vui lòng xác nhận bạn đồng ý với thông báo về dữ liệu cá nhân."),
        ({"article": "Điều 9. Không có trong dự thảo"}, "article", "Vui lòng chọn toàn bộ dự thảo"),
        ({"body": "x" * 5001}, "body", "Ý kiến góp ý quá dài: tối đa 5000 ký tự (hiện có 5001)."),
        ({"name": "N" * 256}, "name", "Quá dài: tối đa 255 ký tự (hiện có 256)."),
        ({"organisation": "T" * 256}, "organisation", "Quá dài: tối đa 255 ký tự (hiện có 256)."),
        ({"phone": "9" * 41}, "phone", "Quá dài: tối đa 40 ký tự (hiện có 41)."),
    ],
)
def test_refused_fields_get_vietnamese_messages_and_the_rest_is_kept(
    client, consultation, overrides, field, message
):
    response = client.post(comment_url(consultation), form_data(**overrides))
    html = response.content.decode()
    assert response.status_code == 200
    assert ConsultationComment.objects.count() == 0
    assert 'role="alert"' in html and "data-error-summary" in html
    assert message in html
    assert 'aria-invalid="true"' in html
    assert f"id_{field}_error" in html
    # What the commenter typed is still there.
    if "body" not in overrides:
        assert "Đề nghị chợ mở cửa từ 5 giờ sáng vào mùa hè." in html
    if "name" not in overrides:
        assert 'value="Nguyễn Văn An"' in html


def test_honeypot_is_answered_like_a_person_and_stores_nothing(client, consultation):
    response = client.post(comment_url(consultation), form_data(website="http://spam.example"))
    assert response.status_code == 302
    assert ConsultationComment.objects.count() == 0
    assert client.get(response["Location"]).status_code == 200


def test_the_same_form_sent_twice_is_stored_once(client, consultation):
    data = form_data(submission_token="7d7a6f40-1c1e-4a52-9a65-3f4a1f1b2c3d")
    client.post(comment_url(consultation), data)
    client.post(comment_url(consultation), data)
    assert ConsultationComment.objects.count() == 1


def test_flood_is_refused_with_what_was_typed_and_accepted_comments_only_count(
    client, consultation, settings, ratelimit_clock
):
    settings.CONSULTATION_COMMENT_RATE_LIMIT = 2
    # A refused form does not use up a submission.
    assert client.post(comment_url(consultation), form_data(name="")).status_code == 200
    for _ in range(2):
        assert client.post(comment_url(consultation), form_data()).status_code == 302
    response = client.post(comment_url(consultation), form_data(body="Ý kiến lần thứ ba"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "Có quá nhiều lượt gửi từ kết nối của bạn." in html
    assert "Ý kiến lần thứ ba" in html
    assert ConsultationComment.objects.count() == 2
    assert client.post(comment_url(consultation), form_data(), REMOTE_ADDR="10.0.0.9").status_code == 302


def test_a_draft_or_private_consultation_takes_no_comment(client, consultation):
    draft = ConsultationPageFactory(title="Dự thảo chưa xuất bản", live=False)
    assert client.post(comment_url(draft), form_data()).status_code == 404
    assert client.post("/lay-y-kien/gop-y/999999/", form_data()).status_code == 404
    assert ConsultationComment.objects.count() == 0


def test_the_form_address_read_directly_leads_back_to_the_page(client, consultation):
    response = client.get(comment_url(consultation))
    assert response.status_code == 302
    assert response["Location"] == consultation.url


def test_receipt_page_without_a_comment_is_not_found(client):
    assert client.get("/lay-y-kien/gop-y/da-nhan/").status_code == 404
