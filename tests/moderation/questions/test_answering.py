"""From a question to its published answer: the draft carries the asker's initials only, nothing is public
before the editor-in-chief approves, publication answers the record, emails the asker the link (a failure
is only logged) and the tracking page shows it. The asker's personal data never reaches the public."""

import json

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from moderation import roles
from moderation.questions.models import QuestionRecord, Status
from sections.models import QuestionPage
from tests.moderation.helpers import edit_url, workflow_action_url

from .conftest import ASK, TRACK, form_data

pytestmark = pytest.mark.django_db

NAME = "Nguyễn Thị Hoa"
EMAIL = "hoa@example.com"
PHONE = "0912 345 678"
ANSWER = "Hai bạn nộp hồ sơ đăng ký khai sinh tại Bộ phận Một cửa của phường."


@pytest.fixture
def questions_section(section):
    return section("hoi-dap")


@pytest.fixture
def second_editor(make_user):
    return make_user("bien-tap-2", roles.EDITOR)


@pytest.fixture
def asked(questions_section, django_capture_on_commit_callbacks):
    """A question asked through the public form."""
    with django_capture_on_commit_callbacks(execute=True):
        assert Client().post(ASK, form_data(field="khac")).status_code == 302
    mail.outbox.clear()
    return QuestionRecord.objects.get()


def draft_answer(client, record):
    response = client.post(reverse("citizen_questions:draft", args=[record.pk]))
    record.refresh_from_db()
    return response


