"""The periodic jobs: the schedule is the one the settings declare, in Vietnam time; each job runs as a
django-tasks task, never twice at once; `run_scheduler` stops cleanly on SIGTERM and SIGINT.

What each job does is tested where its effect is: tests/moderation/test_scheduling.py (publishing),
tests/legal_docs/test_stored_status_and_counts.py (validity statuses), tests/moderation/intake (mail)."""

import datetime
import io
import signal
import threading
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.utils import timezone

from core.scheduler import Dispatcher, build_scheduler, due_jobs, scheduled_jobs

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def at(hour, minute, tz=VIETNAM):
    return datetime.datetime(2026, 3, 10, hour, minute, 20, tzinfo=tz)


def names(jobs):
    return sorted(job.name for job in jobs)


def test_the_schedule_is_the_one_the_settings_declare(settings):
    settings.INTAKE_IMAP_HOST = "mail.duongkinh.example"

    jobs = scheduled_jobs()

    assert {name: (job.cron, job.target) for name, job in jobs.items()} == {
        "publish-scheduled": ("* * * * *", "publish_scheduled"),
        "refresh-legal-status": ("0 0 * * *", "legal_docs.tasks.refresh_validity_statuses"),
        "verify-audit-log": ("30 1 * * *", "verify_audit_log"),
        "check-portal-links": ("15 6 * * *", "check_portal_links"),
        "fetch-intake-mail": ("*/5 * * * *", "fetch_intake_mail"),
        "disable-inactive-accounts": ("30 0 * * *", "disable_inactive_accounts"),
    }
    scheduler = build_scheduler(jobs, Dispatcher())
    scheduler.start(paused=True)  # jobs take their options when the scheduler starts
    try:
        scheduled = {job.id: job for job in scheduler.get_jobs()}
    finally:
        scheduler.shutdown()
    assert sorted(scheduled) == sorted(jobs)
    for job in scheduled.values():
        assert job.trigger.timezone == VIETNAM
        assert (job.max_instances, job.coalesce, job.misfire_grace_time) == (1, True, None)
    # The daily job also runs as the scheduler starts, for a midnight missed while it was stopped.
    assert scheduled["refresh-legal-status"].next_run_time <= timezone.now()
    assert scheduled["publish-scheduled"].next_run_time > timezone.now()


def test_without_an_intake_mailbox_there_is_no_mail_job(settings):
    settings.INTAKE_IMAP_HOST = None

    assert sorted(scheduled_jobs()) == [
        "check-portal-links",
        "disable-inactive-accounts",
        "publish-scheduled",
        "refresh-legal-status",
        "verify-audit-log",
    ]


def test_jobs_fall_due_in_vietnam_time(settings):
    settings.INTAKE_IMAP_HOST = "mail.duongkinh.example"
    jobs = scheduled_jobs()

    assert names(due_jobs(jobs, at(0, 0))) == [
        "fetch-intake-mail",
        "publish-scheduled",
        "refresh-legal-status",
    ]
    assert names(due_jobs(jobs, at(0, 3))) == ["publish-scheduled"]
    assert names(due_jobs(jobs, at(14, 35))) == ["fetch-intake-mail", "publish-scheduled"]
    # Midnight in Vietnam is 17:00 UTC the day before; UTC midnight is 07:00 in Vietnam.
    assert "refresh-legal-status" in names(due_jobs(jobs, at(17, 0, datetime.UTC)))
    assert "refresh-legal-status" not in names(due_jobs(jobs, at(0, 0, datetime.UTC)))


@pytest.mark.parametrize(
    "spec",
    [
        {"cron": "* * * * *"},
        {"cron": "* * * * *", "command": "publish_scheduled", "task": "core.tasks.run_scheduled_job"},
        {"cron": "every minute", "command": "publish_scheduled"},
        {"cron": "* * * * *", "command": "publish_scheduled", "every": 60},
    ],
)
def test_a_job_declared_wrongly_stops_the_scheduler_with_its_name(settings, spec):
    settings.SCHEDULED_JOBS = {"broken-job": spec}

    with pytest.raises(ImproperlyConfigured, match="broken-job"):
        call_command("run_scheduler", "--list", stdout=io.StringIO())


def test_running_an_unknown_job_names_the_jobs_there_are():
    with pytest.raises(CommandError, match="publish-scheduled, refresh-legal-status"):
        call_command("run_scheduler", "--run", "no-such-job", stdout=io.StringIO())


def test_the_list_shows_each_job_and_its_next_run_in_vietnam_time(settings):
    settings.INTAKE_IMAP_HOST = None
    out = io.StringIO()

    call_command("run_scheduler", "--list", stdout=out)

    lines = out.getvalue().splitlines()
    assert len(lines) == 5
    by_job = {line.split(":", 1)[0]: line for line in lines}
    assert by_job["disable-inactive-accounts"].startswith(
        "disable-inactive-accounts: “30 0 * * *” (giờ Việt Nam)"
    )
    assert by_job["refresh-legal-status"].startswith("refresh-legal-status: “0 0 * * *” (giờ Việt Nam)")
    assert by_job["refresh-legal-status"].endswith(" 00:00.")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_the_scheduler_stops_cleanly_on_sigterm_and_sigint(settings, signum):
    """A job caught up at start sends the signal; the scheduler lets it finish, then stops and says so."""
    settings.SCHEDULED_JOBS = {
        "stop-me": {
            "cron": "0 0 1 1 *",
            "task": "tests.core.jobs.send_signal",
            "args": [int(signum)],
            "catch_up": True,
        }
    }
    handler_before = signal.getsignal(signum)
    # Should the job never run, this ends the test (which then fails on the count) instead of hanging.
    guard = threading.Timer(60, signal.raise_signal, (signum,))
    guard.start()
    out = io.StringIO()
    try:
        call_command("run_scheduler", stdout=out)
    finally:
        guard.cancel()

    assert (
        out.getvalue().splitlines()[-1] == "Đã dừng bộ lập lịch: đã đưa 1 lượt chạy công việc vào hàng đợi."
    )
    assert signal.getsignal(signum) == handler_before
