"""The database stopped: the public side answers a Vietnamese "temporarily unavailable" page with 503 and
Retry-After (what a citizen had typed shown back), /healthz stays alive and /readyz says not ready, and
everything is served again once the database is back, without restarting the portal.

A PostgreSQL cluster of the test's own (port 55433) is created, filled with a copy of the run's test database
(the portal's skeleton), served by the portal in a process of its own, stopped and started; the shared
PostgreSQL server only lends its test database to copy from.
"""

from urllib.parse import urlencode

import pytest
from django.db import connection

from tests.throwaway import PortalServer, ThrowawayPostgres, browser, fetch, form_token, run_database_url

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="copies the run's PostgreSQL test database (DATABASE_URL)"
    ),
]

PG_PORT = 55433
PORTAL_PORT = 8131


@pytest.fixture
def portal_on_a_throwaway_database(db):
    cluster = ThrowawayPostgres(PG_PORT).init()
    server = None
    try:
        cluster.start()
        cluster.load_from(run_database_url())
        server = PortalServer(PORTAL_PORT, DATABASE_URL=cluster.url())
        server.start()
        yield cluster, server
    finally:
        if server is not None:
            server.stop()
        cluster.destroy()


def test_a_stopped_database_answers_503_in_vietnamese_and_the_portal_recovers(portal_on_a_throwaway_database):
    cluster, server = portal_on_a_throwaway_database
    citizen = browser()
    assert fetch(server.base + "/")[0] == 200
    status, _headers, form = fetch(server.base + "/lien-he/gui-thong-tin/", opener=citizen)
    assert status == 200

    cluster.stop()
    status, headers, text = fetch(server.base + "/tin-tuc/")
    assert status == 503
    assert headers["Retry-After"] == "30" and "no-store" in headers["Cache-Control"]
    assert "tạm thời gián đoạn" in text
    typed = {"sender_name": "Phạm Thị Mai", "subject": "Ngập nước ngõ 7", "body": "Ngõ 7 ngập sâu sau mưa."}
    typed["csrfmiddlewaretoken"] = form_token(form)
    status, _headers, text = fetch(
        server.base + "/lien-he/gui-thong-tin/", urlencode(typed).encode(), opener=citizen
    )
    assert status == 503
    assert "Ngõ 7 ngập sâu sau mưa." in text and "Phạm Thị Mai" in text
    assert fetch(server.base + "/healthz")[0] == 200
    status, _headers, text = fetch(server.base + "/readyz")
    assert status == 503 and '"database": "error"' in text

    cluster.start()
    assert fetch(server.base + "/tin-tuc/")[0] == 200
    assert fetch(server.base + "/readyz")[0] == 200
