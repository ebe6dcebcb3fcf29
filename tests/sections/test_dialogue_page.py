"""The online dialogue page: where it may be created, its times, and its place on /hoi-dap/."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from sections.models import DialoguePage
from tests.factories.dialogue import DialoguePageFactory, hours_from_now

pytestmark = pytest.mark.django_db


def test_a_dialogue_can_be_created_under_the_questions_section_only(section):
    assert DialoguePage.can_create_at(section("hoi-dap"))
    assert not DialoguePage.can_create_at(section("tin-tuc"))
    assert not DialoguePage.can_create_at(section("hoi-dap").get_parent().specific)


def test_a_session_must_end_after_it_starts():
    page = DialoguePageFactory.build(starts_at=hours_from_now(2), ends_at=hours_from_now(1))
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "ends_at" in error.value.message_dict


def test_the_times_are_shown_in_vietnam_time(client):
    starts = datetime.datetime(2027, 1, 12, 1, 30, tzinfo=datetime.UTC)  # 08:30 in Hà Nội
    page = DialoguePageFactory(starts_at=starts, ends_at=starts + datetime.timedelta(hours=2))
    html = client.get(page.url).content.decode()
    assert "Thứ Ba, 12/01/2027 08:30" in html and "10:30" in html and "giờ Việt Nam" in html


def test_the_questions_section_lists_its_dialogues(client, section):
    live = DialoguePageFactory(title="Đối thoại đang diễn ra")
    coming = DialoguePageFactory(
        title="Đối thoại tuần sau",
        starts_at=timezone.now() + datetime.timedelta(days=7),
        ends_at=timezone.now() + datetime.timedelta(days=7, hours=2),
    )
    DialoguePageFactory(title="Đối thoại chưa duyệt", live=False)
    html = client.get(section("hoi-dap").url).content.decode()
    assert live.url in html and "Đang diễn ra" in html
    assert coming.url in html and "Đang nhận câu hỏi" in html
    assert "Đối thoại chưa duyệt" not in html
