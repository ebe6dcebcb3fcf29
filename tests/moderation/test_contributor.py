"""Cộng tác viên: drafts and submits in the sections assigned to them, and nothing more."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry, Revision

from sections.models import NewsPage, StandardPage

from .helpers import add_news_url, edit_url, log_actions, news_form_data, refused, snapshot

pytestmark = pytest.mark.django_db


def test_contributor_drafts_news_in_assigned_section_with_a_revision_and_log_entry(
    login, contributor, news_section
):
    client = login(contributor)
    assert client.get(add_news_url(news_section)).status_code == 200

    response = client.post(add_news_url(news_section), news_form_data(title="Tin nháp của cộng tác viên"))

    assert response.status_code == 302
    page = NewsPage.objects.get(title="Tin nháp của cộng tác viên")
    assert not page.live
    assert page.owner == contributor
    assert Revision.objects.filter(object_id=str(page.pk), user=contributor).count() == 1
    assert PageLogEntry.objects.filter(page=page, action="wagtail.create", user=contributor).exists()


def test_contributor_submits_a_new_draft_to_the_review_workflow(login, contributor, news_section):
    client = login(contributor)

    client.post(add_news_url(news_section), news_form_data(title="Tin gửi duyệt", **{"action-submit": "1"}))

    page = NewsPage.objects.get(title="Tin gửi duyệt")
    assert not page.live
    assert page.workflow_in_progress
    assert page.current_workflow_task.name == "Biên tập viên duyệt"
    assert "wagtail.workflow.start" in log_actions(page)


def test_contributor_edits_and_submits_own_draft(login, contributor, draft_news):
    page = draft_news(contributor)
    client = login(contributor)

    response = client.post(
        edit_url(page), news_form_data(title="Tin đã sửa", slug=page.slug, **{"action-submit": "1"})
    )

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.draft_title == "Tin đã sửa"
    assert page.workflow_in_progress
    assert log_actions(page)[-2:] == ["wagtail.edit", "wagtail.workflow.start"]


def test_contributor_cannot_draft_in_a_section_not_assigned(login, contributor, intro_section):
    client = login(contributor)
    url = reverse("wagtailadmin_pages:add", args=("sections", "standardpage", intro_section.pk))

    assert refused(client.get(url))
    response = client.post(url, {"title": "Không được phép", "slug": "khong-duoc-phep"})

    assert refused(response)
    assert not StandardPage.objects.filter(title="Không được phép").exists()


def test_contributor_cannot_edit_pages_of_other_sections(login, contributor, intro_section):
    client = login(contributor)

    assert refused(client.get(edit_url(intro_section)))
    assert refused(client.post(edit_url(intro_section), {"title": "Sửa trái phép"}))


def test_contributor_does_not_see_publish_in_the_editor(login, contributor, draft_news):
    page = draft_news(contributor)

    content = login(contributor).get(edit_url(page)).content.decode()

    assert 'name="action-publish"' not in content
    assert 'name="action-submit"' in content


def test_contributor_cannot_publish_through_the_edit_view(login, contributor, draft_news):
    page = draft_news(contributor)
    client = login(contributor)

    client.post(edit_url(page), news_form_data(slug=page.slug, **{"action-publish": "1"}))

    page.refresh_from_db()
    assert not page.live
    assert page.live_revision is None
    assert "wagtail.publish" not in log_actions(page)


def test_contributor_cannot_publish_when_creating(login, contributor, news_section):
    client = login(contributor)

    client.post(
        add_news_url(news_section), news_form_data(title="Tạo và xuất bản", **{"action-publish": "1"})
    )

    page = NewsPage.objects.get(title="Tạo và xuất bản")
    assert not page.live
    assert "wagtail.publish" not in log_actions(page)


def test_contributor_cannot_publish_through_the_bulk_action(login, contributor, draft_news):
    page = draft_news(contributor)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish")) + f"?id={page.pk}"
    before = snapshot(page)

    login(contributor).post(url, {"include_descendants": "on"})

    assert snapshot(page) == before


def test_contributor_cannot_publish_a_copy(login, contributor, live_news, news_section):
    page = live_news()
    url = reverse("wagtailadmin_pages:copy", args=(page.pk,))

    login(contributor).post(
        url,
        {
            "new_title": "Bản sao xuất bản",
            "new_slug": "ban-sao-xuat-ban",
            "new_parent_page": news_section.pk,
            "publish_copies": "on",
        },
    )

    assert not NewsPage.objects.filter(title="Bản sao xuất bản", live=True).exists()


def test_contributor_cannot_publish_by_reverting_a_revision(login, contributor, draft_news):
    page = draft_news(contributor)
    revision = page.get_latest_revision()
    url = reverse("wagtailadmin_pages:revisions_revert", args=(page.pk, revision.pk))

    login(contributor).post(url, news_form_data(slug=page.slug, **{"action-publish": "1"}))

    page.refresh_from_db()
    assert not page.live
    assert "wagtail.publish" not in log_actions(page)


def test_contributor_cannot_publish_through_the_admin_api(login, contributor, draft_news):
    page = draft_news(contributor)
    before = snapshot(page)
    url = reverse("wagtailadmin_api:pages:action", args=(page.pk, "publish"))

    response = login(contributor).post(url, {}, content_type="application/json")

    assert response.status_code == 403
    assert snapshot(page) == before


def test_contributor_cannot_unpublish(login, contributor, live_news):
    page = live_news()
    url = reverse("wagtailadmin_pages:unpublish", args=(page.pk,))
    client = login(contributor)

    assert refused(client.get(url))
    assert refused(client.post(url))
    page.refresh_from_db()
    assert page.live


def test_contributor_cannot_delete_even_own_draft(login, contributor, draft_news):
    page = draft_news(contributor)
    url = reverse("wagtailadmin_pages:delete", args=(page.pk,))
    client = login(contributor)

    assert refused(client.get(url))
    assert refused(client.post(url, {"reason": "Tôi muốn xóa bản nháp này của mình."}))
    assert NewsPage.objects.filter(pk=page.pk).exists()


def test_contributor_cannot_approve_a_submitted_page(
    login, contributor, make_user, news_section, submitted_news
):
    colleague = make_user("ctv-khac", "Cộng tác viên", sections=[news_section])
    page = submitted_news(colleague)
    before = snapshot(page)
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))

    response = login(contributor).post(url, {"comment": ""})

    assert refused(response)
    assert snapshot(page) == before


def test_contributor_cannot_emergency_publish(login, contributor, draft_news):
    page = draft_news(contributor)
    url = reverse("moderation:emergency_publish", args=(page.pk,))

    response = login(contributor).post(url, {"reason": "Tin khẩn cấp cần đăng ngay lập tức."})

    assert refused(response)
    page.refresh_from_db()
    assert not page.live
