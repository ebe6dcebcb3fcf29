"""The portal served from the test database in a server thread, for the tests that drive it over HTTP (a
browser, varnishd): what Django's LiveServerTestCase does, as a context manager for pytest fixtures."""

import threading
from contextlib import contextmanager

import pytest
from django.db import connections
from django.test.testcases import LiveServerThread, _StaticFilesHandler


def refuse_a_real_database():
    """Fail unless the default connection is a test database: never build, publish or delete content in the
    development database (pytest-django makes the test database only for sessions with a `django_db`
    test; a browser module run on its own has none)."""
    connection = connections["default"]
    name = connection.settings_dict["NAME"]
    in_memory = connection.vendor == "sqlite" and connection.is_in_memory_db()
    if not (str(name).startswith("test_") or in_memory):
        pytest.fail(f"Not a test database ({name}): run this module together with a django_db test.")


@contextmanager
def serve_test_database():
    """Yields the server's address; call with database access unblocked."""
    refuse_a_real_database()
    override = {}
    for conn in connections.all():
        if conn.vendor == "sqlite" and conn.is_in_memory_db():
            # An in-memory SQLite test database exists only in this connection: share it with the server
            # thread, as Django's LiveServerTestCase does.
            conn.inc_thread_sharing()
            override[conn.alias] = conn
    thread = LiveServerThread("127.0.0.1", _StaticFilesHandler, connections_override=override, port=0)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    try:
        yield f"http://127.0.0.1:{thread.port}"
    finally:
        thread.terminate()
        # Each request thread closes its database connection when its (keep-alive) socket closes; wait for
        # them, or PostgreSQL refuses to drop the test database that they still use.
        for request_thread in threading.enumerate():
            if request_thread.name.endswith("(process_request_thread)"):
                request_thread.join(timeout=10)
        for conn in override.values():
            conn.dec_thread_sharing()
