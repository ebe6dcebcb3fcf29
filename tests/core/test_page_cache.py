"""The page cache (core/page_cache.py, issue 18): a public page asked again is answered from the shared cache
without a query; a publication is visible at the next request; nothing personal is ever kept or served to
someone else; the Content-Security-Policy nonce stays with the page that uses it; Redis down means every
page is built, never an error."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from core.models import PortalSettings
from tests.factories.core import EmergencyNoticeFactory
from tests.factories.sections import NewsPageFactory
from tests.test_settings import run_manage

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE = True


def directives(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def test_a_public_page_asked_again_is_answered_without_a_query(client, page_cache, django_assert_num_queries):
    NewsPageFactory(title="Thông báo lịch tiếp công dân tháng 12")
    for url in ["/", "/tin-tuc/", "/en/"]:
        first = client.get(url)
        assert first.status_code == 200, url
        with django_assert_num_queries(0):
            again = client.get(url)
        assert again.status_code == 200 and again.content == first.content, url
        assert directives(again) == directives(first), url


def test_without_the_setting_every_request_builds_the_page(client, settings):
    settings.PAGE_CACHE = False
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    assert len(queries) > 0


def test_a_publication_is_visible_at_the_next_request(client, page_cache):
    article = NewsPageFactory(title="Lịch cắt điện khu vực Hải Thành")
    assert "Lịch cắt điện khu vực Hải Thành" in client.get("/tin-tuc/").content.decode()
    assert "Lịch cắt điện khu vực Hải Thành" in client.get(article.url).content.decode()

    article.title = "Lịch cắt điện khu vực Hải Thành (đã đổi giờ)"
    article.save_revision().publish()
    NewsPageFactory(title="Cảnh báo bão số 3: người dân không ra khơi")

    news = client.get("/tin-tuc/").content.decode()
    assert "Cảnh báo bão số 3: người dân không ra khơi" in news
    assert "(đã đổi giờ)" in news
    assert "(đã đổi giờ)" in client.get(article.url).content.decode()


def test_an_unpublished_page_is_gone_at_the_next_request(client, page_cache):
    article = NewsPageFactory(title="Tin đăng nhầm cần gỡ")
    assert client.get(article.url).status_code == 200
    article.unpublish()
    assert client.get(article.url).status_code == 404
    assert "Tin đăng nhầm cần gỡ" not in client.get("/tin-tuc/").content.decode()


def test_an_emergency_notice_shows_on_kept_pages_at_the_next_request(client, page_cache):
    article = NewsPageFactory()
    for url in ["/", "/tin-tuc/", article.url]:
        client.get(url)
    notice = EmergencyNoticeFactory(title="Cảnh báo bão số 5 đổ bộ trong đêm nay")
    for url in ["/", "/tin-tuc/", article.url]:
        assert "Cảnh báo bão số 5 đổ bộ trong đêm nay" in client.get(url).content.decode(), url
    notice.delete()
    assert "Cảnh báo bão số 5" not in client.get("/").content.decode()


def test_saved_portal_settings_show_at_the_next_request(client, page_cache, home_page):
    client.get("/")
    portal = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    portal.phone = "0225 3 999 888"
    portal.save()
    assert "0225 3 999 888" in client.get("/").content.decode()


def test_a_page_with_a_form_token_is_never_kept_nor_shared(page_cache):
    tokens = set()
    for _visitor in range(2):
        response = Client().get("/lien-he/gui-thong-tin/")
        assert response.status_code == 200
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode())
        tokens.add(token.group(1))
        assert "private" in directives(response)
    assert len(tokens) == 2, "two visitors were given the same form token"


def test_a_signed_in_person_never_gets_the_kept_page(client, page_cache):
    assert "public" in directives(client.get("/"))  # kept for the public
    editor = get_user_model().objects.create_user("bien-tap-vien", password="mat-khau-du-dai-123")
    client.force_login(editor)
    response = client.get("/")
    assert response.status_code == 200
    assert {"private", "no-store"} <= directives(response), "the public's copy was served to a session"


def test_the_admin_is_never_kept(admin_client, page_cache):
    for _ in range(2):
        response = admin_client.get("/admin/")
        assert response.status_code == 200
        assert "private" in directives(response)


def test_each_address_and_query_is_kept_apart(client, page_cache):
    security = client.get("/tim-kiem/?q=an+ninh").content.decode()
    land = client.get("/tim-kiem/?q=dat+dai").content.decode()
    assert 'value="an ninh"' in security and 'value="dat dai"' not in security
    assert 'value="dat dai"' in land and 'value="an ninh"' not in land


def test_a_head_request_is_answered_and_a_post_is_never_from_the_cache(client, page_cache):
    client.get("/")
    assert client.head("/").status_code == 200
    response = client.post("/", {})
    assert "private" in directives(response)


def test_a_kept_page_keeps_the_script_nonce_it_was_built_with(client, page_cache):
    client.get("/")
    response = client.get("/")
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    scripts = re.findall(r"<script\b[^>]*>", response.content.decode())
    assert scripts and all(f'nonce="{nonce}"' in tag for tag in scripts)


def test_redis_down_every_page_is_built_without_an_error(client, page_cache, unreachable_cache):
    assert client.get("/").status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    assert len(queries) > 0, "a page was answered from a cache that cannot answer"


def test_production_settings_turn_the_page_cache_on_and_page_cache_0_off():
    production = {
        "DJANGO_SETTINGS_MODULE": "duongkinh.settings.production",
        "DJANGO_SECRET_KEY": "a-long-random-secret-key-for-the-page-cache-test-0123456789-abcdefghijk",
    }
    shell = ["shell", "-v", "0", "-c", "from django.conf import settings; print(settings.PAGE_CACHE)"]
    result = run_manage(shell, **production)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"
    result = run_manage(shell, **production, PAGE_CACHE="0")
    assert result.stdout.strip() == "False", result.stderr
