"""/tiep-can-thong-tin/yeu-cau/: the request form of the Access to Information law; stored before the
requester is told, with its legal deadline; refused in Vietnamese with what was typed kept; the ID number
never shown back in public."""

import pytest
from django.core import mail

from moderation.reports.models import InformationRequest

from .conftest import HOSTILE

FORM = "/tiep-can-thong-tin/yeu-cau/"

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    data = {
        "requester_kind": "person",
        "full_name": "Hoàng Thị Mai",
        "id_number": "031190001234",
        "address": "Tổ dân phố Hòa Nghĩa, phường Dương Kinh",
        "phone": "0912 000 111",
        "email": "mai@example.com",
        "organisation": "",
        "organisation_role": "",
        "information": "Kế hoạch sử dụng đất năm 2026 của phường",
        "purpose": "Tìm hiểu trước khi xin cấp phép xây dựng",
        "delivery": "email",
        "delivery_address": "",
        "copies": "1",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def test_the_access_to_information_page_links_to_the_form(client, section):
    assert f'href="{FORM}"' in client.get(section("tiep-can-thong-tin").url).content.decode()


def test_request_is_stored_with_its_deadline_before_the_confirmation(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FORM, form_data())
    assert response.status_code == 302
    record = InformationRequest.objects.get()
    assert record.tracking_code.startswith("YC-")
    assert record.status == "received"
    assert record.deadline == record.compute_deadline()
    assert record.deadline > record.received_on
    confirmation = client.get(response["Location"]).content.decode()
    assert record.tracking_code in confirmation
    assert "031190001234" not in confirmation
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["mai@example.com"]
    assert "031190001234" not in mail.outbox[0].body


def test_missing_fields_get_vietnamese_messages_and_the_rest_is_kept(client):
    response = client.post(FORM, form_data(full_name="", information="", delivery="", consent=""))
    html = response.content.decode()
    assert response.status_code == 200
    assert not InformationRequest.objects.exists()
    for message in (
        "Vui lòng nhập họ và tên.",
        "Vui lòng ghi rõ thông tin bạn yêu cầu.",
        "Vui lòng chọn hình thức nhận thông tin.",
        "Vui lòng xác nhận bạn đồng ý",
    ):
        assert message in html
    assert "Tìm hiểu trước khi xin cấp phép xây dựng" in html


def test_a_phone_or_an_email_is_needed(client):
    response = client.post(FORM, form_data(phone="", email=""))
    assert "Vui lòng cho biết số điện thoại hoặc email" in response.content.decode()
    assert not InformationRequest.objects.exists()


def test_an_organisation_must_be_named_and_a_copy_by_post_needs_an_address(client):
    html = client.post(FORM, form_data(requester_kind="organisation", delivery="post")).content.decode()
    assert "Vui lòng nhập tên tổ chức." in html
    assert "Vui lòng nhập địa chỉ nhận bản sao." in html
    assert not InformationRequest.objects.exists()


@pytest.mark.parametrize("id_number", ["12 34", "<script>", "1" * 21, "12"])
def test_a_malformed_id_number_is_refused(client, id_number):
    response = client.post(FORM, form_data(id_number=id_number))
    assert response.status_code == 200
    assert not InformationRequest.objects.exists()


def test_too_long_text_is_refused(client):
    response = client.post(FORM, form_data(information="x" * 5001))
    assert response.status_code == 200
    assert not InformationRequest.objects.exists()


def test_the_honeypot_stores_nothing(client):
    assert client.post(FORM, form_data(website="x")).status_code == 302
    assert not InformationRequest.objects.exists()


def test_a_flood_is_refused_after_the_limit(client, settings):
    settings.INTAKE_RATE_LIMIT = 1
    assert client.post(FORM, form_data()).status_code == 302
    response = client.post(FORM, form_data(purpose="Lần thứ hai"))
    assert response.status_code == 429
    assert "Lần thứ hai" in response.content.decode()
    assert InformationRequest.objects.count() == 1


def test_stored_even_when_the_acknowledgement_cannot_be_sent(
    client, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 1
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FORM, form_data())
    assert response.status_code == 302
    assert InformationRequest.objects.get().acknowledged_at is None


def test_script_and_formulas_are_shown_inert_when_the_form_is_refused(client):
    data = form_data(full_name=HOSTILE, information=HOSTILE, purpose=HOSTILE, consent="")
    html = client.post(FORM, data).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html
