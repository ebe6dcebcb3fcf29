"""The portal in a real browser: axe-core WCAG 2.1 A/AA at three widths, keyboard use, reflow at 320 px."""

import json

import pytest
from axe_playwright_python.sync_playwright import Axe

from legal_docs.models import LegalDocument

from .conftest import SCREENSHOTS, WIDTHS

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}

# Every public page type people land on most, and every public form, in Vietnamese and in English (/en/).
VIETNAMESE_PAGES = {
    "home": "/",
    "news-article": None,  # the newest article, found in the page
    "legal-documents": "/van-ban/",
    "legal-document": None,  # the first document of the list
    "search-results": "/tim-kiem/?q=h%E1%BB%99+t%E1%BB%8Bch",
    "submit-form": "/lien-he/gui-thong-tin/",
    "track-form": "/lien-he/tra-cuu/",
    "schedule": None,  # this week's work schedule, linked from the home page
}
PAGES = {
    **VIETNAMESE_PAGES,
    **{f"en-{name}": path if path is None else f"/en{path}" for name, path in VIETNAMESE_PAGES.items()},
}

# Pages found in a listing: (listing, link selector).
FOUND_IN = {
    "news-article": ("/tin-tuc/", ".news-list__item h2 a"),
    "legal-document": ("/van-ban/", "main .item-list__title a"),
    "schedule": ("/", ".home-schedule .more a"),
}

axe = Axe()

pytestmark = pytest.mark.usefixtures("portal_content")


@pytest.mark.django_db
def test_the_content_the_browser_reads_is_there(section):
    """Runs first. The browser tests themselves use no database fixture (the portal is served from a server
    thread): this one checks that the module's content is committed where the server reads it."""
    assert section("tin-tuc").get_items().exists()
    assert section("van-ban").specific_class.__name__ == "LegalDocumentIndexPage"
    assert LegalDocument.objects.public().exists()


def _url(portal_url, page, name):
    path = PAGES[name]
    if path is None:
        listing, link = FOUND_IN[name.removeprefix("en-")]
        page.goto(portal_url + listing)
        path = page.locator(link).first.get_attribute("href")
        assert path.startswith(listing), path
        if name.startswith("en-"):
            # The content has no English translation: /en/ serves the Vietnamese page in the English
            # interface (its links to other pages point at their Vietnamese addresses).
            path = "/en" + path
    return portal_url + path


