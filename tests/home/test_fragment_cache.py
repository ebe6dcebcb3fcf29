"""The fragment cache (core/fragments.py): what every page repeats is read from the cache, a publication
shows at the next request, previews never read or fill it, and a cache that cannot answer costs nothing
but the queries."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django.utils import translation

from core import fragments
from core.models import PortalSettings
from tests.factories.home import build_front_page_content
from tests.factories.sections import NewsPageFactory

pytestmark = pytest.mark.django_db

POISONED_AGENCY = "Ủy ban nhân dân phường Giả Định"


@pytest.fixture
def newest_article(db):
    return build_front_page_content()


def public_request(path="/"):
    return RequestFactory().get(path, HTTP_HOST="localhost")


def settings_key(request):
    return fragments.fragment_key(request, "portal-settings", fragments.current_generation())


def test_a_warm_page_reads_settings_menu_and_listings_from_the_cache(client, newest_article):
    first = client.get("/")
    assert first.status_code == 200
    key = settings_key(public_request())
    cached_settings = cache.get(key)
    assert isinstance(cached_settings, PortalSettings)

    # What the cache holds is what the next page shows: a changed copy there (as no publication would
    # leave it) is read, not the database.
    cached_settings.agency_name = POISONED_AGENCY
    cache.set(key, cached_settings)
    assert POISONED_AGENCY in client.get("/tin-tuc/").content.decode()


def test_saving_the_site_settings_shows_at_the_next_request(client, newest_article):
    assert client.get("/").status_code == 200
    portal = PortalSettings.for_site(newest_article.get_site())
    portal.agency_name = "Ủy ban nhân dân phường Dương Kinh (tên mới)"
    portal.save()
    assert "Ủy ban nhân dân phường Dương Kinh (tên mới)" in client.get("/").content.decode()


def test_a_published_article_is_on_the_home_page_at_the_next_request(client, newest_article):
    assert "Bão số 3 đổ bộ" not in client.get("/").content.decode()
    NewsPageFactory(title="Bão số 3 đổ bộ: phường sơ tán hộ dân ven biển")
    assert "Bão số 3 đổ bộ" in client.get("/").content.decode()


def test_an_unpublished_article_leaves_the_home_page_at_the_next_request(client, newest_article):
    assert newest_article.title in client.get("/").content.decode()
    newest_article.unpublish()
    assert newest_article.title not in client.get("/").content.decode()


def test_a_new_section_in_the_menu_shows_at_the_next_request(client, newest_article, home_page):
    assert "Chuyên mục mới" not in client.get("/tin-tuc/").content.decode()
    NewsPageFactory(title="Chuyên mục mới", parent=home_page, show_in_menus=True)
    assert "Chuyên mục mới" in client.get("/tin-tuc/").content.decode()


def test_a_preview_neither_reads_nor_fills_the_cache(newest_article, home_page):
    request = public_request()
    generation = fragments.current_generation()
    built = []

    def build():
        built.append(True)
        return "từ cơ sở dữ liệu"

    request.is_preview = True
    cache.set(fragments.fragment_key(request, "thu", generation), "từ bộ nhớ đệm")
    assert fragments.cached(request, "thu", build) == "từ cơ sở dữ liệu"
    assert fragments.cached(request, "thu-khac", build) == "từ cơ sở dữ liệu"
    assert cache.get(fragments.fragment_key(request, "thu-khac", generation)) is None
    assert len(built) == 2

    request.is_preview = False
    assert fragments.cached(request, "thu", build) == "từ bộ nhớ đệm"
    assert len(built) == 2


def test_a_page_preview_shows_the_database_not_the_cache(client, newest_article, home_page):
    assert client.get("/").status_code == 200
    key = settings_key(public_request())
    cached_settings = cache.get(key)
    cached_settings.agency_name = POISONED_AGENCY
    cache.set(key, cached_settings)

    preview = home_page.make_preview_request()
    assert preview.status_code == 200
    assert POISONED_AGENCY.upper() not in preview.content.decode()
    assert POISONED_AGENCY.upper() in client.get("/").content.decode()


def test_a_form_submission_neither_reads_nor_fills_the_cache(newest_article):
    request = RequestFactory().post("/", HTTP_HOST="localhost")
    assert fragments.cached(request, "thu", lambda: "mới") == "mới"
    assert cache.get(fragments.fragment_key(request, "thu", fragments.current_generation())) is None


def test_each_language_has_its_own_fragments(newest_article):
    request = public_request()
    assert fragments.cached(request, "thu", lambda: "tiếng Việt") == "tiếng Việt"
    with translation.override("en"):
        assert fragments.cached(request, "thu", lambda: "English") == "English"
    assert fragments.cached(request, "thu", lambda: "không dùng") == "tiếng Việt"


def test_without_the_cache_every_page_is_built_from_the_database(client, newest_article, unreachable_cache):
    assert fragments.current_generation() is None
    for _ in range(2):
        response = client.get("/")
        assert response.status_code == 200
        assert newest_article.title in response.content.decode()


def test_a_page_reads_the_generation_once(client, newest_article, monkeypatch):
    assert client.get("/").status_code == 200
    reads = []
    real = fragments.current_generation
    monkeypatch.setattr(fragments, "current_generation", lambda: reads.append(1) or real())
    assert client.get("/").status_code == 200
    assert len(reads) == 1  # settings, menu, the home content and the footer share it
