"""An online dialogue seen by the public: the session page, the question form and its refusals, and the
answers fragment the page polls. Nothing a person sent is public before the editor-in-chief publishes its
answer, and then only the question, the asker's initials and the answer."""

import pytest
from django.core import mail
from wagtail.models import ModelLogEntry

from moderation.dialogue.models import DialogueQuestion, Status
from tests.factories.dialogue import DialoguePageFactory, DialogueQuestionFactory, hours_from_now

pytestmark = pytest.mark.django_db


def ask_url(page):
    return f"/doi-thoai-truc-tuyen/{page.pk}/dat-cau-hoi/"


def answers_url(page):
    return f"/doi-thoai-truc-tuyen/{page.pk}/tra-loi/"


def form_data(**overrides):
    data = {
        "asker_name": "Phạm Văn Cường",
        "asker_email": "cuong@example.vn",
        "question": "Bao giờ phường lắp đèn chiếu sáng ngõ 45?",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def test_the_session_page_shows_topic_leaders_time_and_the_way_to_ask(client, dialogue):
    response = client.get(dialogue.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert dialogue.url.startswith("/hoi-dap/doi-thoai-truc-tuyen-")
    assert "Ông Nguyễn Văn An, Chủ tịch UBND phường" in html
    assert "Lãnh đạo tham gia" in html
    assert f'href="{ask_url(dialogue)}"' in html
    assert 'data-poll-url="' + answers_url(dialogue) in html
    assert "Chưa có câu trả lời nào được đăng." in html


def test_the_session_page_stays_cacheable(client, dialogue):
    response = client.get(dialogue.url)
    assert "public" in response["Cache-Control"]
    assert "csrfmiddlewaretoken" not in response.content.decode()


def test_a_question_is_stored_before_the_receipt_shows_its_code(
    client, dialogue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ask_url(dialogue), form_data())
    assert response.status_code == 302
    question = DialogueQuestion.objects.get()
    assert question.page_id == dialogue.pk and question.status == Status.NEW
    receipt = client.get(response["Location"]).content.decode()
    assert question.tracking_code in receipt and question.tracking_code.startswith("DT-")
    assert ModelLogEntry.objects.filter(object_id=str(question.pk), action="dialogue.received").exists()
    assert mail.outbox[0].to == ["cuong@example.vn"]
    assert question.tracking_code in mail.outbox[0].subject


def test_a_question_is_stored_even_when_the_acknowledgement_fails(
    client, dialogue, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 1  # nothing listens here: the mail server is down
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ask_url(dialogue), form_data())
    assert response.status_code == 302
    assert DialogueQuestion.objects.get().acknowledged_at is None


def test_a_new_question_is_not_public(client, dialogue):
    client.post(ask_url(dialogue), form_data())
    for url in (dialogue.url, answers_url(dialogue)):
        assert "đèn chiếu sáng ngõ 45" not in client.get(url).content.decode()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"asker_name": ""}, "Vui lòng nhập họ và tên."),
        ({"question": ""}, "Vui lòng nhập câu hỏi."),
        ({"question": "x" * 2001}, "2000"),
        ({"asker_email": "khong-phai-email"}, "Vui lòng nhập địa chỉ email hợp lệ"),
        ({"consent": ""}, "Vui lòng xác nhận"),
    ],
)
def test_a_refused_question_is_shown_again_with_its_reason(client, dialogue, overrides, message):
    response = client.post(ask_url(dialogue), form_data(**overrides))
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert 'id="form-errors"' in html
    assert DialogueQuestion.objects.count() == 0


def test_a_robot_filling_the_hidden_field_stores_nothing(client, dialogue):
    response = client.post(ask_url(dialogue), form_data(website="http://spam.example"))
    assert response.status_code == 302
    assert DialogueQuestion.objects.count() == 0


def test_a_flood_is_refused_after_the_limit(client, dialogue, settings, ratelimit_clock):
    settings.DIALOGUE_RATE_LIMIT = 2
    assert client.post(ask_url(dialogue), form_data(question="")).status_code == 200  # not counted
    assert client.post(ask_url(dialogue), form_data()).status_code == 302
    assert client.post(ask_url(dialogue), form_data(question="Câu hỏi thứ hai?")).status_code == 302
    response = client.post(ask_url(dialogue), form_data(question="Câu hỏi thứ ba?"))
    assert response.status_code == 429
    assert "Câu hỏi thứ ba?" in response.content.decode()
    assert DialogueQuestion.objects.count() == 2


def test_an_ended_session_takes_no_more_questions(client):
    page = DialoguePageFactory(starts_at=hours_from_now(-5), ends_at=hours_from_now(-3))
    assert 'name="question"' not in client.get(ask_url(page)).content.decode()
    client.post(ask_url(page), form_data())
    assert DialogueQuestion.objects.count() == 0
    html = client.get(page.url).content.decode()
    assert ask_url(page) not in html
    assert "Buổi đối thoại đã kết thúc" in html


def test_a_draft_session_page_has_no_form(client):
    page = DialoguePageFactory(live=False)
    assert client.get(ask_url(page)).status_code == 404
    assert client.get(answers_url(page)).status_code == 404


def test_published_answers_show_initials_only_and_inert_text(client, dialogue):
    DialogueQuestionFactory(
        page=dialogue,
        published=True,
        asker_name="Lê Thị Hoa",
        question='<script>alert("x")</script> =HYPERLINK("http://evil")',
    )
    DialogueQuestionFactory(page=dialogue, answered=True, question="Câu hỏi còn chờ duyệt")
    for url in (dialogue.url, answers_url(dialogue)):
        html = client.get(url).content.decode()
        assert "(L.T.H.)" in html
        assert "&lt;script&gt;alert" in html and "<script>alert" not in html
        assert "Phường sẽ lát lại vỉa hè" in html
        assert "Lê Thị Hoa" not in html and "hoa.le@example.vn" not in html
        assert "Câu hỏi còn chờ duyệt" not in html


def test_the_answers_fragment_is_cacheable_for_a_few_seconds(client, dialogue):
    response = client.get(answers_url(dialogue))
    assert response.status_code == 200
    assert "public" in response["Cache-Control"] and "max-age=5" in response["Cache-Control"]
    assert "<html" not in response.content.decode()
