"""Shared fixtures: every test database starts with the demo content that `make run` shows."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Site


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("seed_demo", verbosity=0)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: the database is rolled back between tests, the cache is not."""
    cache.clear()


@pytest.fixture
def home_page(db):
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def section(home_page):
    """Look up a live section of the demo portal by its slug."""

    def get(slug):
        return home_page.get_children().get(slug=slug).specific

    return get
