"""The public form's limit counts accepted submissions only, per client address behind the trusted proxies,
and is checked before the body is read."""

import pytest

from moderation.intake.models import IntakeRecord

from .test_public_form import SUBMIT, form_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("ratelimit_clock")]


@pytest.fixture
def submitted():
    before = set(IntakeRecord.objects.values_list("pk", flat=True))
    return lambda: IntakeRecord.objects.exclude(pk__in=before)


def test_a_refused_form_does_not_use_up_a_submission(client, settings, submitted):
    settings.INTAKE_RATE_LIMIT = 2
    for _ in range(4):
        response = client.post(SUBMIT, form_data(subject=""))  # a mistake: shown again, not counted
        assert response.status_code == 200
    assert client.post(SUBMIT, form_data()).status_code == 302
    assert client.post(SUBMIT, form_data()).status_code == 302
    assert client.post(SUBMIT, form_data()).status_code == 429
    assert submitted().count() == 2


def test_past_the_limit_the_body_is_not_read(client, settings):
    settings.INTAKE_RATE_LIMIT = 1
    assert client.post(SUBMIT, form_data()).status_code == 302
    # A body no parser can read: read, it would be answered 400; refused unread, it is answered 429.
    garbage = b"--not-the-boundary\r\n" + b"x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1024)
    response = client.generic(
        "POST", SUBMIT, garbage, content_type="multipart/form-data; boundary=expected-boundary"
    )
    assert response.status_code == 429


def test_clients_behind_the_trusted_proxy_are_counted_apart(client, settings, submitted):
    settings.INTAKE_RATE_LIMIT = 1
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    assert client.post(SUBMIT, form_data(), HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy).status_code == 302
    assert client.post(SUBMIT, form_data(), HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy).status_code == 429
    assert client.post(SUBMIT, form_data(), HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy).status_code == 302
    assert submitted().count() == 2
