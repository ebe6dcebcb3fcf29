"""Markup and spreadsheet formulas typed into the form stay plain text wherever they are shown: the
confirmation and tracking pages, the admin queue and a question's page, the emails, and the published
answer."""

import pytest
from django.core import mail
from django.test import Client

from moderation.questions.models import QuestionRecord
from moderation.questions.services import decline
from sections.models import QuestionPage

from .conftest import ASK, TRACK, form_data

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('xss')</script>"
FORMULA = '=HYPERLINK("http://evil.example","Bấm vào đây")'
HOSTILE = {"asker_name": f"{FORMULA} {SCRIPT}", "question": f"{FORMULA}\n{SCRIPT} Xin hỏi về hộ tịch?"}


@pytest.fixture
def hostile(section, django_capture_on_commit_callbacks):
    section("hoi-dap")
    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post(ASK, form_data(field="khac", **HOSTILE))
    assert response.status_code == 302
    return QuestionRecord.objects.get()


def assert_inert(html):
    assert SCRIPT not in html
    assert "&lt;script&gt;" in html


def test_stored_as_typed(hostile):
    assert hostile.asker_name == HOSTILE["asker_name"]
    assert hostile.question.startswith(FORMULA)


def test_refused_form_shows_what_was_typed_as_text(section):
    section("hoi-dap")
    html = Client().post(ASK, form_data(asker_email="", asker_phone="", **HOSTILE)).content.decode()
    assert_inert(html)


def test_admin_queue_and_question_page_show_it_as_text(login, editor, hostile):
    client = login(editor)
    listing = client.get("/admin/questions/").content.decode()
    assert SCRIPT not in listing and "&lt;script&gt;" in listing
    decline(hostile, f"{SCRIPT} {FORMULA}", editor)
    inspect = client.get(f"/admin/questions/inspect/{hostile.pk}/").content.decode()
    assert_inert(inspect)
    history = client.get(f"/admin/questions/history/{hostile.pk}/").content.decode()
    assert SCRIPT not in history


def test_tracking_page_shows_the_decline_reason_as_text(editor, hostile):
    decline(hostile, f"{SCRIPT} {FORMULA}", editor)
    html = (
        Client().post(TRACK, {"code": hostile.tracking_code, "contact": "hoa@example.com"}).content.decode()
    )
    assert_inert(html)


def test_the_email_is_plain_text(hostile):
    (message,) = mail.outbox
    assert message.content_subtype == "plain"
    assert not getattr(message, "alternatives", [])
    assert FORMULA in message.body  # shown as typed, in plain text where nothing runs


def test_the_draft_answer_names_no_one_and_shows_the_question_as_text(login, editor, hostile):
    login(editor).post(f"/admin/questions/draft/{hostile.pk}/")
    page = QuestionPage.objects.get()
    # Initials are letters only: the first letters of the words that start with one.
    assert page.asker == "V.Đ."
    page.answer = "<p>Trả lời.</p>"
    page.save_revision().publish(skip_permission_checks=True)
    html = Client().get(page.url).content.decode()
    assert_inert(html)
