"""The English portal: every list shows the current language's pages, the switcher leads to the page's
translation (or the other language's home), pages with a translation name it with hreflang, and the
sitemaps list one language each with their alternates."""

import html

import pytest
from django.core.cache import cache
from lxml import etree

from core.public_url import public_url
from tests.factories.english import english_home, translate
from tests.factories.legal_docs import LegalDocumentFactory
from tests.factories.sections import NewsPageFactory
from tests.home.test_html_validity import validate

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
ENGLISH_NEWS = "Ward launches a clean-up campaign along the Lach Tray river"
VIETNAMESE_NEWS = "Phường phát động chiến dịch làm sạch bờ sông Lạch Tray"
UNTRANSLATED_NEWS = "Họp tổ dân phố số 5 về quy ước nếp sống văn minh"


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def english_tree(home_page, section):
    """An English home with the news, introduction and site map sections, one translated article and one
    left in Vietnamese."""
    home = english_home(home_page)
    tree = {
        "home": home,
        "news": translate(section("tin-tuc"), "News", show_in_menus=True),
        "intro": translate(section("gioi-thieu"), "Introduction", show_in_menus=True),
        "sitemap": translate(section("so-do-cong"), "Site map"),
    }
    tree["article_vi"] = NewsPageFactory(title=VIETNAMESE_NEWS, summary="Tin bài tiếng Việt.")
    tree["article_en"] = translate(tree["article_vi"], ENGLISH_NEWS, summary="An English summary.")
    tree["untranslated"] = NewsPageFactory(title=UNTRANSLATED_NEWS)
    return tree


def text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return html.unescape(response.content.decode())


def switcher_href(page_html, hreflang):
    marker = 'class="lang-link" href="'
    start = page_html.index(marker) + len(marker)
    href = page_html[start : page_html.index('"', start)]
    assert f'lang="{hreflang}" hreflang="{hreflang}"' in page_html[start : start + 200]
    return href


def test_the_switcher_leads_to_the_live_translation(client, english_tree):
    assert switcher_href(text(client, english_tree["article_vi"].url), "en") == english_tree["article_en"].url
    assert switcher_href(text(client, english_tree["article_en"].url), "vi") == english_tree["article_vi"].url


def test_without_a_live_translation_the_switcher_leads_to_the_other_home(client, english_tree):
    assert switcher_href(text(client, english_tree["untranslated"].url), "en") == "/en/"
    draft = translate(NewsPageFactory(title="Thông báo lịch tiếp dân"), "Citizen reception hours", live=False)
    source = draft.get_translation(english_tree["article_vi"].locale)
    assert switcher_href(text(client, source.url), "en") == "/en/"


def test_hreflang_alternates_on_pages_with_a_translation_only(client, english_tree):
    vietnamese, english = english_tree["article_vi"], english_tree["article_en"]
    for url in (vietnamese.url, english.url):
        page = text(client, url)
        assert f'<link rel="alternate" hreflang="vi" href="{vietnamese.get_full_url()}">' in page
        assert f'<link rel="alternate" hreflang="en" href="{english.get_full_url()}">' in page
        assert f'<link rel="alternate" hreflang="x-default" href="{vietnamese.get_full_url()}">' in page
    assert 'hreflang="en" href' not in text(client, english_tree["untranslated"].url).split("</head>")[0]


def test_menus_list_the_current_language_sections(client, english_tree):
    english = text(client, "/en/").split('class="main-nav"')[1].split("</nav>")[0]
    assert ">News</a>" in english and ">Introduction</a>" in english
    assert "Tin tức" not in english and "/en/tin-tuc/" in english
    vietnamese = text(client, "/").split('class="main-nav"')[1].split("</nav>")[0]
    assert "News</a>" not in vietnamese and "Giới thiệu" in vietnamese


def test_listings_show_the_current_language_pages(client, english_tree):
    for url in ("/en/", "/en/tin-tuc/"):
        english = text(client, url)
        assert ENGLISH_NEWS in english and VIETNAMESE_NEWS not in english and UNTRANSLATED_NEWS not in english
    vietnamese = text(client, "/tin-tuc/")
    assert (
        VIETNAMESE_NEWS in vietnamese and UNTRANSLATED_NEWS in vietnamese and ENGLISH_NEWS not in vietnamese
    )


