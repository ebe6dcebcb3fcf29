"""Biên tập viên: edits everywhere, approves or rejects the first review step, never publishes alone."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from sections.models import NewsPage

from .helpers import edit_url, log_actions, news_form_data, refused, snapshot, workflow_action_url

pytestmark = pytest.mark.django_db


def test_editor_approves_the_first_step_with_a_comment_and_the_page_waits_for_the_editor_in_chief(
    login, editor, contributor, submitted_news
):
    page = submitted_news(contributor)

    response = login(editor).post(workflow_action_url(page, "approve"), {"comment": "Đạt yêu cầu."})

    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_task.name == "Trưởng Ban Biên tập phê duyệt"
    approved = TaskState.objects.get(workflow_state__object_id=str(page.pk), status=TaskState.STATUS_APPROVED)
    assert (approved.finished_by, approved.comment) == (editor, "Đạt yêu cầu.")
    entry = PageLogEntry.objects.get(page=page, action="wagtail.workflow.approve")
    assert entry.user == editor and entry.data["comment"] == "Đạt yêu cầu."


def test_editor_rejects_with_a_comment_and_the_draft_goes_back(login, editor, contributor, submitted_news):
    page = submitted_news(contributor)

    login(editor).post(workflow_action_url(page, "reject"), {"comment": "Bổ sung nguồn tin."})

    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Bổ sung nguồn tin."
    assert PageLogEntry.objects.filter(page=page, action="wagtail.workflow.reject", user=editor).exists()
    page.refresh_from_db()
    assert not page.live


def test_editor_cannot_give_the_final_approval(login, editor, contributor, approved_by_editor):
    page = approved_by_editor(contributor)
    before = snapshot(page)

    response = login(editor).post(workflow_action_url(page, "approve"), {"comment": ""})

    assert refused(response)
    assert snapshot(page) == before


def test_editor_edits_pages_in_every_section_with_a_revision_and_log_entry(login, editor, live_news):
    page = live_news()
    revisions_before = page.revisions.count()

    response = login(editor).post(edit_url(page), news_form_data(title="Biên tập lại", slug=page.slug))

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.revisions.count() == revisions_before + 1
    assert page.get_latest_revision().user == editor
    assert page.has_unpublished_changes
    assert page.title != "Biên tập lại"  # the live version is unchanged until approved
    assert PageLogEntry.objects.filter(page=page, action="wagtail.edit", user=editor).exists()


def test_editor_cannot_publish_through_the_edit_view(login, editor, draft_news):
    page = draft_news(editor)

    login(editor).post(edit_url(page), news_form_data(slug=page.slug, **{"action-publish": "1"}))

    page.refresh_from_db()
    assert not page.live
    assert "wagtail.publish" not in log_actions(page)


def test_editor_cannot_publish_through_the_bulk_action(login, editor, draft_news):
    page = draft_news(editor)
    before = snapshot(page)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish")) + f"?id={page.pk}"

    login(editor).post(url, {"include_descendants": "on"})

    assert snapshot(page) == before


def test_editor_cannot_publish_by_reverting_a_revision(login, editor, draft_news):
    page = draft_news(editor)
    url = reverse("wagtailadmin_pages:revisions_revert", args=(page.pk, page.get_latest_revision().pk))

    login(editor).post(url, news_form_data(slug=page.slug, **{"action-publish": "1"}))

    page.refresh_from_db()
    assert not page.live


def test_editor_cannot_unpublish_or_delete(login, editor, live_news):
    page = live_news()
    client = login(editor)

    assert refused(client.post(reverse("wagtailadmin_pages:unpublish", args=(page.pk,))))
    assert refused(
        client.post(
            reverse("wagtailadmin_pages:delete", args=(page.pk,)), {"reason": "Bài viết trùng lặp, cần xóa."}
        )
    )
    page.refresh_from_db()
    assert page.live and NewsPage.objects.filter(pk=page.pk).exists()


def test_editor_cannot_emergency_publish(login, editor, draft_news):
    page = draft_news(editor)

    response = login(editor).post(
        reverse("moderation:emergency_publish", args=(page.pk,)),
        {"reason": "Tin khẩn cấp cần đăng ngay lập tức."},
    )

    assert refused(response)
    page.refresh_from_db()
    assert not page.live


def test_editor_cannot_manage_users_or_section_assignments(login, editor):
    client = login(editor)

    assert refused(client.get(reverse("wagtailusers_users:index")))
    assert refused(client.get(reverse("section_assignments:index")))
