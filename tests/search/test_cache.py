"""Repeated searches are answered from the fragment cache (search/views.py): briefly, made stale by every
publication, still counted by the beacon, and without Redis simply searched again."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import fragments
from search.models import SearchTerm
from tests.visits import visit

from .cases import ZETA_BAN, ZETA_BAN_QUAN_LY
from .corpus import news

SEARCH_URL = "/tim-kiem/"


def titles(response):
    return [result.title for result in response.context["results"]]


def queries_of(client, params):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(SEARCH_URL, params)
    assert response.status_code == 200
    return response, len(captured.captured_queries)


def test_a_repeated_search_shows_the_same_page_from_the_cache(client, search_pages_fixture):
    client.get(SEARCH_URL, {"q": "omega"})  # the fragments every search reads are warm
    params = {"q": "zeta", "nam": "2026"}
    first, first_queries = queries_of(client, params)
    again, again_queries = queries_of(client, params)
    assert again_queries < first_queries
    assert titles(again) == titles(first) and len(titles(first)) == 2
    outcome = again.context["outcome"]
    facets = {heading.param: options for heading, options in outcome.facets}
    assert [(option.value, option.count, option.selected) for option in facets["nam"]] == [("2026", 2, True)]
    assert all("q=zeta" in option.url for options in facets.values() for option in options)
    assert [
        (value, "nam=" in url, "q=zeta" in url) for _label, value, url in outcome.active_filter_links
    ] == [("2026", False, True)]
    assert "Chợ phiên <mark>Zeta</mark> <mark>bán</mark>" not in again.content.decode()
    assert "chợ phiên <mark>Zeta</mark> bán" in again.content.decode()


def test_other_filters_pages_and_words_are_other_searches(client, search_pages_fixture):
    assert len(titles(client.get(SEARCH_URL, {"q": "zeta"}))) == 2
    assert titles(client.get(SEARCH_URL, {"q": "zeta ban quan ly"}))[0].startswith(
        "Chợ phiên <mark>Zeta</mark> họp"
    )
    assert titles(client.get(SEARCH_URL, {"q": "zeta", "nam": "2031"})) == []
    assert len(titles(client.get(SEARCH_URL, {"q": "phuong"}))) == 15
    second_page = titles(client.get(SEARCH_URL, {"q": "phuong", "trang": "2"}))
    assert second_page and not set(second_page) & set(titles(client.get(SEARCH_URL, {"q": "phuong"})))


def test_a_publication_shows_in_a_cached_search_at_the_next_request(client, search_pages_fixture):
    assert len(titles(client.get(SEARCH_URL, {"q": "zeta"}))) == 2
    news("Chợ phiên Zeta mở thêm buổi tối", "Chợ phiên Zeta họp thêm vào buổi tối thứ Bảy.")
    assert "Chợ phiên <mark>Zeta</mark> mở thêm buổi tối" in titles(client.get(SEARCH_URL, {"q": "zeta"}))


def test_an_unpublished_page_leaves_a_cached_search_at_the_next_request(client, search_pages_fixture):
    assert len(titles(client.get(SEARCH_URL, {"q": "zeta"}))) == 2
    search_pages_fixture["ban_plain"].unpublish()
    assert titles(client.get(SEARCH_URL, {"q": "zeta"})) == ["Chợ phiên <mark>Zeta</mark> bán nông sản sạch"]


def test_a_cached_search_is_still_counted_by_the_beacon(client, search_pages_fixture):
    for _ in range(3):
        visit(client, SEARCH_URL, {"q": "Zeta"})
    term = SearchTerm.objects.get(query_string="zeta", language="vi")
    assert (term.hits, term.last_result_count) == (3, 2)


def test_the_cache_keeps_a_search_for_search_cache_seconds(client, search_pages_fixture, settings):
    client.get(SEARCH_URL, {"q": "omega"})  # the fragments every search reads are warm
    settings.SEARCH_CACHE_SECONDS = 0  # kept for no time at all: every search is searched again
    _first, first_queries = queries_of(client, {"q": "zeta"})
    _again, again_queries = queries_of(client, {"q": "zeta"})
    assert again_queries == first_queries
    settings.SEARCH_CACHE_SECONDS = 60
    cache.clear()
    queries_of(client, {"q": "zeta"})
    _cached, cached_queries = queries_of(client, {"q": "zeta"})
    assert cached_queries < again_queries


def test_without_redis_every_search_is_searched_and_counted(client, search_pages_fixture, unreachable_cache):
    assert fragments.current_generation() is None
    for _ in range(2):
        response = visit(client, SEARCH_URL, {"q": "zeta"})
        assert response.status_code == 200
        assert sorted(result.page.title for result in response.context["results"]) == sorted(
            [ZETA_BAN, ZETA_BAN_QUAN_LY]
        )
    assert SearchTerm.objects.get(query_string="zeta", language="vi").hits == 2
