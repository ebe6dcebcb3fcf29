"""Scheduled publishing: an approved revision with a go-live time goes live when the scheduler's
publishing job runs, at once with the immediate tasks backend, or in `db_worker` with the database one;
never twice at once."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageLogEntry

from core.scheduler import Dispatcher, scheduled_jobs
from core.tasks import job_lock

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


def test_the_publishing_job_publishes_scheduled_pages(scheduled_news):
    let_time_pass(scheduled_news)
    out = io.StringIO()

    call_command("run_scheduler", "--run", "publish-scheduled", stdout=out)

    scheduled_news.refresh_from_db()
    assert scheduled_news.live
    assert PageLogEntry.objects.filter(page=scheduled_news, action="wagtail.publish.scheduled").count() == 1
    assert out.getvalue() == "publish-scheduled: xong.\n"


def test_the_scheduler_run_from_cron_publishes_in_every_minute(scheduled_news):
    let_time_pass(scheduled_news)

    call_command("run_scheduler", "--once", stdout=io.StringIO())

    scheduled_news.refresh_from_db()
    assert scheduled_news.live


def test_the_publishing_job_never_runs_twice_at_once(scheduled_news):
    let_time_pass(scheduled_news)
    out = io.StringIO()

    with job_lock("publish-scheduled") as acquired:  # another run, in another process, is not finished
        assert acquired
        call_command("run_scheduler", "--run", "publish-scheduled", stdout=out)
        scheduled_news.refresh_from_db()
        assert not scheduled_news.live
    call_command("run_scheduler", "--run", "publish-scheduled", stdout=out)

    scheduled_news.refresh_from_db()
    assert scheduled_news.live
    assert out.getvalue().splitlines() == [
        "publish-scheduled: bỏ qua, lượt chạy trước của công việc này chưa xong.",
        "publish-scheduled: xong.",
    ]


@pytest.fixture
def database_tasks(settings, monkeypatch):
    """The django-tasks database backend, as with TASKS_BACKEND=database."""
    # The worker drops stale connections between tasks; inside a test's transaction that would close
    # the very connection the test runs in (PostgreSQL), so leave it open here.
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def scheduled_job_runs():
    return DBTaskResult.objects.filter(task_path="core.tasks.run_scheduled_job")


def test_with_the_database_backend_the_job_waits_for_db_worker(database_tasks, scheduled_news):
    let_time_pass(scheduled_news)
    out = io.StringIO()

    call_command("run_scheduler", "--run", "publish-scheduled", stdout=out)

    assert out.getvalue() == "publish-scheduled: đã đưa vào hàng đợi cho tiến trình chạy tác vụ.\n"
    run = scheduled_job_runs().get()
    assert run.status == "READY"
    scheduled_news.refresh_from_db()
    assert not scheduled_news.live

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    run.refresh_from_db()
    assert run.status == "SUCCESSFUL"
    assert run.return_value == {"ran": True, "output": ""}
    scheduled_news.refresh_from_db()
    assert scheduled_news.live


def test_a_job_waiting_for_the_worker_is_not_enqueued_again(database_tasks):
    """A stopped worker finds one run of each job when it comes back, not one per minute it was away."""
    job = scheduled_jobs()["publish-scheduled"]
    dispatcher = Dispatcher()

    assert dispatcher.dispatch(job) is not None
    assert dispatcher.dispatch(job) is None
    assert scheduled_job_runs().count() == 1

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert dispatcher.dispatch(job) is not None

    assert list(scheduled_job_runs().values_list("status", flat=True).order_by("enqueued_at")) == [
        "SUCCESSFUL",
        "READY",
    ]


def test_the_editor_shows_the_go_live_time_in_vietnam_time(login, editor_in_chief, draft_news):
    go_live_at = datetime.datetime(2030, 1, 2, 1, 0, tzinfo=datetime.UTC)
    page = draft_news(editor_in_chief, go_live_at=go_live_at)

    content = login(editor_in_chief).get(edit_url(page)).content.decode()

    assert "02/01/2030 08:00" in content  # 01:00 UTC is 08:00 in Hà Nội / Hải Phòng (UTC+7)
