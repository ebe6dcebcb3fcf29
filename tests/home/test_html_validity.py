"""HTML of every page type is valid: html5lib's strict HTML5 parser, plus duplicate ids and unclosed elements.

No W3C Nu checker here (it needs Java, which CI machines may lack): html5lib implements the WHATWG parsing
algorithm and, in strict mode, fails on every parse error (stray end tags, unclosed elements at end of
body, bad nesting, duplicate attributes, missing doctype). Duplicate ids are checked on the parsed tree.
"""

from collections import Counter

import html5lib
import pytest
from django.core.cache import cache
from wagtail.models import Page

from sections.models import NewsPage
from tests.factories.legal_docs import LegalDocumentFactory
from tests.factories.sections import NewsPageFactory

pytestmark = pytest.mark.django_db

EXTRA_URLS = [
    "/tim-kiem/?q=h%E1%BB%99+t%E1%BB%8Bch",
    "/tim-kiem/?q=khongcoketquanao",
    "/khong-co-trang-nay/",
    "/tin-tuc/?trang=2",
    "/tin-tuc/thu-vien/",
    "/van-ban/?q=quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh",
    "/lien-he/gui-thong-tin/",
    "/lien-he/tra-cuu/",
    # The English interface
    "/en/",
    "/en/tin-tuc/",
    "/en/van-ban/",
    "/en/tim-kiem/?q=h%E1%BB%99+t%E1%BB%8Bch",
    "/en/khong-co-trang-nay/",
]


def one_page_of_each_type(home_page):
    seen = {}
    for page in home_page.get_descendants(inclusive=True).live().public().specific().order_by("path"):
        seen.setdefault(type(page), page)
    return seen


def validate(html):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    tree = parser.parse(html)
    ids = Counter(element.get("id") for element in tree.iter() if element.get("id"))
    duplicates = [value for value, count in ids.items() if count > 1]
    assert not duplicates, f"duplicate ids: {duplicates}"
    assert len(tree.findall(".//h1")) == 1, "one h1"
    assert tree.find(".//main") is not None


def test_every_page_type_is_valid_html(client, home_page, every_page_type):
    # With the three articles of every_page_type, more news than one page of the list holds (12): "?trang=2"
    # is a page 2.
    NewsPageFactory.create_batch(10, title="Tin hoạt động của phường")
    document = LegalDocumentFactory()
    cache.clear()
    pages = one_page_of_each_type(home_page)
    assert len(pages) > 15
    failures = []
    for page_type, page in pages.items():
        response = client.get(page.url)
        try:
            assert response.status_code == 200, response.status_code
            validate(response.content.decode())
        except Exception as error:  # noqa: BLE001 - collect every failure
            failures.append(f"{page_type.__name__} {page.url}: {error}")
    category = every_page_type[NewsPage].category
    urls = [*EXTRA_URLS, document.url, f"/en{document.url}", f"/tin-tuc/chuyen-muc/{category.slug}/"]
    for url in urls:
        response = client.get(url)
        try:
            assert response.status_code in (200, 404), response.status_code
            validate(response.content.decode())
        except Exception as error:  # noqa: BLE001
            failures.append(f"{url}: {error}")
    assert not failures, "\n".join(failures)
    assert Page.objects.live().exists()


def test_the_500_page_is_valid_html():
    from django.template.loader import render_to_string

    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    tree = parser.parse(render_to_string("500.html"))
    assert len(tree.findall(".//h1")) == 1 and tree.find(".//main") is not None
