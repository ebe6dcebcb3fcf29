"""The English pages in a real browser: axe-core WCAG 2.1 A/AA finds nothing at the three widths.

The English tree (home, news with a translated article, introduction, site map, legal documents with an
English title and summary) is made with the factories and committed for the module, on top of the
`portal_content` of every browser module, and deleted afterwards."""

import json

import pytest
from axe_playwright_python.sync_playwright import Axe
from wagtail.models import Page, Site

from legal_docs.models import LegalDocument
from tests.audit_record import delete_pages_since
from tests.factories.english import english_home, translate
from tests.factories.legal_docs import LegalDocumentFactory
from tests.factories.sections import NewsPageFactory

from .conftest import WIDTHS
from .test_portal import AXE_OPTIONS, _violations

pytestmark = pytest.mark.usefixtures("portal_content")
axe = Axe()


@pytest.fixture(scope="module")
def english_pages(portal_content, django_db_blocker):
    with django_db_blocker.unblock():
        newest_page = Page.objects.order_by("-pk").values_list("pk", flat=True).first()
        newest_document = LegalDocument.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        home = Site.objects.get(is_default_site=True).root_page
        sections = {child.slug: child for child in home.get_children().specific()}
        english_home(home)
        translate(sections["tin-tuc"], "News", show_in_menus=True)
        translate(sections["gioi-thieu"], "Introduction", show_in_menus=True)
        translate(sections["so-do-cong"], "Site map")
        translate(sections["van-ban"], "Legal documents", show_in_menus=True)
        article = NewsPageFactory(title="Phường khánh thành nhà văn hóa tổ dân phố số 12")
        article_en = translate(article, "Ward opens the community house of residential group No. 12")
        LegalDocumentFactory(
            title_en="Decision on the working rules of the ward People’s Committee",
            summary_en="Issues the working rules of the ward People’s Committee.",
        )
        urls = ["/en/", "/en/tin-tuc/", article_en.url, "/en/gioi-thieu/", "/en/so-do-cong/", "/en/van-ban/"]
    yield urls
    with django_db_blocker.unblock():
        delete_pages_since(newest_page)
        for document in LegalDocument.objects.filter(pk__gt=newest_document):
            document.delete()


@pytest.mark.django_db
def test_the_english_pages_the_browser_reads_are_there(english_pages):
    """Runs first, and makes pytest-django set up the database when this module runs alone."""
    assert Page.objects.filter(depth=2, locale__language_code="en", live=True).exists()
    assert LegalDocument.objects.exclude(title_en="").exists()


def test_no_axe_violations_on_the_english_pages(portal_url, page_at, english_pages):
    page = page_at(WIDTHS[0])
    report = {}
    for path in english_pages:
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            response = page.goto(portal_url + path)
            assert response.status == 200, f"{path}: {response.status}"
            violations = _violations(axe.run(page, options=AXE_OPTIONS))
            if violations:
                report[f"{path} at {width}px"] = violations
    assert not report, f"axe-core WCAG 2.1 A/AA violations:\n{json.dumps(report, indent=1)}"