def _violations(results):
    return [
        {
            "id": violation["id"],
            "help": violation["help"],
            "targets": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in results.response["violations"]
    ]


@pytest.mark.parametrize("name", list(PAGES))
def test_no_axe_violations_at_three_widths(portal_url, page_at, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = page_at(WIDTHS[0])
    url = _url(portal_url, page, name)
    report = {}
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        response = page.goto(url)
        assert response.status == 200, f"{url}: {response.status}"
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)
        violations = _violations(axe.run(page, options=AXE_OPTIONS))
        if violations:
            report[width] = violations
    assert not report, f"axe-core WCAG 2.1 A/AA violations on {url}:\n{json.dumps(report, indent=1)}"


@pytest.mark.parametrize("name", list(PAGES))
def test_no_horizontal_scroll_at_320px(portal_url, page_at, name):
    page = page_at(320)
    url = _url(portal_url, page, name)
    page.goto(url)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{url} scrolls sideways by {overflow}px at 320px"


def _tab_until(page, predicate, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(predicate):
            return True
    return False


def test_keyboard_reaches_the_skip_link_menu_and_search(portal_url, page_at):
    page = page_at(1280)
    page.goto(portal_url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('skip-link')")
    assert _tab_until(
        page, "!!document.activeElement.closest('nav') && !!document.activeElement.closest('.navbar')"
    ), "the main menu"
    page.goto(portal_url + "/")
    assert _tab_until(page, "document.activeElement.matches('input[type=search], input[name=q]')"), "search"
    page.keyboard.type("hộ tịch")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/tim-kiem/" in page.url


def test_keyboard_opens_the_phone_menu(portal_url, page_at):
    page = page_at(360)
    page.goto(portal_url + "/")
    assert _tab_until(page, "document.activeElement.tagName === 'SUMMARY'"), "the menu button"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.closest('details').open")
    assert _tab_until(
        page, "!!document.activeElement.closest('details') && document.activeElement.tagName === 'A'", limit=3
    )


def test_keyboard_submits_the_document_filter_form(portal_url, page_at):
    page = page_at(1280)
    page.goto(portal_url + "/van-ban/")
    found = _tab_until(
        page,
        "document.activeElement.type === 'submit' && !!document.activeElement.closest('main form')",
        limit=150,
    )
    assert found, "a submit button of the form in the main content"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/van-ban/" in page.url


def test_text_size_and_contrast_persist(portal_url, page_at):
    page = page_at(1280)
    page.goto(portal_url + "/")
    before = page.evaluate("getComputedStyle(document.documentElement).fontSize")
    page.click("[data-text-size='1']")
    page.click("[data-contrast]")
    page.goto(portal_url + "/tin-tuc/")
    after = page.evaluate("getComputedStyle(document.documentElement).fontSize")
    assert float(after.rstrip("px")) > float(before.rstrip("px"))
    assert page.get_attribute("[data-contrast]", "aria-pressed") == "true"


@pytest.mark.parametrize("name", ["home", "news-article", "legal-document"])
def test_print_leaves_out_the_menus_and_adds_the_address_and_reuse_notice(portal_url, page_at, name):
    page = page_at(1280)
    url = _url(portal_url, page, name)
    page.goto(url)
    assert not page.locator(".print-source").is_visible()
    page.emulate_media(media="print")
    for hidden in (".navbar", ".band__tools", ".skip-link", ".breadcrumbs"):
        assert not page.locator(hidden).first.is_visible(), hidden
    source = page.locator(".print-source")
    assert source.is_visible()
    text = source.inner_text()
    assert url in text
    assert "Ghi rõ nguồn" in text
    assert page.locator("main h1").is_visible()


@pytest.mark.parametrize("name", ["home", "news-article", "legal-documents", "legal-document"])
def test_text_at_200_percent_reflows_without_sideways_scrolling(portal_url, page_at, name):
    """WCAG 1.4.4: text doubled (the browser's text-only zoom) on a 640 px window, what 200 % zoom of a
    1280 px desktop gives: nothing is cut off and nothing scrolls sideways."""
    page = page_at(640)
    url = _url(portal_url, page, name)
    page.goto(url)
    before = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    after = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert after >= 1.9 * before
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{url} scrolls sideways by {overflow}px with text at 200%"


@pytest.mark.parametrize("name", ["home", "schedule"])
def test_the_weeks_schedule_reads_on_a_phone_as_one_card_per_entry(portal_url, page_at, name):
    page = page_at(360)
    page.goto(_url(portal_url, page, name))
    schedule = page.locator(".schedule-wrap").first
    assert schedule.evaluate("el => el.scrollWidth - el.clientWidth") <= 0, "the schedule scrolls sideways"
    caption = page.locator(".schedule caption").first.bounding_box()
    assert caption["x"] >= 0 and caption["x"] + caption["width"] <= 360, f"the caption is cut: {caption}"
    cells = page.locator(".schedule__entry").first.locator("td")
    labels = [cells.nth(i).evaluate("el => getComputedStyle(el, '::before').content") for i in range(4)]
    assert labels == ['"Thời gian: "', '"Lãnh đạo: "', '"Nội dung: "', '"Địa điểm: "']
    page.screenshot(path=str(SCREENSHOTS / f"schedule-{name}-360-cards.png"), full_page=True)


def test_a_refused_submission_puts_the_focus_on_the_summary_of_what_to_correct(portal_url, page_at):
    page = page_at(360)
    page.goto(portal_url + "/lien-he/gui-thong-tin/")
    with page.expect_navigation():
        page.locator("form.public-form button[type=submit]").click()
    assert page.evaluate("document.activeElement.id") == "form-errors"
    assert page.locator("#form-errors li a[href^='#id_']").count() >= 1


@pytest.mark.parametrize("width", [1024, 1280])
def test_the_main_menu_is_one_row_with_the_site_map_and_public_services(portal_url, page_at, width):
    """TT 22 L2: home, the sections, "Sơ đồ Cổng" and online public services, none alone in a second row."""
    page = page_at(width)
    page.goto(portal_url + "/")
    entries = page.locator(".main-nav__desktop .menu > li").evaluate_all(
        "items => items.map(li => [li.offsetTop, li.innerText])"
    )
    names = [" ".join(name.split()) for _, name in entries]
    assert "Sơ đồ Cổng" in names and "Dịch vụ công trực tuyến" in names, names
    assert len({top for top, _ in entries}) == 1, entries
