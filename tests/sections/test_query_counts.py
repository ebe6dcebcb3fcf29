"""The number of SQL queries behind the busiest public pages is fixed: it does not grow with content."""

import pytest
from django.core.cache import cache

from tests.factories.home import build_front_page_content

pytestmark = pytest.mark.django_db

# Issue 6 added three queries to every public page, all measured here with a cold cache: the emergency
# notices and the visit total (one cache entry: two queries when it is cold, none when it is warm) and the
# one upsert that counted the page view; issue 18 moved that count to the page's beacon (core/visits.py).
HOME_PAGE_QUERIES = 20
NEWS_ARTICLE_QUERIES = 21
NEWS_LIST_QUERIES = 18
# Warm: the fragment cache (core/fragments.py) holds the site settings, the menu and the home page's
# listings. What is left is Wagtail's routing (site, locale, the page, its aliases and view restrictions)
# and what only this page shows (the news list: its page of articles; their number is cached too).
WARM_QUERIES = {"/": 5, "article": 15, "/tin-tuc/": 11}


@pytest.fixture
def newest_article(db):
    """Content in every listing of the home page and the news section, and in every block of an article
    (tests/factories/home.py): the queries that only run when there is something to show are counted."""
    return build_front_page_content()


def warm(client, url):
    """Render once so that image renditions exist, as on a running portal, then start from a cold cache."""
    assert client.get(url).status_code == 200
    cache.clear()


def test_home_page_query_count(client, newest_article, django_assert_num_queries):
    warm(client, "/")
    with django_assert_num_queries(HOME_PAGE_QUERIES):
        assert client.get("/").status_code == 200


def test_news_article_query_count(client, section, newest_article, django_assert_num_queries):
    article = section("tin-tuc").get_items().first()
    assert article == newest_article
    warm(client, article.url)
    with django_assert_num_queries(NEWS_ARTICLE_QUERIES):
        assert client.get(article.url).status_code == 200


def test_news_list_query_count(client, newest_article, django_assert_num_queries):
    warm(client, "/tin-tuc/")
    with django_assert_num_queries(NEWS_LIST_QUERIES):
        assert client.get("/tin-tuc/").status_code == 200


@pytest.mark.parametrize("url", WARM_QUERIES)
def test_warm_query_count(client, newest_article, url, django_assert_num_queries):
    path = newest_article.url if url == "article" else url
    assert client.get(path).status_code == 200
    with django_assert_num_queries(WARM_QUERIES[url]):
        assert client.get(path).status_code == 200
