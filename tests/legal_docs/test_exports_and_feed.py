"""Open data: CSV and JSON of every matching document (not one page), and the RSS feed."""

import csv
import io
import json

import pytest

from legal_docs.models import LegalDocument

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("legal_library")]


def body(response):
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_csv_export_holds_every_published_document(client, index_page):
    response = client.get(index_page.url, {"format": "csv"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body(response))))
    assert len(rows) == LegalDocument.objects.public().count() > 20
    row = next(row for row in rows if row["so_ky_hieu"] == "224/2026/NĐ-CP")
    assert row["loai"] == "nghi-dinh" and row["co_quan"] == "chinh-phu"
    assert "thay-the:42-2022-nd-cp" in row["quan_he"]
    assert row["url"].endswith("/van-ban/224-2026-nd-cp/")


def test_json_export_follows_the_filters(client, index_page):
    response = client.get(index_page.url, {"format": "json", "loai": "luat", "q": "an ninh mang"})
    assert response["Content-Type"].startswith("application/json")
    data = json.loads(body(response))
    assert {row["so_ky_hieu"] for row in data} == {"24/2018/QH14", "116/2025/QH15"}
    assert data[0]["tinh_trang"] in {"con-hieu-luc", "het-hieu-luc"}


def test_an_unknown_format_shows_the_list_with_a_notice(client, index_page):
    response = client.get(index_page.url, {"format": "xml"})
    assert response.status_code == 200 and 'class="notice"' in response.content.decode()


def test_the_feed_lists_newly_published_documents(client, index_page):
    response = client.get(index_page.url + "rss/")
    assert response.status_code == 200
    xml = response.content.decode()
    newest = LegalDocument.objects.public().order_by("-first_published_at", "-pk").first()
    assert "<rss" in xml and f"/van-ban/{newest.slug}/" in xml
    assert xml.count("<item>") == min(30, LegalDocument.objects.public().count())


def test_the_feed_names_the_portal_and_carries_the_reuse_notice(client, index_page):
    from xml.etree import ElementTree

    from core.models import PortalSettings

    portal = PortalSettings.for_site(index_page.get_site())
    channel = ElementTree.fromstring(client.get(index_page.url + "rss/").content).find("channel")
    assert channel.findtext("title") == f"{index_page.title} – {portal.portal_name} {portal.agency_name}"
    assert portal.reuse_notice and channel.findtext("copyright") == portal.reuse_notice


def test_the_home_page_shows_the_latest_documents(client):
    html = client.get("/").content.decode()
    newest = LegalDocument.objects.public().order_by("-issued_on", "-pk").first()
    assert newest.number in html and newest.url in html