def answer_form_data(page, **fields):
    data = {
        "title": page.title,
        "slug": page.slug,
        "asker": page.asker,
        "asked_on": page.asked_on.isoformat(),
        "field": "Hộ tịch",
        "question": page.question,
        "answer": rich_text(f"<p>{ANSWER}</p>"),
        "answered_by": page.answered_by,
        "answered_on": page.answered_on.isoformat(),
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "comments": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


def publish_through_the_workflow(login, editor, second_editor, editor_in_chief, page, capture):
    response = login(editor).post(edit_url(page), answer_form_data(page, **{"action-submit": "1"}))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    login(second_editor).post(workflow_action_url(page, "approve"), {"comment": ""})
    page.refresh_from_db()
    assert not page.live
    with capture(execute=True):
        login(editor_in_chief).post(workflow_action_url(page, "approve"), {"comment": ""})
    page.refresh_from_db()
    assert page.live


def test_drafting_the_answer_makes_an_unpublished_qa_page_with_initials_only(login, editor, asked):
    response = draft_answer(login(editor), asked)
    page = QuestionPage.objects.get()
    assert response.status_code == 302 and response.url == edit_url(page)
    assert asked.page_id == page.pk and asked.status == Status.ASSIGNED
    assert not page.live
    assert page.asker == "N.T.H."
    assert page.question == asked.question
    assert page.asked_on == timezone.localtime(asked.received_at).date()  # the day in Vietnam
    for private in (NAME, EMAIL, PHONE):
        assert private not in json.dumps(page.get_latest_revision().content, ensure_ascii=False)
    assert PageLogEntry.objects.filter(page=page, action="questions.page_from_question").exists()
    assert ModelLogEntry.objects.filter(object_id=str(asked.pk), action="questions.answer_drafted").exists()
    # The draft is not public, neither the page nor in the list.
    assert Client().get("/hoi-dap/" + page.slug + "/").status_code == 404
    assert asked.question[:30] not in Client().get("/hoi-dap/").content.decode()
    # The editor sees where it came from.
    html = login(editor).get(edit_url(page)).content.decode()
    assert asked.tracking_code in html


def test_the_draft_cannot_be_submitted_without_an_answer(login, editor, asked):
    client = login(editor)
    draft_answer(client, asked)
    page = QuestionPage.objects.get()
    # The draft's answer is empty; Draftail posts an empty editor as "null".
    assert page.answer == ""
    response = client.post(edit_url(page), answer_form_data(page, answer="null", **{"action-submit": "1"}))
    page.refresh_from_db()
    assert response.status_code == 200
    assert page.current_workflow_state is None and not page.live


def test_drafting_twice_opens_the_same_draft(login, editor, asked):
    client = login(editor)
    draft_answer(client, asked)
    response = draft_answer(client, asked)
    assert QuestionPage.objects.count() == 1
    assert response.url == edit_url(QuestionPage.objects.get())


def test_published_answer_answers_the_question_notifies_the_asker_and_shows_on_the_tracking_page(
    login, editor, second_editor, editor_in_chief, asked, django_capture_on_commit_callbacks
):
    draft_answer(login(editor), asked)
    page = QuestionPage.objects.get()
    tracked = Client().post(TRACK, {"code": asked.tracking_code, "contact": PHONE}).content.decode()
    assert "Mới" in tracked or "Đã giao" in tracked
    assert page.title not in tracked

    publish_through_the_workflow(
        login, editor, second_editor, editor_in_chief, page, django_capture_on_commit_callbacks
    )
    asked.refresh_from_db()
    assert asked.status == Status.ANSWERED and asked.answered_at is not None
    to_asker = [message for message in mail.outbox if EMAIL in message.to]
    assert len(to_asker) == 1
    notice = to_asker[0]
    assert asked.tracking_code in notice.subject
    assert page.url in notice.body
    assert asked.notified_at is not None
    assert [
        action
        for action in ModelLogEntry.objects.filter(object_id=str(asked.pk))
        .order_by("pk")
        .values_list("action", flat=True)
    ][-2:] == ["questions.answered", "questions.asker_notified"]

    tracked = Client().post(TRACK, {"code": asked.tracking_code.lower(), "contact": EMAIL.upper()})
    html = tracked.content.decode()
    assert "Đã trả lời" in html
    assert f'href="{page.url}"' in html
    public = Client().get(page.url).content.decode()
    assert ANSWER in public and "N.T.H." in public


def test_the_answer_is_recorded_when_the_notice_cannot_be_sent(
    login, editor, second_editor, editor_in_chief, asked, settings, django_capture_on_commit_callbacks, caplog
):
    draft_answer(login(editor), asked)
    page = QuestionPage.objects.get()
    settings.EMAIL_BACKEND = "tests.moderation.questions.broken_mail.BrokenBackend"
    publish_through_the_workflow(
        login, editor, second_editor, editor_in_chief, page, django_capture_on_commit_callbacks
    )
    asked.refresh_from_db()
    assert asked.status == Status.ANSWERED and asked.notified_at is None
    assert f"sender of {asked.tracking_code} failed (questions/answer_email.txt)" in caplog.text


def test_the_tracking_page_needs_the_contact_given(asked):
    for contact in ("khac@example.com", "0999 999 999", ""):
        html = Client().post(TRACK, {"code": asked.tracking_code, "contact": contact}).content.decode()
        assert asked.question not in html
        assert "Hạn trả lời" not in html


def test_personal_data_of_the_asker_is_never_public(
    login, editor, second_editor, editor_in_chief, asked, django_capture_on_commit_callbacks
):
    draft_answer(login(editor), asked)
    page = QuestionPage.objects.get()
    publish_through_the_workflow(
        login, editor, second_editor, editor_in_chief, page, django_capture_on_commit_callbacks
    )
    public = Client()
    pages = [
        page.url,
        "/hoi-dap/",
        "/hoi-dap/rss/",
        "/",
        "/tim-kiem/?q=khai+sinh",
        "/api/v2/pages/?type=sections.QuestionPage&fields=*",
        f"/api/v2/pages/{page.pk}/",
        "/sitemap.xml",
    ]
    for url in pages:
        response = public.get(url)
        assert response.status_code == 200, url
        text = response.content.decode()
        for private in (NAME, EMAIL, PHONE, "Hoa", "0912"):
            assert private not in text, (url, private)
    # Found without diacritics, by its question.
    assert f'href="{page.url}"' in public.get("/tim-kiem/?q=dang+ky+khai+sinh").content.decode()
