"""A real browser against the running portal: Playwright (PyPI) driving Debian's chromium.

The browser is never downloaded: `playwright install` is not used, chromium comes from the system
(`apt-get install chromium`, done by scripts/test-services, which `make test` runs). When it is missing the
tests fail with a clear message; they are never skipped silently.

The portal runs in a server thread started once per session against the test database, which holds the
portal's skeleton (tests/conftest.py). pytest-django's `live_server` fixture is not used on purpose: it needs
a transactional database, whose flush after each test would wipe the skeleton for every later test of the
same worker. What the browser reads is made with the factories and committed (`portal_content`), so that the
server thread sees it, and deleted when the module is done, so that the worker's later tests do not.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from core.models import EmergencyNotice, PageViewDaily
from legal_docs.models import LegalDocument
from sections.models import NewsCategory
from tests.audit_record import audit_record_snapshot, delete_pages_since, newest_pk, remove_audit_record_since
from tests.factories.home import build_every_page_type, build_front_page_content
from tests.live_server import serve_test_database

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WIDTHS = [360, 768, 1280]
SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives chromium against the running portal")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def portal_url(django_db_setup, django_db_blocker):
    """The address of the portal served from the test database, with static and media files."""
    with django_db_blocker.unblock(), serve_test_database() as url:
        yield url


# What `portal_content` makes and deletes (rows newer than those there before it), besides the pages. The page
# views are those the browser's visits counted.
MADE_FOR_THE_BROWSER = [
    LegalDocument,
    get_image_model(),
    get_document_model(),
    NewsCategory,
    EmergencyNotice,
    PageViewDaily,
]


@pytest.fixture(scope="module")
def portal_content(portal_url, django_db_blocker):
    """A portal with content in every listing and a page of every type (tests/factories/home.py), committed
    for the module's tests, then deleted with what the visits logged and counted."""
    models = [Page, *MADE_FOR_THE_BROWSER]
    with django_db_blocker.unblock():
        before = {model: newest_pk(model) for model in models}
        audit_before = audit_record_snapshot()
        build_front_page_content()
        build_every_page_type()
    yield
    with django_db_blocker.unblock():
        delete_pages_since(before[Page])
        for model in MADE_FOR_THE_BROWSER:
            for item in model.objects.filter(pk__gt=before[model]):
                item.delete()
        remove_audit_record_since(audit_before)
        left = {model.__name__: model.objects.filter(pk__gt=before[model]).count() for model in models}
        assert not any(left.values()), f"left in the database for the next tests: {left}"


@pytest.fixture
def browser():
    """Chromium for one test. Playwright's sync API keeps an event loop running in the main thread while it
    is started, which makes Django refuse database work there (SynchronousOnlyOperation): a browser kept
    for the whole session would break every database test run after the browser tests."""
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.fail(
            f"Chromium not found at {CHROMIUM}. Install Debian chromium (apt-get install -y chromium; "
            "scripts/test-services does it) or set "
            "CHROMIUM to its path. The browser tests never download a browser.",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page_at(browser):
    """A new browser page of the given width; closed after the test."""
    contexts = []

    def open_page(width, height=900):
        context = browser.new_context(viewport={"width": width, "height": height}, locale="vi-VN")
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()
