"""Health checks for the load balancer and the operator.

* `/healthz` (liveness): the process answers. It reads nothing, so a database outage does not make the
  orchestrator restart healthy workers.
* `/readyz` (readiness): what this worker stands on, each as "ok", "degraded" (the portal still serves,
  without that service: the shared cache or the search server) or "error". The answer is 200 while the
  database and the file storage answer, 503 otherwise, so the load balancer sends nobody to a worker that
  cannot serve pages or files. With CLAMD_URL set, "antivirus" says whether clamd answers PING: without it
  uploads are refused (core/uploads.py) but pages are served, hence "degraded"; unset, it is not listed.
"""

import logging
import uuid

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.search.backends import get_search_backend

from . import antivirus

logger = logging.getLogger(__name__)

OK, DEGRADED, ERROR = "ok", "degraded", "error"
#: Checks whose failure makes the worker unready; the others only degrade it.
REQUIRED = ("database", "storage")


@require_GET
@never_cache
def healthz(request):
    return JsonResponse({"status": OK})


@require_GET
@never_cache
def readyz(request):
    checks = {
        "database": check_database(),
        "cache": check_cache(),
        "search": check_search(),
        "storage": check_storage(),
    }
    if antivirus.enabled():
        checks["antivirus"] = check_antivirus()
    ready = all(checks[name] == OK for name in REQUIRED)
    status = OK if all(value == OK for value in checks.values()) else (DEGRADED if ready else ERROR)
    return JsonResponse({"status": status, "checks": checks}, status=200 if ready else 503)


def _failed(name):
    logger.warning("Readiness check %s failed", name, exc_info=True)


def check_database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any failure means the database cannot serve
        _failed("database")
        return ERROR
    return OK


def check_cache():
    """Redis answers (core.cache.ResilientRedisCache.ping), or a local cache keeps a value."""
    ping = getattr(cache, "ping", None)
    if ping is not None:
        return OK if ping() else DEGRADED
    try:
        key = f"readyz:{uuid.uuid4().hex}"
        cache.set(key, "1", 5)
        kept = cache.get(key) == "1"
        cache.delete(key)
    except Exception:  # noqa: BLE001
        _failed("cache")
        return DEGRADED
    return OK if kept else DEGRADED


def check_search():
    """Elasticsearch answers its ping; the database backends are as ready as the database. Without
    Elasticsearch the search falls back to the database index (search.service), hence "degraded"."""
    backend = get_search_backend()
    client = getattr(backend, "es", None)
    if client is None:
        return OK
    try:
        return OK if client.ping() else DEGRADED
    except Exception:  # noqa: BLE001
        _failed("search")
        return DEGRADED


def check_antivirus():
    try:
        return OK if antivirus.ping() else DEGRADED
    except antivirus.ScannerUnavailable:
        _failed("antivirus")
        return DEGRADED


def check_storage():
    try:
        default_storage.exists(f"readyz-{uuid.uuid4().hex}")
    except Exception:  # noqa: BLE001
        _failed("storage")
        return ERROR
    return OK