def test_feeds_list_the_current_language_pages(client, english_tree):
    english = text(client, "/en/tin-tuc/rss/")
    assert ENGLISH_NEWS in english and VIETNAMESE_NEWS not in english and UNTRANSLATED_NEWS not in english
    vietnamese = text(client, "/tin-tuc/rss/")
    assert VIETNAMESE_NEWS in vietnamese and ENGLISH_NEWS not in vietnamese


def test_the_site_map_page_lists_the_current_language_pages(client, english_tree):
    english = text(client, "/en/so-do-cong/")
    assert ENGLISH_NEWS in english and "Introduction" in english
    assert VIETNAMESE_NEWS not in english and UNTRANSLATED_NEWS not in english and "Giới thiệu" not in english


def test_search_finds_the_current_language_pages(client, english_tree):
    english = [
        result.page.title for result in client.get("/en/tim-kiem/", {"q": "Lach Tray"}).context["results"]
    ]
    assert english == [ENGLISH_NEWS]
    vietnamese = [
        result.page.title for result in client.get("/tim-kiem/", {"q": "Lạch Tray"}).context["results"]
    ]
    assert vietnamese == [VIETNAMESE_NEWS]


def sitemap_urls(client, url):
    root = etree.fromstring(client.get(url).content)
    return {
        entry.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in entry.findall("x:link", NS)
        }
        for entry in root.findall("s:url", NS)
    }


def test_each_sitemap_lists_its_language_with_the_alternates(client, english_tree):
    """Full addresses at the portal's public address (core/public_url.py), as every address that leaves it."""
    vietnamese, english = english_tree["article_vi"], english_tree["article_en"]
    full = {"vi": public_url(vietnamese.url), "en": public_url(english.url)}
    urls = sitemap_urls(client, "/sitemap.xml")
    assert full["vi"] in urls and full["en"] not in urls
    assert urls[full["vi"]] == full
    assert urls[public_url(english_tree["untranslated"].url)] == {}
    english_root = public_url(english_tree["home"].url)
    assert not any(url.startswith(english_root) for url in urls)

    urls = sitemap_urls(client, "/en/sitemap.xml")
    assert full["en"] in urls and urls[full["en"]] == full
    assert all(url.startswith(english_root) for url in urls)


def test_english_pages_are_in_english_and_untranslated_text_is_marked(client, english_tree):
    english = text(client, english_tree["article_en"].url)
    assert (
        '<html lang="en">' in english and "<h1>" in english and 'lang="vi">' not in english.split("<main")[1]
    )


def test_legal_documents_show_their_english_title_and_summary_on_english_listings(
    client, section, english_tree
):
    translate(section("van-ban"), "Legal documents")
    translated = LegalDocumentFactory(
        summary="Về việc ban hành Quy chế làm việc của Ủy ban nhân dân phường",
        title_en="Decision on the working rules of the ward People’s Committee",
        summary_en="Issues the working rules of the ward People’s Committee.",
    )
    untranslated = LegalDocumentFactory(summary="Về việc kiện toàn Tổ công tác cải cách hành chính")
    english = text(client, "/en/van-ban/")
    assert translated.title_en in english and translated.summary_en in english
    assert translated.summary not in english
    assert f'<p class="item-list__summary" lang="vi">{untranslated.summary}</p>' in english
    vietnamese = text(client, "/van-ban/")
    assert translated.summary in vietnamese and translated.title_en not in vietnamese
    assert translated.summary_en not in vietnamese
    document = text(client, f"/en/van-ban/{translated.slug}/")
    assert translated.title_en in document
    assert f'<p class="lead" lang="vi">{translated.summary}</p>' in document


def test_the_english_pages_are_valid_html(client, section, english_tree):
    translate(section("van-ban"), "Legal documents")
    LegalDocumentFactory(title_en="Decision on the ward budget", summary_en="Approves the ward budget.")
    urls = ["/en/", "/en/tin-tuc/", "/en/gioi-thieu/", "/en/so-do-cong/", "/en/van-ban/"]
    urls += [english_tree["article_en"].url, "/en/tim-kiem/?q=clean", "/en/khong-co-trang-nay/"]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        validate(response.content.decode())
