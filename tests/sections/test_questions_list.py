"""/hoi-dap/ lists the published answers with the dates asked and answered, filters them by field
(?linh-vuc=, a slug without diacritics) and leads to the question form."""

import datetime

import pytest

from tests.factories.sections import QuestionPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def answers(section):
    section("hoi-dap")
    return [
        QuestionPageFactory(
            title="Đăng ký kết hôn ở đâu?",
            field="Hộ tịch",
            asked_on=datetime.date(2026, 10, 1),
            answered_on=datetime.date(2026, 10, 8),
        ),
        QuestionPageFactory(title="Xin phép xây nhà ở riêng lẻ", field="Đất đai - Xây dựng"),
        QuestionPageFactory(title="Bản nháp chưa duyệt", field="Thuế", live=False),
    ]


def test_list_shows_the_dates_asked_and_answered_and_the_ask_button(client, answers):
    html = client.get("/hoi-dap/").content.decode()
    assert "Hỏi ngày" in html and "01/10/2026" in html
    assert "Trả lời ngày" in html and "08/10/2026" in html
    assert 'href="/hoi-dap/dat-cau-hoi/"' in html and "Đặt câu hỏi" in html


def test_fields_of_published_answers_are_offered_as_filters(client, answers):
    html = client.get("/hoi-dap/").content.decode()
    assert 'href="/hoi-dap/?linh-vuc=ho-tich"' in html
    assert 'href="/hoi-dap/?linh-vuc=dat-dai-xay-dung"' in html
    assert "linh-vuc=thue" not in html  # only on a draft


def test_filter_by_field_lists_only_that_field(client, answers):
    html = client.get("/hoi-dap/", {"linh-vuc": "ho-tich"}).content.decode()
    assert "Đăng ký kết hôn ở đâu?" in html
    assert "Xin phép xây nhà ở riêng lẻ" not in html
    assert 'href="/hoi-dap/?linh-vuc=ho-tich" aria-current="page"' in html


def test_an_unknown_field_lists_everything(client, answers):
    html = client.get("/hoi-dap/", {"linh-vuc": "<script>"}).content.decode()
    assert "Đăng ký kết hôn ở đâu?" in html and "Xin phép xây nhà ở riêng lẻ" in html
    assert '<a href="/hoi-dap/" aria-current="page">' in html


def test_every_answer_page_and_the_home_page_lead_to_the_question_form(client, answers):
    assert 'href="/hoi-dap/dat-cau-hoi/"' in client.get(answers[0].url).content.decode()
    assert 'href="/hoi-dap/dat-cau-hoi/"' in client.get("/").content.decode()


def test_the_field_of_a_newly_published_answer_is_offered_at_the_next_request(client, answers):
    assert "linh-vuc=thue" not in client.get("/hoi-dap/").content.decode()  # the fields are cached now
    answers[2].save_revision().publish(skip_permission_checks=True)
    assert 'href="/hoi-dap/?linh-vuc=thue"' in client.get("/hoi-dap/").content.decode()
