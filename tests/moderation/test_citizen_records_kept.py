"""Deleting a page never deletes what citizens sent to it: the questions of an online dialogue and the
comments on a consultation are records the portal keeps (with their tracking codes, which their senders still
use). Each test tries to lose them: deleting the page, deleting the section above it, deleting through the
ORM. The page can still be unpublished; a page that holds no such record is deleted as before."""

import pytest
from django.db.models import ProtectedError
from django.urls import reverse
from wagtail.models import Page

from moderation.consultations.models import ConsultationComment
from moderation.dialogue.models import DialogueQuestion
from tests.factories.dialogue import DialoguePageFactory, DialogueQuestionFactory
from tests.factories.moderation import ConsultationCommentFactory
from tests.factories.sections.items import ConsultationPageFactory

pytestmark = pytest.mark.django_db

REASON = "Trang tạo nhầm, cần xóa để tránh trùng lặp thông tin."


def delete_url(page):
    return reverse("wagtailadmin_pages:delete", args=(page.pk,))


def messages_of(response):
    return [str(message) for message in response.context["messages"]] if response.context else []


@pytest.fixture
def dialogue_with_questions(db):
    page = DialoguePageFactory()
    DialogueQuestionFactory.create_batch(2, page=page)
    return page


@pytest.fixture
def consultation_with_comment(db):
    page = ConsultationPageFactory()
    ConsultationCommentFactory(page=page)
    return page


@pytest.mark.parametrize("fixture", ["dialogue_with_questions", "consultation_with_comment"])
def test_a_page_holding_citizens_records_is_not_deleted_and_says_why(request, login, administrator, fixture):
    page = request.getfixturevalue(fixture)
    client = login(administrator)
    questions, comments = DialogueQuestion.objects.count(), ConsultationComment.objects.count()

    response = client.post(delete_url(page), {"reason": REASON}, follow=True)

    assert Page.objects.filter(pk=page.pk).exists()
    assert (DialogueQuestion.objects.count(), ConsultationComment.objects.count()) == (questions, comments)
    shown = " ".join(messages_of(response))
    assert "Không thể xóa" in shown and "người dân" in shown and "Trưởng Ban Biên tập" in shown, shown
    assert "Không thể xóa" in " ".join(messages_of(client.get(delete_url(page), follow=True)))


def test_deleting_the_section_above_keeps_the_records_and_the_pages(
    login, administrator, dialogue_with_questions
):
    section = dialogue_with_questions.get_parent()
    codes = set(DialogueQuestion.objects.values_list("tracking_code", flat=True))

    response = login(administrator).post(delete_url(section), {"reason": REASON}, follow=True)

    assert Page.objects.filter(pk=section.pk).exists()
    assert Page.objects.filter(pk=dialogue_with_questions.pk).exists()
    assert set(DialogueQuestion.objects.values_list("tracking_code", flat=True)) == codes
    assert "Không thể xóa" in " ".join(messages_of(response))


@pytest.mark.parametrize("fixture", ["dialogue_with_questions", "consultation_with_comment"])
def test_the_database_refuses_to_delete_them_with_the_page(request, fixture):
    page = request.getfixturevalue(fixture)
    with pytest.raises(ProtectedError):
        Page.objects.get(pk=page.pk).specific.delete()
    assert Page.objects.filter(pk=page.pk).exists()


def test_a_page_without_citizens_records_is_still_deleted(login, administrator):
    page = DialoguePageFactory()

    response = login(administrator).post(delete_url(page), {"reason": REASON})

    assert response.status_code == 302
    assert not Page.objects.filter(pk=page.pk).exists()


def test_the_page_holding_them_can_be_unpublished(login, editor_in_chief, dialogue_with_questions):
    response = login(editor_in_chief).post(
        reverse("wagtailadmin_pages:unpublish", args=(dialogue_with_questions.pk,))
    )

    assert response.status_code == 302
    dialogue_with_questions.refresh_from_db()
    assert not dialogue_with_questions.live
    assert DialogueQuestion.objects.filter(page=dialogue_with_questions).count() == 2
