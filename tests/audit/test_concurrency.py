"""Several processes logging at once still make one chain (PostgreSQL's advisory lock serialises them).

The writers are threads, each with its own database connection and its own transactions, committed as in
production; what they wrote is removed afterwards by a connection of their own, because the test's
connection is inside a transaction that cannot see their deletes roll back."""

import threading

import pytest
from django.db import connection, connections, transaction
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Site

from audit.models import LogSeal
from audit.verification import verify

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL"),
]

WRITERS, ENTRIES_EACH = 4, 15


def write_entries(site, barrier, errors):
    try:
        barrier.wait()
        for _ in range(ENTRIES_EACH):
            with transaction.atomic():
                log(site, "wagtail.edit")
    except Exception as error:  # noqa: BLE001 - reported by the test
        errors.append(error)
    finally:
        connections.close_all()


def remove_after(seal_id, entry_id):
    def remove():
        with connections["default"].cursor() as cursor:
            cursor.execute("DELETE FROM audit_logseal WHERE id > %s", [seal_id])
            cursor.execute("DELETE FROM wagtailcore_modellogentry WHERE id > %s", [entry_id])
        connections.close_all()

    thread = threading.Thread(target=remove)
    thread.start()
    thread.join()


def test_concurrent_writers_make_one_unbroken_chain():
    site = Site.objects.get(is_default_site=True)  # committed by the session's skeleton: the threads see it
    last_seal = LogSeal.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    last_entry = ModelLogEntry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    barrier, errors = threading.Barrier(WRITERS), []
    threads = [threading.Thread(target=write_entries, args=(site, barrier, errors)) for _ in range(WRITERS)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert errors == []
        new = list(LogSeal.objects.filter(pk__gt=last_seal).order_by("pk"))
        assert len(new) == WRITERS * ENTRIES_EACH
        assert [seal.previous_hash for seal in new[1:]] == [seal.hash for seal in new[:-1]]
        report = verify()
        assert report.intact, [problem.describe() for problem in report.problems[:3]]
    finally:
        remove_after(last_seal, last_entry)
