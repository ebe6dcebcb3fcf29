"""The whole editorial path in a real browser, through Wagtail's admin as each person uses it.

A contributor drafts a news article and submits it; an editor requests changes with a comment; the
contributor reads the comment, fixes the draft and resubmits; the editor approves; the editor-in-chief
approves and sets the royalty, which publishes it; the article is live and listed; the page history and
Site history show every step with who did it and when.

The people are created through the ORM outside any test transaction (the server thread has its own
database connection on PostgreSQL, so what the browser writes is committed), with unique usernames, and
everything the test made is deleted at the end, on SQLite and PostgreSQL alike.
"""

import asyncio
import threading
from contextlib import contextmanager

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connections
from django.test.testcases import LiveServerThread
from django.utils import timezone
from django.utils.crypto import get_random_string
from playwright.sync_api import expect
from wagtail.models import Page, PageLogEntry, Site

from moderation import roles
from moderation.models import SectionAssignment, SectionGroup
from moderation.royalties.models import RoyaltyApprovalTask, RoyaltyRecord
from sections.models import NewsPage
from tests.audit_record import audit_record_snapshot, remove_audit_record_since

from .conftest import SCREENSHOTS

PASSWORD = "mat-khau-thu-nghiem-2026"
TITLE = "Phường Dương Kinh ra quân dọn vệ sinh kênh Hòa Bình"
FIXED_TITLE = "Phường Dương Kinh ra quân nạo vét kênh Hòa Bình"
COMMENT = "Tên kênh và số người tham gia chưa đúng, đề nghị kiểm tra lại."


def server_connections():
    """The connections the portal's server thread was given (the shared in-memory SQLite database), or
    none (PostgreSQL: the server has its own connection)."""
    for thread in threading.enumerate():
        if isinstance(thread, LiveServerThread):
            return dict(thread.connections_override or {})
    return {}


@pytest.fixture
def orm(django_db_blocker, monkeypatch):
    """Database access from the test itself, next to Playwright.

    Playwright's sync API keeps an event loop running in this thread: Django then refuses ORM calls
    (although they run synchronously here), and its connection handler keeps connections per context
    instead of per thread, so the test would open a second connection, which the shared in-memory SQLite
    database answers with "table is locked". Inside `orm()` the test uses the server's own connections
    (SQLite), or a connection of its own that is closed afterwards (PostgreSQL)."""
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

    @contextmanager
    def database():
        shared = server_connections()
        previous = {alias: connections[alias] for alias in shared}
        with django_db_blocker.unblock():
            for alias, connection in shared.items():
                connections[alias] = connection
            try:
                yield
            finally:
                for alias, connection in previous.items():
                    connections[alias] = connection
                if asyncio._get_running_loop() is not None:
                    connections.close_all()  # this context's own connections, not the shared ones

    return database


@pytest.fixture
def newsroom(portal_url, orm):
    """A contributor assigned to the news section, an editor and an editor-in-chief, with full names.
    Deletes them, and the article and royalty they made, afterwards."""
    suffix = get_random_string(6, "abcdefghijkmnpqrstuvwxyz23456789")
    people = {}
    with orm():
        audit_before = audit_record_snapshot()
        news = Site.objects.get(is_default_site=True).root_page.get_children().get(slug="tin-tuc").specific
        had_section_group = SectionGroup.objects.filter(section=news).exists()
        for key, role, first, last in [
            ("contributor", roles.CONTRIBUTOR, "Lan", "Nguyễn Thị"),
            ("editor", roles.EDITOR, "Minh", "Trần Văn"),
            ("chief", roles.EDITOR_IN_CHIEF, "Hùng", "Phạm Quốc"),
        ]:
            user = get_user_model().objects.create_user(
                username=f"{key}-{suffix}",
                email=f"{key}-{suffix}@duongkinh.test",
                password=PASSWORD,
                first_name=first,
                last_name=last,
            )
            user.groups.add(Group.objects.get(name=role))
            people[key] = user
        SectionAssignment.objects.create(user=people["contributor"], section=news)
    people["news"] = news
    yield people
    with orm():
        users = [people[key] for key in ("contributor", "editor", "chief")]
        for page in Page.objects.filter(owner__in=users):
            for record in RoyaltyRecord.objects.for_object(page):
                record.delete()
            page.delete()
        SectionAssignment.objects.filter(user__in=users).delete()
        if not had_section_group:
            for link in SectionGroup.objects.filter(section=news):
                link.delete()  # its group goes with it
        for user in users:
            user.delete()
        remove_audit_record_since(audit_before)  # what they logged, and the seals, newest first


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"editorial-{name}.png"), full_page=True)


