"""The content the search tests search, built once per test module (tests/search/corpus.py)."""

import pytest
from django.db import transaction
from wagtail.models import Locale

from .corpus import build_documents, build_ward_pages, build_zeta_pages, news


@pytest.fixture(scope="module")
def search_corpus(django_db_setup, django_db_blocker):
    """The ward's pages, the Zeta pages and the legal documents, made once for the module's tests.

    Building them (about forty pages and documents, each published through a revision and indexed) for each
    of the behaviour table's fifty queries would take minutes. They are made in a transaction that stays
    open while the module's tests run, each test in a savepoint inside it (pytest-django's `db`), and that
    is rolled back when the module is done: no test sees another's changes, and the next module starts
    from the skeleton again.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        corpus = {"zeta": build_zeta_pages(), "pages": build_ward_pages(), "documents": build_documents()}
        yield corpus
        transaction.set_rollback(True)


@pytest.fixture
def search_pages_fixture(search_corpus, db):
    """The pages with invented words (Zeta, Omega, 987/2031, …), by role, among the ward's content."""
    return search_corpus["zeta"]


@pytest.fixture
def english_page(home_page, search_pages_fixture):
    """An English page with a word that a Vietnamese page also has."""
    locale, _created = Locale.objects.get_or_create(language_code="en")
    english_home = home_page.copy_for_translation(locale)
    english_home.live = True
    english_home.save()
    return news(
        "Zeta market opens on Sundays",
        "The Zeta market sells fresh produce.",
        parent=english_home,
        locale=locale,
        category=None,
    )
