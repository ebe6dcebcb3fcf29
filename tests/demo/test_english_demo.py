"""The demo's English portal: the main sections in real English, made with wagtail-localize and published
through a revision, with the English strings in localize's translation memory."""

import pytest
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

pytestmark = pytest.mark.django_db

ENGLISH_SECTIONS = {
    "gioi-thieu": "Introduction",
    "tin-tuc": "News and events",
    "van-ban": "Legal documents",
    "thu-tuc-hanh-chinh": "Administrative procedures",
    "du-an-dau-thau-mua-sam": "Projects, investment, tenders and public procurement",
    "nguoi-phat-ngon": "Spokesperson",
    "lien-he": "Contact",
    "so-do-cong": "Site map",
}


@pytest.fixture
def english_home():
    return Page.objects.get(depth=2, locale__language_code="en")


def test_the_english_tree_mirrors_only_the_main_sections(english_home):
    sections = {page.slug: page.title for page in english_home.get_children().live()}
    assert sections == ENGLISH_SECTIONS
    assert english_home.live and english_home.title == "Home"


def test_english_pages_are_published_through_a_revision_and_are_localize_translations(english_home):
    english = Locale.objects.get(language_code="en")
    for page in english_home.get_descendants(inclusive=True).specific():
        assert page.live and page.live_revision_id is not None, page.url_path
        assert page.alias_of_id is None, page.url_path
        translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=english)
        progress, done = translation.get_progress()
        assert done >= progress * 0.8, (page.url_path, done, progress)


def test_the_english_portal_reads_in_english(client):
    home = client.get("/en/").content.decode()
    assert "Duong Kinh Ward Portal" in home and "National Public Service Portal" in home
    menu = home.split('class="main-nav"')[1].split("</nav>")[0]
    assert ">Introduction</a>" in menu and ">News and events</a>" in menu and "Tin tức" not in menu
    procedure = client.get("/en/thu-tuc-hanh-chinh/dang-ky-ket-hon/").content.decode()
    assert "Marriage registration" in procedure and "Law on Marriage and Family" in procedure
    # The regulation is not on the list's first page (the demo's newer documents come first): its own page.
    regulation = client.get("/en/van-ban/218-2025-qd-ubnd/").content.decode()
    assert "Decision on the Regulation on the Duong Kinh Ward Portal" in regulation
