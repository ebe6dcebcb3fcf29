"""Scheduled publishing: an approved revision with a go-live time goes live when the worker runs; the
worker also runs the database task queue."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageLogEntry
from wagtail.tasks import update_reference_index_task

from .helpers import edit_url, in_seconds, log_actions, workflow_action_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def scheduled_news(login, editor_in_chief, contributor, approved_by_editor):
    """A news article approved by both reviewers, with a go-live time an hour away."""
    page = approved_by_editor(contributor, go_live_at=in_seconds(3600))
    login(editor_in_chief).post(workflow_action_url(page, "approve"), {"comment": ""})
    page.refresh_from_db()
    assert not page.live
    return page


def let_time_pass(page, seconds_ago=5):
    """Move the approved go-live time a few seconds into the past, as if the hour had gone by."""
    revision = page.get_latest_revision()
    go_live_at = timezone.now() - datetime.timedelta(seconds=seconds_ago)
    revision.content["go_live_at"] = go_live_at.isoformat()
    revision.approved_go_live_at = go_live_at
    revision.save(update_fields=["content", "approved_go_live_at"])
    return revision


def test_scheduled_page_goes_live_when_publish_scheduled_runs(scheduled_news):
    revision = let_time_pass(scheduled_news)

    call_command("publish_scheduled")

    scheduled_news.refresh_from_db()
    assert scheduled_news.live
    assert scheduled_news.live_revision == revision
    assert "wagtail.publish.scheduled" in log_actions(scheduled_news)


def test_scheduled_page_stays_a_draft_before_its_time(scheduled_news):
    call_command("publish_scheduled")

    scheduled_news.refresh_from_db()
    assert not scheduled_news.live


def test_the_worker_publishes_scheduled_pages_in_one_round(scheduled_news):
    let_time_pass(scheduled_news)
    out = io.StringIO()

    call_command("run_worker", "--once", stdout=out)

    scheduled_news.refresh_from_db()
    assert scheduled_news.live
    assert PageLogEntry.objects.filter(page=scheduled_news, action="wagtail.publish.scheduled").exists()


def test_the_editor_shows_the_go_live_time_in_vietnam_time(login, editor_in_chief, draft_news):
    go_live_at = datetime.datetime(2030, 1, 2, 1, 0, tzinfo=datetime.UTC)
    page = draft_news(editor_in_chief, go_live_at=go_live_at)

    content = login(editor_in_chief).get(edit_url(page)).content.decode()

    assert "02/01/2030 08:00" in content  # 01:00 UTC is 08:00 in Hà Nội / Hải Phòng (UTC+7)


def test_the_worker_runs_database_tasks_when_that_backend_is_configured(settings, monkeypatch, home_page):
    # The worker drops stale connections between rounds; inside a test's transaction that would close
    # the very connection the test runs in (PostgreSQL), so leave it open here.
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    result = update_reference_index_task.enqueue("home", "homepage", home_page.pk)
    assert DBTaskResult.objects.get(id=result.id).status == "READY"

    out = io.StringIO()
    call_command("run_worker", "--once", stdout=out)

    assert DBTaskResult.objects.get(id=result.id).status == "SUCCESSFUL"
