"""Site-wide notices, visit statistics, feeds, iCalendar, robots.txt, the read API, sitemap, metadata."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Page

from core.models import EmergencyNotice, PageViewDaily, PortalSettings
from core.models.settings import latest_announcement, working_days_between
from sections.ical import fold
from tests.factories.core import EmergencyNoticeFactory
from tests.factories.documents import DocumentFactory
from tests.factories.images import ImageFactory
from tests.factories.legal_docs import LegalDocumentFactory, LegalFieldFactory
from tests.factories.sections import (
    NewsCategoryFactory,
    NewsPageFactory,
    PhotoGalleryPageFactory,
    QuestionPageFactory,
    SchedulePageFactory,
    VideoGalleryPageFactory,
)
from tests.visits import visit

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


def test_an_active_emergency_notice_is_shown_first_on_every_page(client):
    notice = EmergencyNoticeFactory()
    for url in ["/", "/tin-tuc/", "/hoi-dap/"]:
        html = client.get(url).content.decode()
        assert notice.title in html
        assert html.index("site-notice--warning") < html.index('class="site-header"')


def test_an_expired_or_future_notice_is_not_shown(client):
    now = timezone.now()
    EmergencyNotice.objects.create(
        title="Expired storm", message="x", starts_at=now - datetime.timedelta(days=2), expires_at=now
    )
    EmergencyNotice.objects.create(
        title="Future epidemic", message="x", starts_at=now + datetime.timedelta(days=1)
    )
    html = client.get("/").content.decode()
    assert "Expired storm" not in html and "Future epidemic" not in html


def test_a_new_notice_shows_at_once_because_saving_clears_the_cache(client):
    client.get("/")
    EmergencyNotice.objects.create(title="Power cut in tổ dân phố 4", message="x", severity="danger")
    assert "Power cut in tổ dân phố 4" in client.get("/").content.decode()


def test_a_notice_must_end_after_it_starts():
    now = timezone.now()
    with pytest.raises(ValidationError):
        EmergencyNotice(title="t", message="m", starts_at=now, expires_at=now).full_clean()


def test_working_days_skip_weekends():
    friday = datetime.date(2026, 11, 27)
    assert working_days_between(friday, datetime.date(2026, 12, 8)) == 7  # Fri, Mon–Fri, Mon
    assert latest_announcement(datetime.date(2026, 12, 8)) == friday


def _settings(home_page):
    return PortalSettings.for_site(home_page.get_site())


def test_maintenance_must_be_announced_seven_working_days_ahead(home_page):
    portal = _settings(home_page)
    start = timezone.make_aware(datetime.datetime(2026, 12, 8, 22, 0))
    portal.maintenance_starts_at = start
    portal.maintenance_notice_from = datetime.date(2026, 11, 30)
    with pytest.raises(ValidationError) as error:
        portal.full_clean()
    assert "maintenance_notice_from" in error.value.message_dict
    portal.maintenance_notice_from = datetime.date(2026, 11, 27)
    portal.full_clean()


def test_the_maintenance_notice_shows_from_its_date(client, home_page):
    portal = _settings(home_page)
    portal.maintenance_starts_at = timezone.now() + datetime.timedelta(days=12)
    portal.maintenance_notice_from = timezone.localdate() - datetime.timedelta(days=1)
    portal.save()
    assert "site-notice--maintenance" in client.get("/").content.decode()
    portal.maintenance_notice_from = timezone.localdate() + datetime.timedelta(days=1)
    portal.save()
    assert "site-notice--maintenance" not in client.get("/").content.decode()


def test_emc_is_off_by_default_and_loads_async_when_on(client, home_page):
    portal = _settings(home_page)
    assert portal.emc_tracking_enabled is False
    assert "emc" not in client.get("/").content.decode().lower().split("</head>")[0]
    portal.emc_tracking_enabled = True
    with pytest.raises(ValidationError):
        portal.full_clean()
    portal.emc_script_url = "https://emc.example.gov.vn/tracking.js"
    portal.save()
    response = client.get("/")
    head = response.content.decode().split("</head>")[0]
    # with the request's nonce, which the Content-Security-Policy requires of every script (core/security.py)
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    assert f'<script src="https://emc.example.gov.vn/tracking.js" nonce="{nonce}" async></script>' in head


def test_page_views_are_counted_per_path_and_day_without_personal_data(client):
    visit(client, "/tin-tuc/")
    visit(client, "/tin-tuc/")
    visit(client, "/khong-co-trang-nay/")
    visit(client, "/robots.txt")
    visit(client, "/tin-tuc/", user_agent="Googlebot/2.1")
    rows = list(PageViewDaily.objects.values_list("date", "path", "views"))
    assert rows == [(timezone.localdate(), "/tin-tuc/", 2)]
    assert {field.name for field in PageViewDaily._meta.fields} == {"id", "date", "path", "views"}


def test_a_failing_counter_never_breaks_the_page(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("database gone")

    monkeypatch.setattr(PageViewDaily, "record", broken)
    assert visit(client, "/").status_code == 200


def test_the_footer_shows_the_visit_total(client):
    PageViewDaily.objects.create(date=timezone.localdate(), path="/", views=12344)
    html = client.get("/").content.decode()
    assert "12.344" in html


def test_editors_see_the_visit_chart(admin_client):
    PageViewDaily.objects.create(date=timezone.localdate(), path="/tin-tuc/", views=5)
    response = admin_client.get("/admin/thong-ke-truy-cap/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<svg" in html and "/tin-tuc/" in html and '<script src="http' not in html


def _rss(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    for required in ("title", "link", "description"):
        assert channel.findtext(required), required
    assert channel.findtext("link").startswith("http://testserver/")
    assert channel.findtext("language") == "vi"
    # The reuse notice (Circular 22/2023 footer rule) travels with the feed.
    assert channel.findtext("copyright").startswith("Ghi rõ nguồn")
    self_link = channel.find("{http://www.w3.org/2005/Atom}link")
    assert self_link.get("rel") == "self" and self_link.get("href") == f"http://testserver{url}"
    items = channel.findall("item")
    for item in items:
        assert item.findtext("title") and item.findtext("guid")
        assert item.findtext("link").startswith("http://testserver/")
        # RFC 822 dates, as RSS 2.0 requires
        datetime.datetime.strptime(item.findtext("pubDate"), "%a, %d %b %Y %H:%M:%S %z")
    guids = [item.findtext("guid") for item in items]
    assert len(guids) == len(set(guids))
    return items


def test_rss_feeds_of_news_categories_and_questions(client):
    category = NewsCategoryFactory(name="Kinh tế")
    NewsPageFactory.create_batch(3, category=category, title="Phường hỗ trợ hộ kinh doanh chuyển đổi số")
    NewsPageFactory(title="Thông báo lịch tiếp công dân tháng 5")
    QuestionPageFactory()
    assert len(_rss(client, "/tin-tuc/rss/")) == 4
    assert len(_rss(client, f"/tin-tuc/chuyen-muc/{category.slug}/rss/")) == 3
    assert len(_rss(client, "/hoi-dap/rss/")) == 1
    head = client.get("/").content.decode().split("</head>")[0]
    for feed in ("/tin-tuc/rss/", "/van-ban/rss/", "/hoi-dap/rss/"):
        assert f'rel="alternate" type="application/rss+xml" href="{feed}"' in head


def test_the_weekly_schedule_as_icalendar(client):
    schedule = SchedulePageFactory()
    page_html = client.get(schedule.url).content.decode()
    assert "ical/" in page_html
    response = client.get(schedule.url + "ical/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert body.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert body.endswith("END:VCALENDAR\r\n")
    assert "TZID:Asia/Ho_Chi_Minh" in body
    assert body.count("BEGIN:VEVENT") == schedule.entries.count() > 0
    assert "DTSTART;TZID=Asia/Ho_Chi_Minh:" in body
    for line in body.split("\r\n"):
        assert len(line.encode()) <= 75
    unfolded = body.replace("\r\n ", "")
    for line in unfolded.split("\r\n")[:-1]:
        assert ":" in line


def test_folding_never_splits_a_vietnamese_character():
    line = "SUMMARY:" + "Chủ tịch UBND phường tiếp công dân định kỳ " * 5
    folded = fold(line)
    assert folded.replace("\r\n ", "") == line
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))


def test_robots_txt_points_at_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body and "Sitemap: http://testserver/sitemap.xml" in body


def test_the_read_api_lists_pages_images_and_documents(client):
    ImageFactory()
    DocumentFactory()
    for endpoint in ("pages", "images", "documents"):
        response = client.get(f"/api/v2/{endpoint}/")
        assert response.status_code == 200, endpoint
        assert response.json()["meta"]["total_count"] > 0
    assert client.post("/api/v2/pages/", {}).status_code == 405


DUBLIN_CORE = (
    "title",
    "creator",
    "subject",
    "description",
    "publisher",
    "date",
    "type",
    "format",
    "identifier",
)
OPEN_GRAPH = ("og:title", "og:type", "og:url", "og:site_name", "og:locale", "og:description")


def _head_metadata(html):
    import html5lib

    tree = html5lib.parse(html.split("</head>")[0] + "</head><body></body>", namespaceHTMLElements=False)
    metadata = {}
    for meta in tree.iter("meta"):
        key = meta.get("name") or meta.get("property")
        if key:
            metadata[key] = meta.get("content")
    return metadata


def test_every_content_page_type_carries_dublin_core_and_open_graph(client, home_page, every_page_type):
    seen = {}
    for page in home_page.get_descendants(inclusive=True).live().public().specific().order_by("path"):
        seen.setdefault(type(page), page)
    missing = []
    for page_type, page in seen.items():
        metadata = _head_metadata(client.get(page.url).content.decode())
        for name in DUBLIN_CORE:
            if not metadata.get(f"DC.{name}"):
                missing.append(f"{page_type.__name__}: DC.{name}")
        if metadata.get("DC.language") != "vi":
            missing.append(f"{page_type.__name__}: DC.language")
        for prop in OPEN_GRAPH:
            if not metadata.get(prop):
                missing.append(f"{page_type.__name__}: {prop}")
        if metadata.get("DC.title") != (page.seo_title or page.title):
            missing.append(f"{page_type.__name__}: DC.title is not the page's title")
    assert not missing, missing


def test_a_legal_document_describes_itself_not_its_section(client):
    document = LegalDocumentFactory(fields=[LegalFieldFactory(name="Công nghệ thông tin")])
    metadata = _head_metadata(client.get(document.url).content.decode())
    assert metadata["DC.title"] == metadata["og:title"] == document.title
    assert metadata["DC.creator"] == document.issuer.name
    assert metadata["DC.type"] == document.document_type.name
    assert metadata["DC.date"] == document.issued_on.isoformat()
    assert metadata["DC.identifier"] == metadata["og:url"] == f"http://testserver{document.url}"
    assert document.fields.first().name in metadata["DC.subject"]
    assert metadata["og:type"] == "article" and metadata["DC.language"] == "vi"
    assert document.summary[:30] in metadata["DC.description"]
    english = _head_metadata(client.get(f"/en{document.url}").content.decode())
    assert english["DC.language"] == "en" and english["og:locale"] == "en_GB"


def test_the_image_form_requires_alternative_text():
    from wagtail.images.forms import get_image_form
    from wagtail.images.models import Image

    form_class = get_image_form(Image)
    form = form_class(data={"title": "Ảnh", "description": "  "}, instance=Image())
    form.is_valid()
    assert "description" in form.errors


def test_a_page_image_needs_its_alt_text():
    article = NewsPageFactory(with_image=True)
    article.image_alt = ""
    with pytest.raises(ValidationError):
        article.full_clean()


def test_404_page_offers_search_and_the_home_link(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'type="search"' in html or 'name="q"' in html
    assert 'href="/"' in html
    assert Page.objects.filter(slug="khong-co-trang-nay").count() == 0


def test_photo_and_video_galleries(client, section):
    photo = PhotoGalleryPageFactory()
    video = VideoGalleryPageFactory()
    listing = client.get(section("tin-tuc").url + "thu-vien/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert photo.url in html and video.url in html
    page = client.get(photo.url).content.decode()
    assert 'type="image/webp"' in page and 'loading="lazy"' in page
    assert page.count("<img") == len(photo.photos) and 'alt=""' not in page
    page = client.get(video.url).content.decode()
    assert "<iframe" not in page and "dichvucong.gov.vn" in page


def test_500_page_needs_no_database_and_offers_search_and_home(django_assert_num_queries):
    from django.template.loader import render_to_string

    with django_assert_num_queries(0):
        html = render_to_string("500.html")
    assert 'action="/tim-kiem/"' in html and 'href="/"' in html and 'lang="vi"' in html


def test_untranslated_titles_are_marked_vietnamese_in_the_english_interface(client, section):
    """WCAG 3.1.2: under /en/ the menu, the breadcrumbs, the page title and body are Vietnamese text,
    marked lang="vi"; nothing is marked in the Vietnamese interface."""
    title = section("tin-tuc").title
    english = client.get("/en/tin-tuc/").content.decode()
    assert '<html lang="en">' in english
    assert '<a href="/gioi-thieu/" lang="vi">' in english
    assert f'<span aria-current="page" lang="vi">{title}</span>' in english
    vietnamese = client.get("/tin-tuc/").content.decode()
    assert '<a href="/gioi-thieu/">' in vietnamese
    assert f'<span aria-current="page">{title}</span>' in vietnamese
    article = NewsPageFactory()
    english = client.get(f"/en{article.url}").content.decode()
    assert '<h1 lang="vi">' in english and '<div class="rich-text body" lang="vi">' in english
    vietnamese = client.get(article.url).content.decode()
    assert "<h1>" in vietnamese and '<div class="rich-text body">' in vietnamese
