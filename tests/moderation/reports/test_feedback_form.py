"""/lien-he/gop-y/: a reader reports a problem with the portal, with the page it came from; stored before
the confirmation, acknowledged by email, refused in Vietnamese with what was typed kept."""

import re

import pytest
from django.core import mail
from wagtail.models import ModelLogEntry

from moderation.reports.models import PortalFeedback

from .conftest import HOSTILE

FORM = "/lien-he/gop-y/"

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    data = {
        "kind": "broken_link",
        "page_url": "/tin-tuc/",
        "description": "Đường dẫn tới tệp kế hoạch năm 2026 báo lỗi không tìm thấy.",
        "sender_name": "Vũ Minh Tâm",
        "sender_email": "tam@example.com",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def test_page_comes_from_the_trang_parameter_or_the_referer(client):
    assert 'value="/tin-tuc/abc/"' in client.get(FORM, {"trang": "/tin-tuc/abc/"}).content.decode()
    html = client.get(FORM, HTTP_REFERER="http://testserver/van-ban/?q=1").content.decode()
    assert 'value="/van-ban/?q=1"' in html


def page_field(html):
    return re.search(r"<input[^>]*name=\"page_url\"[^>]*>", html).group(0)


def test_a_page_of_another_site_is_not_prefilled(client):
    html = client.get(FORM, {"trang": "https://evil.example/tin-tuc/"}).content.decode()
    assert "value=" not in page_field(html)
    html = client.get(FORM, HTTP_REFERER="//evil.example/x").content.decode()
    assert "value=" not in page_field(html)


def test_feedback_is_stored_before_the_confirmation_shows_its_code(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FORM, form_data())
    assert response.status_code == 302
    record = PortalFeedback.objects.get()
    assert record.page_url == "/tin-tuc/"
    assert record.kind == "broken_link"
    assert record.status == "new"
    assert record.tracking_code.startswith("GY-")
    assert record.tracking_code in client.get(response["Location"]).content.decode()
    assert ModelLogEntry.objects.filter(object_id=str(record.pk), action="reports.received").exists()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["tam@example.com"]
    assert record.tracking_code in mail.outbox[0].subject


def test_anonymous_feedback_needs_no_consent_and_sends_no_email(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FORM, form_data(sender_name="", sender_email="", consent=""))
    assert response.status_code == 302
    assert PortalFeedback.objects.get().sender_email == ""
    assert mail.outbox == []


def test_contact_details_without_consent_are_refused(client):
    response = client.post(FORM, form_data(consent=""))
    assert response.status_code == 200
    assert "Vui lòng xác nhận bạn đồng ý" in response.content.decode()
    assert not PortalFeedback.objects.exists()


def test_missing_fields_get_vietnamese_messages_and_the_rest_is_kept(client):
    response = client.post(FORM, form_data(kind="", description=""))
    html = response.content.decode()
    assert response.status_code == 200
    assert not PortalFeedback.objects.exists()
    assert "Vui lòng chọn vấn đề bạn gặp." in html
    assert "Vui lòng mô tả vấn đề." in html
    assert 'value="Vũ Minh Tâm"' in html
    assert 'aria-invalid="true"' in html


@pytest.mark.parametrize(
    "page_url", ["https://evil.example/tin-tuc/", "javascript:alert(1)", "//evil.example/", "tin-tuc"]
)
def test_an_address_outside_the_portal_is_refused(client, page_url):
    response = client.post(FORM, form_data(page_url=page_url))
    assert response.status_code == 200
    assert "Hãy nhập địa chỉ một trang của Cổng này." in response.content.decode()
    assert not PortalFeedback.objects.exists()


def test_a_full_address_of_the_portal_is_stored_as_its_path(client):
    client.post(FORM, form_data(page_url="http://testserver/gioi-thieu/?a=1"))
    assert PortalFeedback.objects.get().page_url == "/gioi-thieu/?a=1"


def test_too_long_text_is_refused(client):
    response = client.post(FORM, form_data(description="x" * 5001))
    assert response.status_code == 200
    assert not PortalFeedback.objects.exists()


def test_the_honeypot_stores_nothing_and_looks_like_success(client):
    response = client.post(FORM, form_data(website="http://spam.example"))
    assert response.status_code == 302
    assert not PortalFeedback.objects.exists()


def test_a_form_sent_twice_is_stored_once(client):
    data = form_data(submission_token="7b0f7d8e-6a4d-4f39-9a43-1c4f7e9e2b11")
    client.post(FORM, data)
    client.post(FORM, data)
    assert PortalFeedback.objects.count() == 1


def test_a_flood_is_refused_after_the_limit_and_refused_forms_do_not_count(client, settings):
    settings.INTAKE_RATE_LIMIT = 2
    client.post(FORM, form_data(description=""))  # refused: does not count
    assert client.post(FORM, form_data()).status_code == 302
    assert client.post(FORM, form_data()).status_code == 302
    response = client.post(FORM, form_data(description="Lần thứ ba"))
    assert response.status_code == 429
    assert "Lần thứ ba" in response.content.decode()
    assert PortalFeedback.objects.count() == 2


def test_stored_even_when_the_acknowledgement_cannot_be_sent(
    client, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 1  # nothing listens here
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FORM, form_data())
    assert response.status_code == 302
    record = PortalFeedback.objects.get()
    assert record.acknowledged_at is None
    assert record.tracking_code in client.get(response["Location"]).content.decode()


def test_script_and_formulas_are_shown_inert_when_the_form_is_refused(client):
    data = form_data(sender_name=HOSTILE, description=HOSTILE, sender_email="not-an-email")
    html = client.post(FORM, data).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html


def test_every_content_page_and_the_footer_link_to_the_form(client, section):
    html = client.get(section("gioi-thieu").url).content.decode()
    assert f'href="{FORM}?trang=/gioi-thieu/"' in html
    assert f'href="{FORM}"' in html


def test_the_acknowledgement_is_plain_text_with_the_code(client, django_capture_on_commit_callbacks):
    """Whatever the sender typed reaches their mailbox as plain text: no HTML part a script could run in."""
    with django_capture_on_commit_callbacks(execute=True):
        client.post(FORM, form_data(sender_name=HOSTILE))
    message = mail.outbox[0]
    assert message.content_subtype == "plain" and not getattr(message, "alternatives", [])
    assert PortalFeedback.objects.get().tracking_code in message.body
    assert "\n" not in message.subject
