"""Issue 15 in a real browser: an administrator adds a section of the ward's own and the admin makes its
slug without diacritics (đ → d included); the category 20 section's empty state and a general section pass
axe at three widths."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.crypto import get_random_string
from playwright.sync_api import expect
from wagtail.models import Page, Site

from moderation import roles
from sections.models import GeneralSectionPage
from tests.audit_record import audit_record_snapshot, remove_audit_record_since
from tests.factories.sections import GeneralArticlePageFactory, GeneralSectionPageFactory

from .conftest import SCREENSHOTS, WIDTHS
from .test_editorial_path import PASSWORD, click_and_wait, open_editor_footer_menu, orm  # noqa: F401
from .test_portal import AXE_OPTIONS, _violations, axe

TITLE = "Kiểm thử Đường phố văn minh"


@pytest.fixture
def ward_admin(portal_url, orm):  # noqa: F811
    """A portal administrator; deleted afterwards with the pages they made and what was logged."""
    with orm():
        audit_before = audit_record_snapshot()
        user = get_user_model().objects.create_user(
            username=f"quan-tri-{get_random_string(6, 'abcdefghijkmnpqrstuvwxyz')}",
            email="quan-tri@duongkinh.test",
            password=PASSWORD,
        )
        user.groups.add(Group.objects.get(name=roles.ADMINISTRATOR))
        home = Site.objects.get(is_default_site=True).root_page
    yield user, home
    with orm():
        for page in Page.objects.filter(owner=user).order_by("-depth"):
            page.delete()
        user.delete()
        remove_audit_record_since(audit_before)


@pytest.fixture
def general_section(portal_url, orm):  # noqa: F811
    with orm():
        audit_before = audit_record_snapshot()
        section = GeneralSectionPageFactory(title="Xây dựng đô thị văn minh", slug="do-thi-van-minh")
        GeneralArticlePageFactory(parent=section, title="Tuyến phố văn minh Hòa Bình")
    yield "/do-thi-van-minh/"
    with orm():
        Page.objects.get(pk=section.pk).delete()
        remove_audit_record_since(audit_before)


def test_an_administrator_adds_a_general_section_with_an_ascii_slug(portal_url, page_at, ward_admin, orm):  # noqa: F811
    user, home = ward_admin
    page = page_at(1280)
    page.goto(portal_url + "/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("form button[type=submit]")
    page.goto(f"{portal_url}/admin/pages/add/sections/generalsectionpage/{home.pk}/")
    page.fill("#id_title", TITLE)
    page.locator("#id_title").press("End")  # a key released: the title syncs to the slug, as typing does
    expect(page.locator("#id_slug")).to_have_value("kiem-thu-duong-pho-van-minh")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "general-section-admin.png"), full_page=True)
    open_editor_footer_menu(page)
    click_and_wait(page, "footer button[name='action-submit']")
    page.close()

    with orm():
        section = GeneralSectionPage.objects.get(owner=user)
        assert (section.title, section.slug, section.live) == (TITLE, "kiem-thu-duong-pho-van-minh", False)
        assert section.current_workflow_task.name == "Biên tập viên duyệt"


@pytest.mark.parametrize("path", ["/chuong-trinh-de-tai-khoa-hoc/", "general"])
def test_the_new_sections_have_no_axe_violations(portal_url, page_at, general_section, path):
    url = portal_url + (general_section if path == "general" else path)
    page = page_at(WIDTHS[0])
    report = {}
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        response = page.goto(url)
        assert response.status == 200, f"{url}: {response.status}"
        name = "science" if path != "general" else "general"
        page.screenshot(path=str(SCREENSHOTS / f"section-{name}-{width}.png"), full_page=True)
        violations = _violations(axe.run(page, options=AXE_OPTIONS))
        if violations:
            report[width] = violations
    assert not report, f"axe-core WCAG 2.1 A/AA violations on {url}:\n{json.dumps(report, indent=1)}"
    text = page.locator("main").inner_text()
    assert ("Chưa có thông tin loại này." in text) == (path != "general")
