"""Every section of the demo portal answers with its content inside the common header and footer."""

import pytest
from django.utils.html import escape

from core.models import PortalSettings
from tests.home.test_page_tree import SECTION_TYPES

pytestmark = pytest.mark.django_db


def assert_has_header_and_footer(html, portal_settings):
    assert "ỦY BAN NHÂN DÂN PHƯỜNG DƯƠNG KINH" in html
    assert "CỔNG THÔNG TIN ĐIỆN TỬ" in html
    assert 'lang="vi"' in html
    assert portal_settings.responsible_person_name in html
    assert portal_settings.email in html
    assert "Ghi rõ nguồn" in html


@pytest.fixture
def portal_settings(home_page):
    return PortalSettings.for_site(home_page.get_site())


def test_home_page_renders_with_header_and_footer(client, portal_settings):
    response = client.get("/")
    assert response.status_code == 200
    assert_has_header_and_footer(response.content.decode(), portal_settings)


def test_home_page_links_every_mandatory_section(client, home_page):
    html = client.get("/").content.decode()
    for slug in SECTION_TYPES:
        assert f'href="/{slug}/"' in html, slug


@pytest.mark.parametrize("slug", list(SECTION_TYPES))
def test_section_renders_its_demo_content(client, section, portal_settings, slug):
    page = section(slug)
    response = client.get(f"/{slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert_has_header_and_footer(html, portal_settings)
    assert escape(page.title) in html
    children = page.get_children().live()
    if children.exists():
        assert any(escape(child.title) in html for child in children)


def test_every_live_page_renders(client, home_page):
    failures = []
    for page in home_page.get_descendants().live().specific():
        response = client.get(page.url)
        if response.status_code != 200:
            failures.append((page.url, response.status_code))
    assert failures == []


def test_a_draft_is_not_shown_to_the_public(client, section):
    news_index = section("tin-tuc")
    article = news_index.get_items().first()
    url = article.url
    assert client.get(url).status_code == 200
    assert escape(article.title) in client.get("/tin-tuc/").content.decode()
    article.unpublish()
    assert client.get(url).status_code == 404
    assert escape(article.title) not in client.get("/tin-tuc/").content.decode()


def test_site_map_lists_every_live_page(client, home_page):
    html = client.get("/so-do-cong/").content.decode()
    for page in home_page.get_descendants().live():
        assert escape(page.title) in html, page.url_path
