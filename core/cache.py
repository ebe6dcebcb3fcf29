"""The shared cache (Redis) that never takes a page down with it.

`ResilientRedisCache` is Django's own `RedisCache` whose every operation, when Redis cannot answer (stopped,
restarting, unreachable, out of memory), falls back instead of raising:

* `FALLBACK: "none"` (the default cache): it behaves as an empty cache that keeps nothing. Pages are
  computed from the database, as on the first visit; nothing stale is ever served from a local copy that
  a publication elsewhere could not purge.
* `FALLBACK: "local"` (the rate limits' cache, `RATELIMIT_USE_CACHE`): counters move to this process's
  memory, so the public forms stay limited per worker rather than unlimited.

After a failure Redis is left alone for `RETRY_AFTER` seconds (shared by every thread of the process), so a
page does not wait for one connection timeout per cache call; then the next call tries it again and the
cache recovers by itself. Short socket timeouts (`socket_connect_timeout`, `socket_timeout`, 0.5 s unless the
OPTIONS say otherwise) bound the wait of that first call. The outage is logged once, with its end.

Sessions do not depend on it: with Redis they use `cached_db` (the database holds every session, the cache
only speeds reading it). `/readyz` reports the cache as "degraded" while Redis is down (`core.health`).
"""

import logging
import threading
import time

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

DEFAULT_RETRY_AFTER = 5.0
DEFAULT_SOCKET_TIMEOUT = 0.5

# When each Redis server (by its LOCATION) may be tried again; shared by the cache objects of every thread.
_down_until = {}
_lock = threading.Lock()


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        self.retry_after = float(options.pop("RETRY_AFTER", DEFAULT_RETRY_AFTER))
        fallback = options.pop("FALLBACK", "none")
        options.setdefault("socket_connect_timeout", DEFAULT_SOCKET_TIMEOUT)
        options.setdefault("socket_timeout", DEFAULT_SOCKET_TIMEOUT)
        super().__init__(server, {**params, "OPTIONS": options})
        self._location = server if isinstance(server, str) else ",".join(server)
        self._fallback = None
        if fallback == "local":
            # LocMemCache keeps its data per name: every thread of the process shares these counters.
            self._fallback = LocMemCache(
                f"redis-fallback:{self._location}", {"TIMEOUT": params.get("TIMEOUT")}
            )

    # -- state -------------------------------------------------------------------------------------------

    @property
    def is_down(self):
        return time.monotonic() < _down_until.get(self._location, 0.0)

    def _mark_down(self, error):
        with _lock:
            was_down = self._location in _down_until
            _down_until[self._location] = time.monotonic() + self.retry_after
        if not was_down:
            logger.warning("Redis cannot answer (%s); the portal runs without its shared cache.", error)

    def _mark_up(self):
        if self._location in _down_until:
            with _lock:
                if _down_until.pop(self._location, None) is not None:
                    logger.warning("Redis answers again; the shared cache is back.")

    def ping(self):
        """Whether Redis answers now (health checks; tries even while the cache is marked down)."""
        try:
            self._cache.get_client().ping()
        except RedisError as error:
            self._mark_down(error)
            return False
        self._mark_up()
        return True

    def _call(self, name, when_down, *args, **kwargs):
        if not self.is_down:
            try:
                result = getattr(RedisCache, name)(self, *args, **kwargs)
            except RedisError as error:
                self._mark_down(error)
            else:
                self._mark_up()
                return result
        if self._fallback is not None:
            return getattr(self._fallback, name)(*args, **kwargs)
        return when_down(*args, **kwargs)

    # -- Django's cache API ----------------------------------------------------------------------------

    def add(self, *args, **kwargs):
        return self._call("add", lambda *a, **k: False, *args, **kwargs)

    def get(self, key, default=None, version=None):
        return self._call("get", lambda *a, **k: default, key, default, version)

    def set(self, *args, **kwargs):
        return self._call("set", lambda *a, **k: None, *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._call("touch", lambda *a, **k: False, *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._call("delete", lambda *a, **k: False, *args, **kwargs)

    def get_many(self, *args, **kwargs):
        return self._call("get_many", lambda *a, **k: {}, *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._call("has_key", lambda *a, **k: False, *args, **kwargs)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", _missing_key, key, delta, version)

    def set_many(self, *args, **kwargs):
        return self._call("set_many", lambda *a, **k: [], *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._call("delete_many", lambda *a, **k: None, *args, **kwargs)

    def clear(self):
        return self._call("clear", lambda: None)


def _missing_key(key, *args):
    # What every Django cache raises for a counter it does not hold.
    raise ValueError(f"Key '{key}' not found")
