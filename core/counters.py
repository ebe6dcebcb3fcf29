"""Counts kept in Redis until a scheduled job writes them to the database (docs/visit-statistics.md).

A page view or a search must not write to the database while the visitor waits: under a storm warning
shared on social media, thousands of INSERTs a minute would queue behind each other. With
`COUNTERS_REDIS_URL` (REDIS_URL by default) each count is one HINCRBY into a hash per bucket; the job
`flush-counters` (settings.SCHEDULED_JOBS) renames each hash (atomic: counts arriving meanwhile start a new
one), hands its totals to the writer of its kind, and deletes it once they are committed. A hash left by a
job that died before it wrote is written by the next run. Without Redis (the laptop default) `add()` says so
and the caller writes at once; when Redis fails, the same.
"""

import logging

import redis
from django.conf import settings
from django.db import transaction
from django.utils.crypto import get_random_string

logger = logging.getLogger(__name__)

PENDING = "pending"
FLUSHING = "flushing"
# name -> function(bucket, {field: value}) that writes one bucket's totals to the database; filled by the
# apps that count something (core's page views below, search's terms in search/apps.py).
WRITERS = {}
_clients = {}


def client():
    """The Redis client of the counters, or None when they are kept in the database directly."""
    url = getattr(settings, "COUNTERS_REDIS_URL", None)
    if not url:
        return None
    if url not in _clients:
        _clients[url] = redis.Redis.from_url(url, socket_timeout=1, socket_connect_timeout=1)
    return _clients[url]


def _key(state, kind, bucket, token=""):
    prefix = getattr(settings, "COUNTERS_KEY_PREFIX", "portal:counters")
    return ":".join(part for part in (prefix, state, kind, bucket, token) if part)


def add(kind, bucket, counts, latest=None):
    """Add `counts` ({field: amount}) to `bucket` and set its `latest` fields ({field: value}, the last
    write wins). Returns False when there is no Redis or it failed: the caller then writes to the database."""
    redis_client = client()
    if redis_client is None:
        return False
    key = _key(PENDING, kind, bucket)
    try:
        with redis_client.pipeline(transaction=False) as pipe:
            for field, amount in counts.items():
                pipe.hincrby(key, field, amount)
            if latest:
                pipe.hset(key, mapping=latest)
            pipe.execute()
    except redis.RedisError:
        logger.warning("Redis refused a count of %s: written to the database instead.", kind, exc_info=True)
        return False
    return True


def _scan(redis_client, state, kind):
    return [key.decode() for key in redis_client.scan_iter(match=_key(state, kind, "*"), count=500)]


def flush(kind):
    """Write every pending bucket of `kind` to the database; returns the number of buckets written."""
    redis_client = client()
    if redis_client is None:
        return 0
    prefix = _key(PENDING, kind, "")
    for key in _scan(redis_client, PENDING, kind):
        bucket = key[len(prefix) + 1 :]
        try:
            redis_client.rename(key, _key(FLUSHING, kind, bucket, get_random_string(12)))
        except redis.ResponseError:
            continue  # another run took it between SCAN and RENAME
    written = 0
    flushing_prefix = _key(FLUSHING, kind, "")
    for key in _scan(redis_client, FLUSHING, kind):
        bucket = key[len(flushing_prefix) + 1 :].rsplit(":", 1)[0]
        values = {field.decode(): value.decode() for field, value in redis_client.hgetall(key).items()}
        if values:
            with transaction.atomic():
                WRITERS[kind](bucket, values)
        redis_client.delete(key)
        written += 1
    return written
