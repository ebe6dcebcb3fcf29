"""A section's listing keeps its number of items in the fragment cache until the next publication: the
pages of /tin-tuc/ are right at the next request after a publish, and each category counts its own items."""

import pytest
from django.core.cache import cache

from tests.factories.sections import NewsCategoryFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

PER_PAGE = 12  # NewsIndexPage.items_per_page
SECOND_PAGE = 'href="?trang=2"'


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def full_first_page(db):
    return [NewsPageFactory(title=f"Tin số {number}") for number in range(PER_PAGE)]


def test_a_publication_adds_the_second_page_at_the_next_request(client, full_first_page):
    assert SECOND_PAGE not in client.get("/tin-tuc/").content.decode()
    assert SECOND_PAGE not in client.get("/tin-tuc/").content.decode()  # served with the cached count
    NewsPageFactory(title="Tin số 13")
    assert SECOND_PAGE in client.get("/tin-tuc/").content.decode()


def test_an_unpublished_article_takes_the_second_page_away(client, full_first_page):
    extra = NewsPageFactory(title="Tin số 13")
    assert SECOND_PAGE in client.get("/tin-tuc/").content.decode()
    extra.unpublish()
    assert SECOND_PAGE not in client.get("/tin-tuc/").content.decode()


def test_each_category_counts_its_own_articles(client, full_first_page):
    other = NewsCategoryFactory(name="Quốc phòng - an ninh")
    NewsPageFactory(title="Diễn tập phòng cháy chữa cháy", category=other)
    assert SECOND_PAGE in client.get("/tin-tuc/").content.decode()
    category_page = client.get(f"/tin-tuc/chuyen-muc/{other.slug}/").content.decode()
    assert "Diễn tập phòng cháy chữa cháy" in category_page
    assert SECOND_PAGE not in category_page
