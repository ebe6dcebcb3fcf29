"""A citizen who sends the same form again (the first answer was an error page, the record had in fact been
stored) gets the first record's confirmation, not a second record: the form carries a token of its own."""

import re

import pytest

from moderation.intake.models import IntakeRecord

from .test_public_form import SUBMIT, form_data

pytestmark = pytest.mark.django_db


def token_of(client):
    html = client.get(SUBMIT).content.decode()
    return re.search(r'name="submission_token" value="([0-9a-f-]+)"', html).group(1)


def test_each_blank_form_carries_a_new_token(client):
    assert token_of(client) != token_of(client)


def test_the_same_form_sent_twice_is_stored_once(client):
    data = form_data(submission_token=token_of(client))
    before = IntakeRecord.objects.count()
    first = client.post(SUBMIT, data)
    code = client.get(first["Location"]).context["code"]
    again = client.post(SUBMIT, data)
    assert first.status_code == again.status_code == 302
    assert IntakeRecord.objects.count() == before + 1
    assert client.get(again["Location"]).context["code"] == code
    assert IntakeRecord.objects.get(tracking_code=code).submission_token is not None


def test_two_forms_make_two_records(client):
    before = IntakeRecord.objects.count()
    client.post(SUBMIT, form_data(submission_token=token_of(client)))
    client.post(SUBMIT, form_data(submission_token=token_of(client)))
    assert IntakeRecord.objects.count() == before + 2
