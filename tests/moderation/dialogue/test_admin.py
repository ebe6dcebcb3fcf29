"""Dialogue questions in the admin: an editor records the answer a leader gives, only the editor-in-chief
makes it public (logged), and nobody else can: not a contributor, not an anonymous visitor, not a superuser
without the role, not through the generic edit form."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from moderation.dialogue.models import DialogueQuestion, Status
from tests.factories.dialogue import DialogueQuestionFactory

pytestmark = pytest.mark.django_db

LEADER = "Bà Trần Thị Bình, Phó Chủ tịch UBND phường"


def url(name, *args):
    return reverse(f"dialogue_questions:{name}", args=args)


def actions(question):
    return list(
        ModelLogEntry.objects.filter(object_id=str(question.pk), action__startswith="dialogue.")
        .order_by("pk")
        .values_list("action", flat=True)
    )


def answers_html(client, question):
    return client.get(f"/doi-thoai-truc-tuyen/{question.page_id}/tra-loi/").content.decode()


@pytest.fixture
def question(dialogue):
    return DialogueQuestionFactory(page=dialogue, question="Ngõ 45 khi nào có đèn chiếu sáng?")


def test_editors_see_incoming_questions_with_the_askers_name(login, editor, question):
    html = login(editor).get(url("index")).content.decode()
    assert question.tracking_code in html and "Ngõ 45 khi nào có đèn chiếu sáng?" in html
    inspect = login(editor).get(url("inspect", question.pk)).content.decode()
    assert "Lê Thị Hoa" in inspect and "L.T.H." in inspect


def test_an_editor_records_an_answer_that_stays_private(client, login, editor, question):
    response = login(editor).post(
        url("answer", question.pk), {"answered_by": LEADER, "answer": "Trong tháng 12."}
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == Status.DRAFTED and question.answered_by == LEADER
    assert actions(question) == ["dialogue.answer_drafted"]
    assert "Trong tháng 12." not in answers_html(client, question)
    assert "Trong tháng 12." not in client.get(question.page.url).content.decode()


def test_an_answer_must_name_a_leader_of_the_session(login, editor, question):
    login(editor).post(url("answer", question.pk), {"answered_by": "Người lạ", "answer": "Trả lời."})
    question.refresh_from_db()
    assert question.status == Status.NEW and actions(question) == []


def test_the_editor_in_chief_publishes_and_the_answer_appears(client, login, editor_in_chief, question):
    DialogueQuestion.objects.filter(pk=question.pk).update(
        status=Status.DRAFTED, answer="Trong tháng 12.", answered_by=LEADER
    )
    assert "Trong tháng 12." not in answers_html(client, question)  # the fragment is now in the cache
    response = login(editor_in_chief).post(url("publish", question.pk))
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == Status.PUBLISHED and question.published_by == editor_in_chief
    entry = ModelLogEntry.objects.get(object_id=str(question.pk), action="dialogue.answer_published")
    assert entry.user == editor_in_chief
    assert "Trong tháng 12." in answers_html(client, question)
    assert "Trong tháng 12." in client.get(question.page.url).content.decode()
    history = login(editor_in_chief).get(url("history", question.pk)).content.decode()
    assert "Đã đăng câu trả lời" in history


@pytest.mark.parametrize("who", ["editor", "contributor", "superuser", "administrator"])
def test_only_the_editor_in_chief_can_make_an_answer_public(client, login, request, who, question):
    DialogueQuestion.objects.filter(pk=question.pk).update(
        status=Status.DRAFTED, answer="Trong tháng 12.", answered_by=LEADER
    )
    response = login(request.getfixturevalue(who)).post(url("publish", question.pk))
    assert response.status_code in (302, 403)
    if response.status_code == 302:  # a redirect away from the admin, never a publication
        assert "/admin/" in response["Location"]
    question.refresh_from_db()
    assert question.status == Status.DRAFTED
    assert "dialogue.answer_published" not in actions(question)
    assert "Trong tháng 12." not in answers_html(client, question)


def test_an_anonymous_visitor_cannot_publish_or_answer(client, question):
    DialogueQuestion.objects.filter(pk=question.pk).update(
        status=Status.DRAFTED, answer="Trong tháng 12.", answered_by=LEADER
    )
    for name in ("publish", "answer"):
        response = client.post(url(name, question.pk), {"answered_by": LEADER, "answer": "Có."})
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    question.refresh_from_db()
    assert question.status == Status.DRAFTED and question.answer == "Trong tháng 12."
    assert actions(question) == []


def test_a_contributor_cannot_see_or_answer_questions(login, contributor, question):
    client = login(contributor)
    assert client.get(url("index")).status_code in (302, 403)
    client.post(url("answer", question.pk), {"answered_by": LEADER, "answer": "Có."})
    question.refresh_from_db()
    assert question.status == Status.NEW


def test_the_generic_edit_form_cannot_change_a_published_answer(login, editor, dialogue):
    published = DialogueQuestionFactory(page=dialogue, published=True)
    client = login(editor)
    response = client.post(url("edit", published.pk), {"answer": "Đổi nội dung", "answered_by": LEADER})
    assert response.status_code == 302 and response["Location"] == url("inspect", published.pk)
    client.post(url("answer", published.pk), {"answered_by": LEADER, "answer": "Đổi nội dung"})
    published.refresh_from_db()
    assert published.answer == "Phường sẽ lát lại vỉa hè trong quý I năm 2027."


def test_a_declined_question_needs_a_reason_and_is_never_public(client, login, editor, question):
    editor_client = login(editor)
    editor_client.post(url("decline", question.pk), {"reason": ""})
    question.refresh_from_db()
    assert question.status == Status.NEW
    editor_client.post(url("decline", question.pk), {"reason": "Không thuộc chủ đề buổi đối thoại."})
    question.refresh_from_db()
    assert question.status == Status.DECLINED
    assert actions(question) == ["dialogue.declined"]
    assert "Ngõ 45" not in answers_html(client, question)


def test_the_export_keeps_formulas_inert(login, editor, dialogue):
    DialogueQuestionFactory(page=dialogue, question='=HYPERLINK("http://evil.example","x")')
    response = login(editor).get(url("index") + "?export=csv")
    body = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert "'=HYPERLINK" in body
