"""Trưởng Ban Biên tập: the final approval publishes; schedules and unpublishes; does not delete."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision

from sections.models import NewsPage

from .helpers import edit_url, in_seconds, log_actions, news_form_data, refused, snapshot, workflow_action_url

pytestmark = pytest.mark.django_db


def test_editor_in_chief_approval_publishes_the_approved_revision(
    login, editor_in_chief, contributor, approved_by_editor
):
    page = approved_by_editor(contributor)
    approved_revision = page.get_latest_revision()

    response = login(editor_in_chief).post(workflow_action_url(page, "approve"), {"comment": "Duyệt đăng."})

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert page.live_revision == approved_revision
    assert not page.workflow_in_progress
    assert PageLogEntry.objects.filter(
        page=page, action="wagtail.workflow.approve", user=editor_in_chief
    ).exists()
    publish = PageLogEntry.objects.get(page=page, action="wagtail.publish")
    assert (publish.user, publish.revision) == (editor_in_chief, approved_revision)


def test_editor_in_chief_sets_a_go_live_time_in_the_editor(login, editor_in_chief, draft_news):
    page = draft_news(editor_in_chief)

    login(editor_in_chief).post(edit_url(page), news_form_data(slug=page.slug, go_live_at="2030-01-02 08:00"))

    page.refresh_from_db()
    content = page.get_latest_revision().as_object()
    assert content.go_live_at is not None
    assert timezone.localtime(content.go_live_at).strftime("%d/%m/%Y %H:%M") == "02/01/2030 08:00"
    assert PageLogEntry.objects.filter(page=page, action="wagtail.edit", user=editor_in_chief).exists()


def test_editor_in_chief_approval_of_a_future_go_live_time_schedules_instead_of_publishing(
    login, editor_in_chief, contributor, approved_by_editor
):
    go_live_at = in_seconds(3600)
    page = approved_by_editor(contributor, go_live_at=go_live_at)

    login(editor_in_chief).post(workflow_action_url(page, "approve"), {"comment": ""})

    page.refresh_from_db()
    assert not page.live
    revision = page.get_latest_revision()
    assert abs(revision.approved_go_live_at - go_live_at) < datetime.timedelta(seconds=1)
    assert "wagtail.publish.schedule" in log_actions(page)


def test_editor_in_chief_unschedules_a_scheduled_revision(
    login, editor_in_chief, contributor, approved_by_editor
):
    page = approved_by_editor(contributor, go_live_at=in_seconds(3600))
    client = login(editor_in_chief)
    client.post(workflow_action_url(page, "approve"), {"comment": ""})
    revision = page.get_latest_revision()

    response = client.post(reverse("wagtailadmin_pages:revisions_unschedule", args=(page.pk, revision.pk)))

    assert response.status_code == 302
    revision.refresh_from_db()
    assert revision.approved_go_live_at is None
    assert "wagtail.schedule.cancel" in log_actions(page)


def test_editor_in_chief_unpublishes_and_the_page_keeps_its_history(login, editor_in_chief, live_news):
    page = live_news()
    revisions = Revision.objects.filter(object_id=str(page.pk)).count()

    response = login(editor_in_chief).post(reverse("wagtailadmin_pages:unpublish", args=(page.pk,)))

    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert Revision.objects.filter(object_id=str(page.pk)).count() == revisions
    assert PageLogEntry.objects.filter(page=page, action="wagtail.unpublish", user=editor_in_chief).exists()


def test_editor_in_chief_cannot_publish_directly(login, editor_in_chief, draft_news):
    page = draft_news(editor_in_chief)
    client = login(editor_in_chief)
    bulk_url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish")) + f"?id={page.pk}"

    client.post(edit_url(page), news_form_data(slug=page.slug, **{"action-publish": "1"}))
    client.post(bulk_url, {"include_descendants": "on"})

    page.refresh_from_db()
    assert not page.live
    assert "wagtail.publish" not in log_actions(page)


def test_editor_in_chief_cannot_delete(login, editor_in_chief, live_news, draft_news):
    client = login(editor_in_chief)
    for page in (live_news(), draft_news(editor_in_chief)):
        before = snapshot(page)
        url = reverse("wagtailadmin_pages:delete", args=(page.pk,))

        assert refused(client.get(url))
        assert refused(client.post(url, {"reason": "Bài viết không còn phù hợp, xin xóa."}))
        assert NewsPage.objects.filter(pk=page.pk).exists()
        assert snapshot(page) == before
