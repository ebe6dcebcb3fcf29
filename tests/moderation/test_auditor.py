"""Kiểm tra viên: reads every page, its whole history and the audit log; changes nothing."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageLogEntry, Revision

from moderation.models import SectionAssignment
from sections.models import NewsPage

from .helpers import add_news_url, edit_url, news_form_data, opens, snapshot

pytestmark = pytest.mark.django_db


@pytest.fixture
def edited_live_news(live_news, editor):
    """A live article with a newer draft, so that it has several revisions to compare."""
    page = live_news()
    page.title = "Kết quả kỳ họp (bản sửa)"
    page.save_revision(user=editor, log_action=True)
    return NewsPage.objects.get(pk=page.pk)


def test_auditor_browses_the_page_tree(
    login, auditor, home_page, news_section, live_news, draft_news, editor
):
    pages = [live_news(), draft_news(editor)]
    client = login(auditor)

    assert opens(client, reverse("wagtailadmin_explore_root"))
    assert opens(client, reverse("wagtailadmin_explore", args=(home_page.pk,)))
    assert opens(client, reverse("wagtailadmin_explore", args=(news_section.pk,)))
    news = client.get(reverse("wagtailadmin_explore", args=(news_section.pk,))).content.decode()
    assert all(page.title in news for page in pages)


def test_auditor_reads_the_history_of_every_page(login, auditor, edited_live_news, home_page):
    client = login(auditor)

    for page in (edited_live_news, home_page):
        response = client.get(reverse("wagtailadmin_pages:history", args=(page.pk,)))
        assert response.status_code == 200
    assert opens(client, reverse("wagtailadmin_pages:workflow_history", args=(edited_live_news.pk,)))


def test_auditor_views_and_compares_revisions(login, auditor, edited_live_news):
    page = edited_live_news
    first, latest = page.revisions.order_by("created_at", "pk").first(), page.get_latest_revision()
    client = login(auditor)

    view = client.get(reverse("wagtailadmin_pages:revisions_view", args=(page.pk, first.pk)))
    compare = client.get(reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, first.pk, latest.pk)))
    compare_live = client.get(
        reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, "live", "latest"))
    )

    assert view.status_code == 200
    assert compare.status_code == 200
    assert "Kết quả kỳ họp (bản sửa)" in compare.content.decode()
    assert compare_live.status_code == 200


def test_auditor_reads_and_exports_site_history(login, auditor, edited_live_news):
    client = login(auditor)

    report = client.get(reverse("wagtailadmin_reports:site_history"))
    export = client.get(reverse("wagtailadmin_reports:site_history") + "?export=csv")

    assert report.status_code == 200
    assert edited_live_news.title in report.content.decode()
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")
    assert edited_live_news.title in b"".join(export.streaming_content).decode()


def test_auditor_sees_deleted_pages_in_site_history(login, auditor, administrator, live_news):
    page = live_news(title="Trang sẽ bị xóa")
    login(administrator).post(
        reverse("wagtailadmin_pages:delete", args=(page.pk,)),
        {"reason": "Trang trùng lặp với một trang khác, cần xóa."},
    )

    content = login(auditor).get(reverse("wagtailadmin_reports:site_history")).content.decode()

    assert "Trang trùng lặp với một trang khác, cần xóa." in content


def test_auditor_opening_the_editor_lands_on_the_history(login, auditor, edited_live_news):
    response = login(auditor).get(edit_url(edited_live_news))

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:history", args=(edited_live_news.pk,))


def page_changing_posts(page, section, revision, task_state=None):
    """Every admin form that changes a page, as (url, data)."""
    bulk = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "{}")) + f"?id={page.pk}"
    posts = [
        (edit_url(page), news_form_data(slug=page.slug)),
        (edit_url(page), news_form_data(slug=page.slug, **{"action-submit": "1"})),
        (edit_url(page), news_form_data(slug=page.slug, **{"action-publish": "1"})),
        (add_news_url(section), news_form_data(title="Bài của kiểm tra viên")),
        (
            reverse("wagtailadmin_pages:revisions_revert", args=(page.pk, revision.pk)),
            news_form_data(slug=page.slug),
        ),
        (reverse("wagtailadmin_pages:revisions_unschedule", args=(page.pk, revision.pk)), {}),
        (reverse("wagtailadmin_pages:unpublish", args=(page.pk,)), {}),
        (
            reverse("wagtailadmin_pages:delete", args=(page.pk,)),
            {"reason": "Kiểm tra viên thử xóa trang này."},
        ),
        (reverse("wagtailadmin_pages:lock", args=(page.pk,)), {}),
        (reverse("wagtailadmin_pages:set_privacy", args=(page.pk,)), {"restriction_type": "login"}),
        (reverse("wagtailadmin_pages:set_page_position", args=(page.pk,)) + "?position=0", {}),
        (
            reverse("wagtailadmin_pages:copy", args=(page.pk,)),
            {"new_title": "Bản sao", "new_slug": "ban-sao-kiem-tra", "new_parent_page": section.pk},
        ),
        (
            reverse("moderation:emergency_publish", args=(page.pk,)),
            {"reason": "Kiểm tra viên thử đăng khẩn cấp."},
        ),
        (bulk.format("publish"), {"include_descendants": "on"}),
        (bulk.format("unpublish"), {"include_descendants": "on"}),
        (bulk.format("delete"), {}),
        (reverse("wagtailadmin_api:pages:action", args=(page.pk, "revert_to_page_revision")), {}),
    ]
    if task_state is not None:
        for action in ("approve", "reject"):
            url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
            posts.append((url, {"comment": "Kiểm tra viên"}))
    return posts


def test_auditor_cannot_change_any_page(login, auditor, contributor, submitted_news, live_news, news_section):
    client = login(auditor)
    pages = [live_news(), submitted_news(contributor)]
    for page in pages:
        revision = page.get_latest_revision()
        before = snapshot(page)
        for url, data in page_changing_posts(page, news_section, revision, page.current_workflow_task_state):
            response = client.post(url, data)
            assert response.status_code in (302, 403), url
            assert snapshot(page) == before, url
    assert not NewsPage.objects.filter(title__in=["Bài của kiểm tra viên", "Bản sao"]).exists()


def test_auditor_cannot_change_users_groups_settings_or_assignments(login, auditor, news_section):
    client = login(auditor)
    log_entries, revisions = PageLogEntry.objects.count(), Revision.objects.count()
    posts = [
        (reverse("wagtailusers_users:add"), {"username": "moi", "password1": "x", "password2": "x"}),
        (reverse("wagtailusers_groups:add"), {"name": "Nhóm mới"}),
        (reverse("wagtailsettings:edit", args=("core", "portalsettings", 1)), {"agency_name": "Đổi tên"}),
        (reverse("section_assignments:add"), {"user": auditor.pk, "section": news_section.pk}),
    ]
    for url, data in posts:
        assert client.post(url, data).status_code == 403, url

    assert not Group.objects.filter(name="Nhóm mới").exists()
    assert not SectionAssignment.objects.exists()
    assert (PageLogEntry.objects.count(), Revision.objects.count()) == (log_entries, revisions)


def test_auditor_still_manages_own_account(login, auditor):
    response = login(auditor).get(reverse("wagtailadmin_account"))

    assert response.status_code == 200


def test_auditor_reads_the_emergency_publications_report(login, auditor):
    assert opens(login(auditor), reverse("moderation:emergency_publications"))
