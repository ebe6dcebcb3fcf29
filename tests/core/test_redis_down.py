"""Redis stopped: every page is still served (without the shared cache), the rate limits keep counting in
the process's memory, /readyz says the cache is degraded, and the cache comes back by itself.

A real redis-server of the test's own (port 6390) is started and stopped; the run's shared Redis is never
touched."""

import time

import pytest
import redis
from django.core.cache import caches

from moderation.intake.models import IntakeRecord
from tests.throwaway import ThrowawayRedis

pytestmark = pytest.mark.django_db

PORT = 6390
RETRY_AFTER = 0.3
PAGES = ["/", "/tin-tuc/", "/van-ban/", "/tim-kiem/?q=an+ninh", "/lien-he/gui-thong-tin/", "/sitemap.xml"]


@pytest.fixture
def throwaway_redis():
    server = ThrowawayRedis(PORT)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def redis_caches(settings, throwaway_redis):
    def resilient(**options):
        return {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": throwaway_redis.url,
            "OPTIONS": {"RETRY_AFTER": RETRY_AFTER, **options},
        }

    settings.CACHES = {
        "default": resilient(),
        "ratelimit": {**resilient(FALLBACK="local"), "KEY_PREFIX": "ratelimit"},
    }
    settings.RATELIMIT_USE_CACHE = "ratelimit"
    yield throwaway_redis
    for alias in ("default", "ratelimit"):
        caches[alias].clear()


def stored_keys(server):
    return redis.Redis.from_url(server.url).keys("*")


def intake_post(client, number):
    return client.post(
        "/lien-he/gui-thong-tin/",
        {
            "sender_name": "Trần Văn Bình",
            "subject": f"Đèn đường hỏng số {number}",
            "body": "Đèn đường ở ngõ 5 không sáng.",
            "consent": "on",
        },
    )


def test_pages_are_served_while_redis_is_stopped_and_the_cache_recovers(
    client, every_page_type, redis_caches
):
    for url in PAGES:
        assert client.get(url).status_code == 200, url
    assert stored_keys(redis_caches), "the pages did not use the shared cache"

    redis_caches.stop()
    for url in PAGES:
        assert client.get(url).status_code == 200, url
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"]["cache"] == "degraded"

    redis_caches.start()
    time.sleep(RETRY_AFTER * 2)
    assert client.get("/").status_code == 200
    assert stored_keys(redis_caches), "the cache did not come back"
    assert client.get("/readyz").json()["checks"]["cache"] == "ok"


def test_the_rate_limit_keeps_counting_while_redis_is_stopped(client, home_page, redis_caches, settings):
    settings.INTAKE_RATE_LIMIT = 2
    redis_caches.stop()
    before = IntakeRecord.objects.count()
    answers = [intake_post(client, number).status_code for number in range(3)]
    assert answers == [302, 302, 429]
    assert IntakeRecord.objects.count() == before + 2
