"""The feedback form (/lien-he/gop-y/) and the information request form (/tiep-can-thong-tin/yeu-cau/) in a
real browser at 360 px: no axe-core WCAG 2.1 A/AA violation, blank or refused, no sideways scroll, and the
summary of errors takes the focus after a refused submission. Nothing is stored: every submission here is
refused."""

import json

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import SCREENSHOTS
from .test_portal import AXE_OPTIONS, _violations

FORMS = {"feedback": "/lien-he/gop-y/?trang=/tin-tuc/", "request": "/tiep-can-thong-tin/yeu-cau/"}

axe = Axe()


def check_page(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}-360.png"), full_page=True)
    violations = _violations(axe.run(page, options=AXE_OPTIONS))
    assert not violations, f"axe-core violations on {name}:\n{json.dumps(violations, indent=1)}"
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at 360px"


@pytest.mark.parametrize("name", list(FORMS))
def test_the_form_blank_and_refused_has_no_axe_violations_at_360px(portal_url, page_at, name):
    page = page_at(360)
    response = page.goto(portal_url + FORMS[name])
    assert response.status == 200
    check_page(page, f"reports-{name}")
    if name == "feedback":
        assert page.input_value("#id_page_url") == "/tin-tuc/"
        page.fill("#id_sender_email", "khong-phai-email")
    else:
        page.fill("#id_full_name", "Nguyễn Văn An")
    with page.expect_navigation():
        page.click("form.public-form button[type=submit]")
    assert page.locator("#form-errors").is_visible()
    assert page.evaluate("document.activeElement.id") == "form-errors"
    check_page(page, f"reports-{name}-refused")
