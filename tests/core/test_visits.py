"""Visit statistics off the request path (issue 18): a GET of a public page writes nothing to the database;
the page's beacon counts it, in Redis flushed each minute by the worker, or in the database without Redis."""

import os
import time
import uuid

import pytest
import redis
from django.core import signing
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core import counters
from core.models import PageViewDaily
from core.tasks import flush_counters
from search.models import SearchTerm
from tests.factories.sections import NewsPageFactory
from tests.visits import BROWSER, beacon_of, visit

pytestmark = pytest.mark.django_db

WRITES = ("INSERT", "UPDATE", "DELETE")


def writes_during(function):
    with CaptureQueriesContext(connection) as captured:
        function()
    return [q["sql"] for q in captured.captured_queries if q["sql"].lstrip().upper().startswith(WRITES)]


@pytest.fixture
def redis_counters(settings):
    """Counters in the real Redis of REDIS_URL, under a key prefix of this test's own."""
    url = os.environ.get("REDIS_URL")
    if not url:
        pytest.fail("These tests need Redis: run scripts/test-services and set REDIS_URL.")
    settings.COUNTERS_REDIS_URL = url
    settings.COUNTERS_KEY_PREFIX = f"test-counters:{uuid.uuid4().hex}"
    yield redis.Redis.from_url(url)
    client = redis.Redis.from_url(url)
    for key in client.scan_iter(match=f"{settings.COUNTERS_KEY_PREFIX}:*"):
        client.delete(key)


def test_a_get_of_a_public_page_or_a_search_writes_nothing_to_the_database(client, redis_counters):
    article = NewsPageFactory(title="Bão số 3 đổ bộ")
    for url, data in [("/", {}), ("/tin-tuc/", {}), (article.url, {}), ("/tim-kiem/", {"q": "bão"})]:
        assert writes_during(lambda url=url, data=data: client.get(url, data, HTTP_USER_AGENT=BROWSER)) == []


def test_the_beacon_counts_in_redis_and_the_worker_writes_the_totals_once(client, redis_counters):
    article = NewsPageFactory(title="Bão số 3 đổ bộ")
    for _view in range(3):
        visit(client, article.url)
    visit(client, "/tim-kiem/", {"q": "Bão số 3"})
    visit(client, "/tim-kiem/", {"q": "xyzzyq"})
    assert not PageViewDaily.objects.exists() and not SearchTerm.objects.exists()

    flush_counters.call()
    flush_counters.call()

    today = timezone.localdate()
    assert set(PageViewDaily.objects.values_list("date", "path", "views")) == {
        (today, article.url, 3),
        (today, "/tim-kiem/", 2),
    }
    found = SearchTerm.objects.get(query_string="bão số 3", language="vi")
    assert (found.hits, found.hits_without_results) == (1, 0) and found.last_result_count >= 1
    nothing = SearchTerm.objects.get(query_string="xyzzyq")
    assert (nothing.hits, nothing.hits_without_results, nothing.last_result_count) == (1, 1, 0)


def test_counts_made_while_a_flush_runs_are_kept_for_the_next(client, redis_counters, settings):
    article = NewsPageFactory()
    visit(client, article.url)
    original = counters.WRITERS["views"]

    def write_then_count_again(bucket, values):
        original(bucket, values)
        visit(client, article.url)  # arrives between the rename and the delete

    counters.WRITERS["views"] = write_then_count_again
    try:
        flush_counters.call()
    finally:
        counters.WRITERS["views"] = original
    flush_counters.call()
    assert PageViewDaily.objects.get(path=article.url).views == 2


def test_without_redis_the_beacon_writes_to_the_database(client, settings):
    settings.COUNTERS_REDIS_URL = None
    visit(client, "/tin-tuc/")
    assert PageViewDaily.objects.get(path="/tin-tuc/").views == 1


def test_redis_down_counts_in_the_database_and_never_fails_the_visitor(client, settings):
    settings.COUNTERS_REDIS_URL = "redis://127.0.0.1:1/0"
    assert visit(client, "/tin-tuc/").status_code == 200
    assert PageViewDaily.objects.get(path="/tin-tuc/").views == 1


def test_a_forged_token_counts_nothing(client):
    forged = signing.Signer(salt="another.salt").sign_object({"p": "/quang-cao-ban-hang/"}, compress=True)
    assert client.post("/luot-xem/", {"t": forged}, HTTP_USER_AGENT=BROWSER).status_code == 400
    assert client.post("/luot-xem/", {"t": "x" * 5000}, HTTP_USER_AGENT=BROWSER).status_code == 400
    assert client.get("/luot-xem/").status_code == 405
    assert not PageViewDaily.objects.exists()


def test_the_token_is_the_same_for_every_visitor_so_the_page_stays_cacheable(client, monkeypatch):
    first = beacon_of(client.get("/tin-tuc/", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.7"))
    later = time.time() + 3600  # an hour later: a timestamped signature would differ
    monkeypatch.setattr(signing.time, "time", lambda: later)
    second = beacon_of(client.get("/tin-tuc/", HTTP_USER_AGENT="Other", REMOTE_ADDR="198.51.100.2"))
    assert first == second and first is not None
    assert "Set-Cookie" not in client.post(first[1], {"t": first[0]}, HTTP_USER_AGENT=BROWSER)


def test_previews_and_error_pages_carry_no_beacon(client):
    article = NewsPageFactory()
    assert beacon_of(client.get("/khong-co-trang-nay/")) is None
    preview = article.make_preview_request()
    preview.render()
    assert preview.status_code == 200 and beacon_of(preview) is None
    assert beacon_of(client.get(article.url)) is not None
