"""What leaves the portal names it by its public address (PORTAL_PUBLIC_URL), never by the host a request
reached or the "localhost" of Wagtail's Site record: /sitemap.xml (and its index), the RSS feeds,
robots.txt and the read API."""

import datetime
import re

import pytest
from django.test import override_settings
from lxml import etree

from home import sitemaps
from tests.factories.legal_docs import LegalDocumentFactory

pytestmark = pytest.mark.django_db

PUBLIC = "https://duongkinh.haiphong.gov.vn"
ADDRESS = re.compile(r"https?://[^\s<\"']+")


@pytest.fixture(autouse=True)
def public_address(settings):
    settings.PORTAL_PUBLIC_URL = PUBLIC
    settings.WAGTAILAPI_BASE_URL = PUBLIC


@pytest.fixture
def document(db):
    return LegalDocumentFactory(summary="Văn bản của địa chỉ công khai", issued_on=datetime.date(2026, 10, 1))


def addresses(text):
    """The addresses in a response, the XML namespaces and schema addresses left out."""
    return [
        url
        for url in ADDRESS.findall(text)
        if not url.startswith(("http://www.sitemaps.org", "http://www.w3.org", "http://purl.org"))
    ]


def only_public(urls):
    assert urls, "no address at all"
    wrong = [url for url in urls if not url.startswith(PUBLIC + "/")]
    assert wrong == [], wrong


def test_the_sitemap_names_the_public_address(client, home_page, document):
    body = client.get("/sitemap.xml", HTTP_HOST="10.0.0.5:8000").content.decode()
    only_public(addresses(body))
    assert f"{PUBLIC}/van-ban/{document.slug}/" in body


def test_the_sitemap_index_names_the_public_address(client, home_page, document, monkeypatch):
    monkeypatch.setattr(sitemaps, "URLS_PER_FILE", 2)
    body = client.get("/sitemap.xml", HTTP_HOST="10.0.0.5:8000").content.decode()
    assert "sitemapindex" in body
    only_public(addresses(body))
    documents = client.get("/sitemap-documents.xml", HTTP_HOST="10.0.0.5:8000").content.decode()
    only_public(addresses(documents))


def test_feeds_and_robots_name_the_public_address(client, home_page, document):
    feed = client.get("/van-ban/rss/", HTTP_HOST="10.0.0.5:8000")
    assert feed.status_code == 200
    channel = etree.fromstring(feed.content).find("channel")
    assert channel.findtext("link") == f"{PUBLIC}/van-ban/"
    assert [item.findtext("link") for item in channel.findall("item")] == [
        f"{PUBLIC}/van-ban/{document.slug}/"
    ]
    only_public(addresses(feed.content.decode()))
    robots = client.get("/robots.txt", HTTP_HOST="10.0.0.5:8000").content.decode()
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in robots


@override_settings(WAGTAILAPI_BASE_URL=PUBLIC)
def test_the_api_names_the_public_address(client, home_page):
    body = client.get("/api/v2/pages/?limit=5", HTTP_HOST="10.0.0.5:8000").json()
    urls = [item["meta"][key] for item in body["items"] for key in ("detail_url", "html_url")]
    only_public(urls)
