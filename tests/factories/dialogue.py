"""The online dialogue: its session page (sections.DialoguePage, under /hoi-dap/) and the questions sent to
it (moderation/dialogue). `DialogueQuestionFactory` writes the row without the service's log entries;
`answered=True` gives it an answer recorded by an editor, `published=True` one the editor-in-chief
published."""

import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from moderation.dialogue.models import DialogueQuestion, Status
from sections.models import DialoguePage

from .core import BasePageFactory, html, in_section

LEADERS = "Ông Nguyễn Văn An, Chủ tịch UBND phường\nBà Trần Thị Bình, Phó Chủ tịch UBND phường"


def hours_from_now(hours):
    return timezone.now() + datetime.timedelta(hours=hours)


class DialoguePageFactory(BasePageFactory):
    """A session live now (started an hour ago, ends in two hours); `starts_at`/`ends_at` move it."""

    class Meta:
        model = DialoguePage

    parent = in_section("hoi-dap")
    title = "Đối thoại trực tuyến về chỉnh trang đô thị năm 2027"
    summary = "Lãnh đạo phường trả lời câu hỏi của người dân về chỉnh trang đô thị."
    intro = html("Người dân gửi câu hỏi trước và trong buổi đối thoại.")
    participants = LEADERS
    starts_at = factory.LazyFunction(lambda: hours_from_now(-1))
    ends_at = factory.LazyFunction(lambda: hours_from_now(2))


class DialogueQuestionFactory(DjangoModelFactory):
    class Meta:
        model = DialogueQuestion

    class Params:
        answered = factory.Trait(
            status=Status.DRAFTED,
            answer="Phường sẽ lát lại vỉa hè trong quý I năm 2027.",
            answered_by="Ông Nguyễn Văn An, Chủ tịch UBND phường",
        )
        published = factory.Trait(
            answered=True, status=Status.PUBLISHED, published_at=factory.LazyFunction(timezone.now)
        )

    page = factory.SubFactory(DialoguePageFactory)
    asker_name = "Lê Thị Hoa"
    asker_email = "hoa.le@example.vn"
    question = "Khi nào vỉa hè đường Phạm Văn Đồng đoạn qua tổ dân phố số 3 được lát lại?"
