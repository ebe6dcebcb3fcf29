"""The task that runs one periodic job (core/scheduler.py): a management command or a django-tasks task,
under a lock, so that the same job never runs twice at once.

The lock is a key in the default cache, added only if absent (an atomic `add` in Redis and in local memory).
With REDIS_URL every process shares it: the scheduler, any number of `db_worker`s and a run by hand. It
expires after the job's `lock_seconds`, so a worker killed in the middle of a job does not stop it for good.
"""

import contextlib
import io
import logging

from django.core.cache import cache
from django.core.management import call_command
from django.utils.crypto import get_random_string
from django.utils.module_loading import import_string
from django_tasks import task

from . import counters, visits  # noqa: F401 - visits registers the writer of page views

logger = logging.getLogger(__name__)

DEFAULT_LOCK_SECONDS = 600


@contextlib.contextmanager
def job_lock(name, seconds=DEFAULT_LOCK_SECONDS):
    """Hold the lock of job `name`; yields False (and holds nothing) when another run holds it."""
    key = f"scheduled-job:{name}:running"
    token = get_random_string(24)
    acquired = cache.add(key, token, timeout=seconds)
    try:
        yield acquired
    finally:
        if acquired and cache.get(key) == token:
            cache.delete(key)


@task()
def run_scheduled_job(name, command=None, task_path=None, args=(), lock_seconds=DEFAULT_LOCK_SECONDS):
    """Run job `name` unless it is running already. Returns {"ran": bool, "output": what it said}."""
    with job_lock(name, lock_seconds) as acquired:
        if not acquired:
            logger.warning("Scheduled job %s is still running elsewhere; this run is skipped.", name)
            return {"ran": False, "output": ""}
        if command:
            buffer = io.StringIO()
            call_command(command, *args, stdout=buffer)
            output = buffer.getvalue().strip()
        else:
            output = import_string(task_path).call(*args)
        logger.info("Scheduled job %s done.%s", name, "" if output in ("", None) else f" {output}")
        return {"ran": True, "output": output}


@task()
def flush_counters():
    """Write the page views and searches counted in Redis to the database (core/counters.py)."""
    written = {kind: counters.flush(kind) for kind in sorted(counters.WRITERS)}
    return ", ".join(f"{kind}: {count}" for kind, count in written.items())
