"""Shared fixtures: every test database starts with the portal's skeleton, and each test builds its content.

The skeleton (tests/factories/home.py) is the Vietnamese home page at the default site's root, each mandatory
section under its slug, and the portal's settings, made once per session with the factories. A test adds
the pages, documents and records it needs with tests/factories; its database changes are rolled back.
"""

import pytest
from django.core.cache import cache
from wagtail.models import Site

from tests.factories.home import build_every_page_type, build_portal_skeleton
from tests.live_server import refuse_a_real_database


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        refuse_a_real_database()
        build_portal_skeleton()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: the database is rolled back between tests, the cache is not."""
    cache.clear()


@pytest.fixture
def home_page(db):
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def section(home_page):
    """Look up a live section of the portal by its slug."""

    def get(slug):
        return home_page.get_children().get(slug=slug).specific

    return get


@pytest.fixture
def every_page_type(db):
    """A live page of every item type in its section (tests/factories/home.py), by page type."""
    return build_every_page_type()


@pytest.fixture
def unreachable_cache(settings):
    """The shared cache pointed at a port where no Redis listens (as when Redis is stopped)."""
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {"RETRY_AFTER": 60},
        }
    }
