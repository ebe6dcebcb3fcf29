"""Cache-Control on every response (issue 18): public and short for what every visitor sees alike, private
and never stored for anything with a form token, a cookie, a signed-in person or the admin."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.factories.sections import NewsPageFactory
from tests.visits import BROWSER

pytestmark = pytest.mark.django_db

PUBLIC = {"public", "max-age=60", "s-maxage=300"}


def directives(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def assert_private(response):
    found = directives(response)
    assert {"private", "no-store"} <= found and "public" not in found, response.get("Cache-Control")


def test_public_pages_feeds_and_listings_are_public_and_short(client):
    article = NewsPageFactory()
    for url in [
        "/",
        "/tin-tuc/",
        article.url,
        "/tin-tuc/rss/",
        "/van-ban/",
        "/tim-kiem/?q=ph%C6%B0%E1%BB%9Dng",
    ]:
        response = client.get(url, HTTP_USER_AGENT=BROWSER)
        assert response.status_code == 200, url
        assert directives(response) == PUBLIC, (url, response.get("Cache-Control"))
        assert not response.cookies, url


def test_a_missing_page_is_public_too_so_a_flood_of_them_stays_in_the_cache(client):
    assert directives(client.get("/khong-co-trang-nay/")) == PUBLIC


def test_a_page_with_a_form_and_its_csrf_token_is_never_stored(client):
    response = client.get("/lien-he/gui-thong-tin/")
    assert response.status_code == 200 and "csrfmiddlewaretoken" in response.content.decode()
    assert_private(response)


def test_a_password_protected_page_is_private_before_and_after_the_password(client):
    article = NewsPageFactory()
    restriction = PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert_private(client.get(article.url))
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, article.pk])
    assert client.post(url, {"password": "x", "return_url": article.url}).status_code == 302
    unlocked = client.get(article.url)
    assert unlocked.status_code == 200 and article.title in unlocked.content.decode()
    assert_private(unlocked)


def test_signed_in_staff_get_private_copies_of_public_pages(client):
    user = get_user_model().objects.create_user("bien-tap", password="a-long-password-1")
    client.force_login(user)
    assert_private(client.get("/"))
    assert_private(client.get("/tin-tuc/"))


def test_the_admin_the_beacon_and_unsafe_methods_are_private(client, admin_client):
    assert_private(client.get("/admin/login/"))
    assert_private(admin_client.get("/admin/"))
    assert_private(client.post("/luot-xem/", {"t": "x"}))
    assert_private(client.post("/tim-kiem/", {"q": "x"}))


def test_hashed_static_files_are_immutable_for_a_year_in_production(tmp_path):
    """collectstatic with the production storage, then WhiteNoise serves the hashed name."""
    script = (
        "from django.core.management import call_command; call_command('collectstatic', '--no-input', "
        "verbosity=0); from django.contrib.staticfiles.storage import staticfiles_storage as s; "
        "from django.test import Client; name = s.url('css/portal.css'); "
        "r = Client().get(name, secure=True, HTTP_HOST='duongkinh.haiphong.gov.vn'); "
        "print(name, r.status_code, r['Cache-Control'])"
    )
    environment = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    environment.update(
        DJANGO_SETTINGS_MODULE="duongkinh.settings.production",
        DJANGO_SECRET_KEY="a-long-random-secret-key-for-the-static-test-0123456789-abcdefghijklmnop",
        DJANGO_ALLOWED_HOSTS="duongkinh.haiphong.gov.vn",
        DJANGO_STATIC_ROOT=str(tmp_path),
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", script],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    name, status, cache_control = result.stdout.split(maxsplit=2)
    assert name.startswith("/static/css/portal.") and name != "/static/css/portal.css"
    assert status == "200"
    assert {part.strip() for part in cache_control.split(",")} == {"max-age=315360000", "public", "immutable"}
