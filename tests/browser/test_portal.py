"""The portal in a real browser: axe-core WCAG 2.1 A/AA at three widths, keyboard use, reflow at 320 px."""

import json

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import SCREENSHOTS, WIDTHS

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}

# Every public page type people land on most, and every public form.
PAGES = {
    "home": "/",
    "news-article": None,  # the newest article, found in the page
    "legal-documents": "/van-ban/",
    "search-results": "/tim-kiem/?q=h%E1%BB%99+t%E1%BB%8Bch",
    "submit-form": "/lien-he/gui-thong-tin/",
    "track-form": "/lien-he/tra-cuu/",
}

axe = Axe()


def _url(portal_url, page, name):
    path = PAGES[name]
    if path is None:
        page.goto(portal_url + "/tin-tuc/")
        path = page.locator(".news-list__item h2 a").first.get_attribute("href")
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