def log_in(browser_page, portal_url, user):
    page = browser_page()
    page.goto(portal_url + "/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("form button[type=submit]")
    assert page.url.rstrip("/").endswith("/admin"), page.url
    return page


def open_editor_footer_menu(page):
    """The page editor's action menu (Save draft + the dropdown of other actions)."""
    page.click("footer [data-w-dropdown-target='toggle']")


def click_and_wait(page, selector):
    with page.expect_navigation():
        page.click(selector)
    page.wait_for_load_state("networkidle")


def dashboard_action(page, title, action, modal=False):
    """Open the "Awaiting your review" row's action menu and choose an action (by its URL part)."""
    row = page.locator("#awaiting-review-content tr", has_text=title)
    row.locator("[data-w-dropdown-target='toggle']").click()
    selector = f"button[data-workflow-action-url*='{action}']" + ("[data-launch-modal]" if modal else "")
    row.locator(selector).click()
    if modal:
        page.wait_for_selector(".modal textarea[name='comment']")


@pytest.mark.django_db
def test_the_review_workflow_covers_the_news_section_with_two_steps(section):
    """What the browser test below relies on. (It is also the test that makes pytest-django create the
    test database when this file runs on its own: the browser tests use no database fixture.)"""
    workflow = section("tin-tuc").get_workflow()
    assert workflow.name == "Quy trình duyệt tin bài"
    tasks = [task.specific for task in workflow.tasks.order_by("workflow_tasks__sort_order")]
    assert [task.name for task in tasks] == ["Biên tập viên duyệt", "Trưởng Ban Biên tập phê duyệt"]
    assert [list(task.groups.values_list("name", flat=True)) for task in tasks] == [
        [roles.EDITOR],
        [roles.EDITOR_IN_CHIEF],
    ]
    assert isinstance(tasks[1], RoyaltyApprovalTask)


@pytest.fixture
def browser_page(newsroom, page_at, request):
    """A fresh browser (its own cookies) for each person who signs in; the previous one is closed first.

    On SQLite every request thread of the server shares the test's connection, so nothing may still be
    talking to the server (the admin polls in the background) when the test itself reads the database:
    hence one open page at a time, `quiet()` before reading, and this fixture set up after `newsroom`, so
    that its pages are closed before `newsroom` deletes what the test made. On failure, the last screen
    and its HTML are kept in var/screenshots/."""
    pages = []

    def open_page():
        if pages:
            pages[-1].context.close()
        pages.append(page_at(1280, 1000))
        return pages[-1]

    yield open_page
    if pages and request.session.testsfailed and not pages[-1].is_closed():
        shot(pages[-1], "failure")
        (SCREENSHOTS / "editorial-failure.html").write_text(pages[-1].content())
    if pages:
        pages[-1].context.close()


def quiet(page):
    """Leave the portal, so that no request is running while the test reads the database."""
    page.goto("about:blank")


def name(user):
    """How Wagtail's admin names a person (Django's full name)."""
    return user.get_full_name()


def history_rows(page):
    """The rows of a history listing: the action (with any comment), who, and when (ISO, with offset)."""
    rows = []
    for row in page.locator("table.listing tbody tr").all():
        cells = row.locator("td")
        rows.append(
            {
                "action": " ".join(cells.nth(0).inner_text().split()),
                "user": " ".join(cells.nth(1).inner_text().split()),
                "when": cells.nth(2).locator("time").get_attribute("datetime"),
            }
        )
    return rows


def test_news_article_goes_from_contributor_to_the_public_through_both_reviews(
    portal_url, browser_page, newsroom, orm
):
    contributor, editor, chief, news = (newsroom[key] for key in ("contributor", "editor", "chief", "news"))

    # 1. The contributor drafts the article in their section and submits it.
    page = log_in(browser_page, portal_url, contributor)
    shot(page, "01-contributor-dashboard")
    click_and_wait(page, f"a[href='/admin/pages/{news.pk}/']")
    click_and_wait(page, f"a[href='/admin/pages/{news.pk}/add_subpage/']")
    click_and_wait(page, f"a[href^='/admin/pages/add/sections/newspage/{news.pk}/']")
    page.fill("#id_title", TITLE)
    page.locator("#id_title").press("End")  # a key released: the title syncs to the slug, as typing does
    expect(page.locator("#id_slug")).to_have_value("phuong-duong-kinh-ra-quan-don-ve-sinh-kenh-hoa-binh")
    page.fill("#id_summary", "Sáng Chủ nhật, đông đảo người dân tham gia dọn vệ sinh kênh.")
    page.fill("#id_author", "Nguyễn Thị Lan")
    shot(page, "02-contributor-draft")
    assert page.locator("footer button[name='action-publish']").count() == 0
    open_editor_footer_menu(page)
    click_and_wait(page, "footer button[name='action-submit']")
    shot(page, "03-contributor-submitted")
    assert TITLE in page.locator(".messages").inner_text()
    assert page.locator("table.listing tr", has_text=TITLE).count() == 1

    # 2. The editor finds it awaiting review and requests changes with a comment.
    page = log_in(browser_page, portal_url, editor)
    shot(page, "04-editor-dashboard")
    assert name(contributor) in page.locator("#awaiting-review-content tr", has_text=TITLE).inner_text()
    dashboard_action(page, TITLE, "/reject/")
    page.fill(".modal textarea[name='comment']", COMMENT)
    shot(page, "05-editor-request-changes")
    click_and_wait(page, ".modal form button[type='submit']")
    shot(page, "06-editor-after-request-changes")

    # 3. The contributor reads the comment, fixes the draft and resubmits.
    page = log_in(browser_page, portal_url, contributor)
    panel = page.locator("#moderation-needs-changes-content")
    assert COMMENT in panel.inner_text()
    assert "Minh" in panel.inner_text()
    shot(page, "07-contributor-needs-changes")
    click_and_wait(page, f"#moderation-needs-changes-content a:has-text('{TITLE}')")
    page.fill("#id_title", FIXED_TITLE)
    shot(page, "08-contributor-fixing")
    open_editor_footer_menu(page)
    click_and_wait(page, "footer button[name='action-submit']")
    shot(page, "09-contributor-resubmitted")

    # 4. The editor approves the fixed draft with a comment.
    page = log_in(browser_page, portal_url, editor)
    dashboard_action(page, FIXED_TITLE, "/approve/", modal=True)
    page.fill(".modal textarea[name='comment']", "Đã đạt yêu cầu.")
    click_and_wait(page, ".modal form button[type='submit']")
    shot(page, "10-editor-approved")

    # 5. The editor-in-chief approves and sets the royalty: the article goes live.
    page = log_in(browser_page, portal_url, chief)
    shot(page, "11-chief-dashboard")
    dashboard_action(page, FIXED_TITLE, "/approve/", modal=True)
    page.wait_for_selector(".modal #id_coefficient")
    shot(page, "12-chief-royalty-form")
    # The contributor is proposed as the author; the byline names the same person, so no outside author.
    assert page.locator(f".modal input[name='contributors'][value='{contributor.pk}']").is_checked()
    assert page.locator(".modal input[name='contributors']:checked").count() == 1
    assert page.locator(".modal #id_outside_authors").input_value() == ""
    assert page.locator(".modal #id_kind").input_value() == "tin"
    page.fill(".modal #id_coefficient", "2")
    click_and_wait(page, ".modal form button[type='submit']")
    shot(page, "13-chief-approved")

    # 6. The article is live and listed on the news list.
    page.goto(portal_url + news.url)
    shot(page, "14-public-news-list")
    with page.expect_navigation():
        page.locator(".news-list__item h2 a", has_text=FIXED_TITLE).click()
    assert page.locator("h1").inner_text().strip() == FIXED_TITLE
    shot(page, "15-public-article")

    # 7. The audit log shows every step with who and when: the page's history, and Site history.
    page.goto(f"{portal_url}/admin/pages/{news.pk}/")
    click_and_wait(page, f"table.listing a:has-text('{FIXED_TITLE}')")
    click_and_wait(page, "header a[href$='/history/']")
    shot(page, "16-page-history")
    history = history_rows(page)
    assert [row["user"] for row in reversed(history)] == [
        name(contributor),  # created
        name(contributor),  # draft saved
        name(contributor),  # workflow started (submitted)
        name(editor),  # changes requested, with the comment
        name(contributor),  # draft saved (fixed)
        name(contributor),  # resubmitted
        name(editor),  # approved at the first step, with the comment
        name(chief),  # approved at the final step
        name(chief),  # published
    ]
    assert COMMENT in history[5]["action"]
    assert "Đã đạt yêu cầu." in history[2]["action"]
    today = timezone.localdate().isoformat()
    assert all(row["when"].startswith(today) and row["when"].endswith("+07:00") for row in history)
    page.goto(f"{portal_url}/admin/reports/site-history/")
    page.wait_for_load_state("networkidle")
    shot(page, "17-site-history")
    site_history = page.locator("table.listing tbody tr")
    royalty_row = site_history.filter(has_text=FIXED_TITLE).filter(has_text="Đã đặt nhuận bút")
    assert name(chief) in royalty_row.inner_text()
    # Each entry names the item as it was then: four steps before the fix, five after it, and the royalty.
    assert site_history.filter(has_text=TITLE).count() == 4
    assert site_history.filter(has_text=FIXED_TITLE).count() == 6

    quiet(page)
    with orm():
        article = NewsPage.objects.get(owner=contributor)
        steps = list(
            PageLogEntry.objects.filter(page=article)
            .order_by("timestamp", "pk")
            .values_list("action", "user__username")
        )
        record = RoyaltyRecord.objects.for_object(article).get()
        lines = list(record.lines.values_list("user__username", "name", "amount"))
    assert steps == [
        ("wagtail.create", contributor.username),
        ("wagtail.edit", contributor.username),
        ("wagtail.workflow.start", contributor.username),
        ("wagtail.workflow.reject", editor.username),
        ("wagtail.edit", contributor.username),
        ("wagtail.workflow.resume", contributor.username),
        ("wagtail.workflow.approve", editor.username),
        ("wagtail.workflow.approve", chief.username),
        ("wagtail.publish", chief.username),
    ]
    assert article.live and article.title == FIXED_TITLE
    assert record.approved_by_id == chief.pk and record.coefficient == 2
    assert lines == [(contributor.username, f"{name(contributor)} ({contributor.username})", record.amount)]
