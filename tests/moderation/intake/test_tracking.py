"""The status page at /lien-he/tra-cuu/: the code and the sender's own email or phone show the status, and
nothing else about anyone."""

import pytest

from moderation.intake.models import IntakeRecord, Status
from tests.factories.moderation import IntakeRecordFactory
from tests.factories.sections import NewsPageFactory

from .test_public_form import SUBMIT, form_data

TRACK = "/lien-he/tra-cuu/"

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("earlier_records")]


@pytest.fixture
def record():
    return IntakeRecordFactory(
        subject="Phản ánh rác thải tại chợ",
        body="Nội dung riêng tư của người gửi",
        sender_name="Vũ Văn Hải",
        sender_email="hai@example.com",
        sender_phone="0987.654.321",
        status=Status.NOT_PUBLISHED,
        status_reason="Đã chuyển bộ phận chuyên môn giải quyết.",
    )


def test_code_and_email_show_status_and_reason(client, record):
    response = client.post(TRACK, {"code": record.tracking_code.lower(), "contact": "HAI@example.com"})
    html = response.content.decode()
    assert "Không đăng" in html
    assert "Đã chuyển bộ phận chuyên môn giải quyết." in html
    assert "Vũ Văn Hải" not in html
    assert "Nội dung riêng tư" not in html


def test_code_and_phone_digits_show_status(client, record):
    response = client.post(TRACK, {"code": record.tracking_code, "contact": "0987 654 321"})
    assert "Không đăng" in response.content.decode()


def test_wrong_contact_shows_nothing(client, record, earlier_records):
    someone_else = earlier_records[0]
    for contact in ("other@example.com", someone_else.sender_email, someone_else.sender_phone):
        response = client.post(TRACK, {"code": record.tracking_code, "contact": contact})
        html = response.content.decode()
        assert "Không đăng" not in html
        assert "Không tìm thấy" in html
        assert someone_else.sender_name not in html and someone_else.subject not in html


def test_published_record_links_to_its_live_page(client, record):
    page = NewsPageFactory(title="Tổ dân phố dọn rác thải tại chợ sau phản ánh của người dân")
    record.status = Status.PUBLISHED
    record.page = page
    record.save()
    html = client.post(TRACK, {"code": record.tracking_code, "contact": "hai@example.com"}).content.decode()
    assert page.url in html


def test_too_many_look_ups_are_refused_and_the_form_kept(client, settings, record, ratelimit_clock):
    settings.INTAKE_TRACK_RATE_LIMIT = 2
    for _ in range(2):
        assert (
            client.post(TRACK, {"code": record.tracking_code, "contact": "khac@example.com"}).status_code
            == 200
        )

    response = client.post(TRACK, {"code": record.tracking_code, "contact": "hai@example.com"})

    html = response.content.decode()
    assert response.status_code == 429
    assert "Có quá nhiều lượt tra cứu từ kết nối của bạn." in html
    assert "Không đăng" not in html  # the right contact, but no look-up was made
    assert record.tracking_code in html  # what was typed stays in the form
    other = client.post(
        TRACK, {"code": record.tracking_code, "contact": "hai@example.com"}, REMOTE_ADDR="10.0.0.9"
    )
    assert "Không đăng" in other.content.decode()


def test_look_ups_and_submissions_are_counted_apart(client, settings, record, ratelimit_clock):
    settings.INTAKE_TRACK_RATE_LIMIT = 1
    client.post(TRACK, {"code": record.tracking_code, "contact": "hai@example.com"})
    assert client.post(TRACK, {"code": record.tracking_code, "contact": "hai@example.com"}).status_code == 429

    response = client.post(SUBMIT, form_data(subject="Sau khi tra cứu"))

    assert response.status_code == 302
    assert IntakeRecord.objects.filter(subject="Sau khi tra cứu").exists()
