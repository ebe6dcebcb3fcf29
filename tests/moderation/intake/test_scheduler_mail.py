"""The scheduler fetches the intake mailbox on the mail job's own schedule, and has no mail job when no
mailbox is configured."""

import datetime
import io
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError, call_command

from core.scheduler import due_jobs, scheduled_jobs
from moderation.intake.models import IntakeRecord

from .samples import email_bytes
from .test_mail import deliver, flags

pytestmark = pytest.mark.django_db


def test_the_mail_job_fetches_the_intake_mailbox(imap):
    deliver(imap, email_bytes("Thư đến lúc nửa đêm", "<scheduler-1@example.com>"))
    out = io.StringIO()

    call_command("run_scheduler", "--run", "fetch-intake-mail", stdout=out)

    assert IntakeRecord.objects.filter(message_id="<scheduler-1@example.com>").count() == 1
    assert all("\\Seen" in line for line in flags(imap))
    assert out.getvalue().startswith("fetch-intake-mail: xong (fetch_intake_mail: 1 new record(s)")


def test_without_a_mailbox_there_is_no_mail_job(settings):
    settings.INTAKE_IMAP_HOST = None
    before = IntakeRecord.objects.count()
    out = io.StringIO()

    call_command("run_scheduler", "--list", stdout=out)
    with pytest.raises(CommandError, match="fetch-intake-mail"):
        call_command("run_scheduler", "--run", "fetch-intake-mail", stdout=io.StringIO())

    assert "fetch-intake-mail" not in out.getvalue()
    assert IntakeRecord.objects.count() == before


def test_mail_is_fetched_only_in_the_minutes_of_its_schedule(settings):
    """Every five minutes by default (INTAKE_FETCH_SCHEDULE), in step with the clock."""
    settings.INTAKE_IMAP_HOST = "mail.duongkinh.example"
    jobs = scheduled_jobs()
    vietnam = ZoneInfo("Asia/Ho_Chi_Minh")
    minutes = range(0, 15)

    fetching = [
        minute
        for minute in minutes
        if jobs["fetch-intake-mail"]
        in due_jobs(jobs, datetime.datetime(2026, 3, 10, 9, minute, tzinfo=vietnam))
    ]

    assert fetching == [0, 5, 10]


def test_the_scheduler_run_from_cron_fetches_mail_when_its_job_is_due(imap, settings):
    settings.SCHEDULED_JOBS = {
        **settings.SCHEDULED_JOBS,
        "fetch-intake-mail": {**settings.SCHEDULED_JOBS["fetch-intake-mail"], "cron": "* * * * *"},
    }
    deliver(imap, email_bytes("Thư gửi qua cron", "<scheduler-2@example.com>"))

    call_command("run_scheduler", "--once", stdout=io.StringIO())

    assert IntakeRecord.objects.filter(message_id="<scheduler-2@example.com>").exists()
