"""`/sitemap.xml`: every live public page and every published legal document, valid against the official
sitemaps.org schemas (vendored in `data/`), a sitemap index beyond the per-file limit, a fixed query count."""

import datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.utils import timezone
from lxml import etree
from wagtail.models import Page, PageViewRestriction

from core.public_url import public_url
from home import sitemaps
from legal_docs.models import LegalDocument
from sections.models import StandardPage
from tests.factories.legal_docs import LegalDocumentFactory
from tests.factories.sections import NewsPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
# /sitemap.xml with an empty cache, whatever the number of pages and documents: the Wagtail site and the
# translations of its root; the view restrictions twice (pages, legal documents section); the two counts;
# the legal documents section and its URL (the site root paths, two queries, cached afterwards); the page
# rows and the document rows.
SITEMAP_QUERIES = 11
# A smaller limit per file than the protocol's 50,000 URLs, to split the test's pages and documents.
PER_FILE = 10


def schema(name):
    return etree.XMLSchema(etree.parse(str(DATA / name)))


def fetch(client, url, schema_name):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    document = etree.fromstring(response.content).getroottree()
    validator = schema(schema_name)
    assert validator.validate(document), f"{url}: {validator.error_log}"
    return document


def entries(document):
    return {
        url.findtext("s:loc", namespaces=NS): url.findtext("s:lastmod", namespaces=NS)
        for url in document.getroot().findall("s:url", NS)
    }


def local_date(value):
    return timezone.localtime(value).date().isoformat()


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def new_document():
    def make(live=True):
        return LegalDocumentFactory(
            summary="Văn bản thử nghiệm của bản đồ trang", issued_on=datetime.date(2026, 11, 2), live=live
        )

    return make


def test_the_sitemap_is_valid_against_the_sitemaps_org_schema(client):
    root = fetch(client, "/sitemap.xml", "sitemap.xsd").getroot()
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset"


def test_the_vendored_schemas_reject_what_the_protocol_forbids():
    bad = etree.fromstring(
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>http://a.vn/x/</loc><lastmod>28/11/2026</lastmod></url></urlset>"
    )
    assert not schema("sitemap.xsd").validate(bad)
    no_loc = etree.fromstring(
        b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><lastmod>2026-11-28'
        b"</lastmod></sitemap></sitemapindex>"
    )
    assert not schema("siteindex.xsd").validate(no_loc)


def test_every_live_public_page_is_listed_with_its_last_publication(client, home_page, every_page_type):
    listed = entries(fetch(client, "/sitemap.xml", "sitemap.xsd"))
    pages = Page.objects.live().public().descendant_of(home_page, inclusive=True)
    assert pages.count() >= 40  # the skeleton and a page of every type
    for page in pages:
        url = public_url(page.get_full_url())
        assert url in listed, url
        assert listed[url] == local_date(page.last_published_at or page.latest_revision_created_at), url


def test_every_published_legal_document_is_listed_and_no_draft(client, new_document):
    published = [new_document() for _ in range(5)]
    draft = new_document(live=False)
    listed = entries(fetch(client, "/sitemap.xml", "sitemap.xsd"))
    documents = LegalDocument.objects.public()
    assert set(documents) == set(published)
    for document in documents:
        url = public_url(document.get_full_url())
        assert urlsplit(url).path.startswith("/van-ban/")
        assert listed.get(url) == local_date(document.updated_at), url
    assert public_url(draft.get_full_url()) not in listed


def test_unpublished_and_private_pages_are_left_out(client, home_page, section):
    news = section("tin-tuc")
    unpublished, still_live = NewsPageFactory.create_batch(2)
    unpublished.unpublish()
    private = section("gioi-thieu")
    StandardPageFactory(parent=private)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    listed = entries(fetch(client, "/sitemap.xml", "sitemap.xsd"))
    assert public_url(unpublished.get_full_url()) not in listed
    for page in private.get_descendants(inclusive=True):
        assert public_url(page.get_full_url()) not in listed
    assert public_url(news.get_full_url()) in listed and public_url(still_live.get_full_url()) in listed


def test_the_query_count_does_not_depend_on_the_number_of_pages_or_documents(
    client, section, new_document, every_page_type, django_assert_num_queries
):
    new_document()
    # Once unmeasured, then with an empty cache: what the process keeps of its own (Wagtail's memoised
    # lookups) is then the same whichever tests ran before in this process.
    fetch(client, "/sitemap.xml", "sitemap.xsd")
    cache.clear()
    with django_assert_num_queries(SITEMAP_QUERIES):
        before = entries(fetch(client, "/sitemap.xml", "sitemap.xsd"))
    for _ in range(5):
        new_document()
    news = section("tin-tuc")
    for number in range(3):
        news.add_child(instance=StandardPage(title=f"Trang thêm {number}", slug=f"trang-them-{number}"))
    cache.clear()
    with django_assert_num_queries(SITEMAP_QUERIES):
        after = entries(fetch(client, "/sitemap.xml", "sitemap.xsd"))
    assert len(after) == len(before) + 8


def test_beyond_the_per_file_limit_the_sitemap_becomes_an_index(client, monkeypatch, new_document):
    # The skeleton's 18 pages and 11 documents: two files of pages and two of documents.
    for _ in range(PER_FILE + 1):
        new_document()
    single_file = entries(fetch(client, "/sitemap.xml", "sitemap.xsd"))
    monkeypatch.setattr(sitemaps, "URLS_PER_FILE", PER_FILE)
    index = fetch(client, "/sitemap.xml", "siteindex.xsd").getroot()
    assert index.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    files = [element.findtext("s:loc", namespaces=NS) for element in index.findall("s:sitemap", NS)]
    paths = [urlsplit(url).path + (f"?{urlsplit(url).query}" if urlsplit(url).query else "") for url in files]
    assert paths[0] == "/sitemap-pages.xml" and "/sitemap-documents.xml" in paths
    assert "/sitemap-pages.xml?p=2" in paths and "/sitemap-documents.xml?p=2" in paths
    assert all(element.findtext("s:lastmod", namespaces=NS) for element in index.findall("s:sitemap", NS))
    combined = {}
    for path in paths:
        part = entries(fetch(client, path, "sitemap.xsd"))
        assert 0 < len(part) <= PER_FILE, path
        combined.update(part)
    assert combined == single_file
    assert client.get("/sitemap-pages.xml?p=99").status_code == 404
    assert client.get("/sitemap-other.xml").status_code == 404


def test_robots_txt_names_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert client.get("/sitemap.xml").status_code == 200


def test_the_readable_site_map_and_the_xml_sitemap_list_the_same_pages(client, home_page, every_page_type):
    """F2 of the legal requirements: every live page appears in both."""
    import html5lib

    xml_paths = {urlsplit(url).path for url in entries(fetch(client, "/sitemap.xml", "sitemap.xsd"))}
    tree = html5lib.parse(client.get("/so-do-cong/").content.decode(), namespaceHTMLElements=False)
    tree_nav = tree.find(".//nav[@class='sitemap']")
    html_paths = {link.get("href") for link in tree_nav.iter("a")}
    pages = {page.url for page in home_page.get_descendants().live().public()}
    assert len(pages) >= 39  # below the home page: the sections and a page of every type
    assert pages <= html_paths and pages <= xml_paths
