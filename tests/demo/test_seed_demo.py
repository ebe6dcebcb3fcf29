"""The demo loader fills the portal once; running it again changes nothing."""

import unicodedata

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, Page, PageLogEntry, Revision

from sections.models import NewsCategory, NewsPage

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "page_log": PageLogEntry.objects.count(),
        "model_log": ModelLogEntry.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "categories": NewsCategory.objects.count(),
        "latest_revision_ids": list(Page.objects.order_by("pk").values_list("latest_revision_id", flat=True)),
    }


def test_running_the_demo_loader_again_changes_nothing():
    before = snapshot()
    call_command("seed_demo", verbosity=0)
    assert snapshot() == before


def test_demo_has_forty_news_articles_in_several_categories_with_images():
    news = NewsPage.objects.live()
    assert news.count() >= 40
    assert news.values("category").distinct().count() >= 4
    assert not news.filter(image__isnull=True).exists()
    assert not news.filter(image_alt="").exists()


def test_every_demo_page_is_published_through_a_revision_and_marked_as_sample():
    pages = Page.objects.filter(depth__gte=2).specific()
    for page in pages:
        assert page.live, page.url_path
        assert page.live_revision_id is not None, page.url_path
        assert page.is_sample_content, page.url_path


def test_demo_text_is_nfc_vietnamese():
    for title in Page.objects.filter(depth__gte=2).values_list("title", flat=True):
        assert unicodedata.is_normalized("NFC", title), title


def test_sample_pages_are_labelled_in_the_admin():
    page = NewsPage.objects.first()
    assert "[" in page.get_admin_display_title() and page.title in page.get_admin_display_title()


def test_reset_rebuilds_the_same_portal():
    before = snapshot()
    call_command("seed_demo", "--reset", verbosity=0)
    after = snapshot()
    assert after["pages"] == before["pages"]
    assert after["images"] == before["images"]
    assert after["documents"] == before["documents"]


def test_reset_keeps_a_sample_page_that_holds_a_citizens_question_and_the_question():
    """The sample questions go with their sample pages; a question a citizen really sent to a sample session
    keeps that page (moderation/kept_records.py)."""
    from moderation.dialogue.models import DialogueQuestion
    from sections.models import DialoguePage
    from tests.factories.dialogue import DialogueQuestionFactory

    page = DialoguePage.objects.filter(is_sample_content=True, dialogue_questions__isnull=False).first()
    assert page is not None, "the demo has a session with questions"
    samples = set(DialogueQuestion.objects.filter(page=page).values_list("tracking_code", flat=True))
    real = DialogueQuestionFactory(page=page, question="Khi nào lát lại vỉa hè đường Mạc Đăng Doanh?")

    call_command("seed_demo", "--reset", verbosity=0)

    assert DialogueQuestion.objects.get(pk=real.pk).page_id == page.pk
    assert Page.objects.filter(pk=page.pk).exists()
    assert samples <= set(DialogueQuestion.objects.values_list("tracking_code", flat=True))
