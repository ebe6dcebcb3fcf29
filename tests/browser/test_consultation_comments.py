"""The comment form of a consultation in a real browser: axe-core WCAG 2.1 A/AA at three widths on the page
with its form and approved comments, on a refused form and on the receipt; at 360 px a citizen sends a
comment and gets a tracking code, and a refused form puts the focus on what to correct."""

import json

import pytest
from axe_playwright_python.sync_playwright import Axe
from wagtail.models import Page

from moderation.consultations import services
from moderation.consultations.models import ConsultationComment, Status
from tests.audit_record import (
    audit_record_snapshot,
    delete_pages_since,
    newest_pk,
    remove_audit_record_since,
)
from tests.factories.moderation import ConsultationCommentFactory
from tests.factories.sections import ConsultationPageFactory

from .conftest import SCREENSHOTS, WIDTHS
from .test_portal import AXE_OPTIONS, _violations

axe = Axe()
TITLE = "Lấy ý kiến dự thảo Quy chế quản lý chợ Dương Kinh (thử trên trình duyệt)"


@pytest.fixture(scope="module")
def consultation_path(portal_url, django_db_blocker):
    """An open consultation with its articles and one approved comment, committed for the module."""
    with django_db_blocker.unblock():
        before = newest_pk(Page)
        audit_before = audit_record_snapshot()
        page = ConsultationPageFactory(
            title=TITLE, articles="Điều 1. Phạm vi điều chỉnh\nĐiều 2. Giờ mở cửa chợ", outcome=""
        )
        comment = ConsultationCommentFactory(
            page=page, organisation="Hội Phụ nữ phường", body="Đề nghị chợ mở cửa từ 5 giờ sáng."
        )
        services.moderate(comment, Status.APPROVED, None)
        path = page.url
    yield path
    with django_db_blocker.unblock():
        delete_pages_since(before)
        remove_audit_record_since(audit_before)
        assert not ConsultationComment.objects.filter(page__title=TITLE).exists()


@pytest.mark.django_db
def test_the_consultation_the_browser_reads_is_there(consultation_path):
    assert ConsultationComment.objects.filter(page__title=TITLE, status=Status.APPROVED).count() == 1


def _axe_report(page, url):
    report = {}
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        response = page.goto(url)
        assert response.status == 200, f"{url}: {response.status}"
        violations = _violations(axe.run(page, options=AXE_OPTIONS))
        if violations:
            report[width] = violations
    return report


def test_no_axe_violations_on_the_consultation_page_with_its_form(portal_url, consultation_path, page_at):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = page_at(360)
    report = _axe_report(page, portal_url + consultation_path)
    page.set_viewport_size({"width": 360, "height": 900})
    page.goto(portal_url + consultation_path)
    assert page.locator("form.public-form textarea[name=body]").count() == 1
    page.screenshot(path=str(SCREENSHOTS / "consultation-360.png"), full_page=True)
    assert not report, f"axe-core violations:\n{json.dumps(report, indent=1)}"


def test_a_citizen_comments_at_360px_and_gets_a_tracking_code(portal_url, consultation_path, page_at):
    page = page_at(360)
    page.goto(portal_url + consultation_path)
    # Sent empty: refused, the focus goes to the summary of what to correct, and the page passes axe.
    with page.expect_navigation():
        page.locator("form[action*='/lay-y-kien/gop-y/'] button[type=submit]").click()
    assert page.evaluate("document.activeElement.id") == "form-errors"
    assert page.locator("#form-errors li a[href^='#id_']").count() >= 3
    violations = _violations(axe.run(page, options=AXE_OPTIONS))
    assert not violations, json.dumps(violations, indent=1)
    page.screenshot(path=str(SCREENSHOTS / "consultation-refused-360.png"), full_page=True)

    page.fill("#id_name", "Nguyễn Văn Bình")
    page.fill("#id_phone", "0912 345 678")
    page.select_option("#id_article", "Điều 2. Giờ mở cửa chợ")
    page.fill("#id_body", "Đề nghị chợ đóng cửa lúc 19 giờ.")
    page.check("#id_consent")
    with page.expect_navigation():
        page.locator("form[action*='/lay-y-kien/gop-y/'] button[type=submit]").click()
    code = page.locator(".tracking-code").inner_text()
    assert code.startswith("YK-")
    violations = _violations(axe.run(page, options=AXE_OPTIONS))
    assert not violations, json.dumps(violations, indent=1)
    page.screenshot(path=str(SCREENSHOTS / "consultation-received-360.png"), full_page=True)
    # Not public before moderation.
    page.goto(portal_url + consultation_path)
    assert "Đề nghị chợ đóng cửa lúc 19 giờ." not in page.content()
