"""The worker fetches the intake mailbox on its own schedule, and only when a mailbox is configured."""

import io
import signal

import pytest
from django.core.management import call_command

from moderation.intake.models import IntakeRecord
from moderation.management.commands import run_worker

from .samples import email_bytes
from .test_mail import deliver, flags

pytestmark = pytest.mark.django_db


def test_one_worker_round_fetches_the_intake_mailbox(imap):
    deliver(imap, email_bytes("Thư đến lúc nửa đêm", "<worker-1@example.com>"))
    out = io.StringIO()

    call_command("run_worker", "--once", stdout=out)

    assert IntakeRecord.objects.filter(message_id="<worker-1@example.com>").count() == 1
    assert all("\\Seen" in line for line in flags(imap))
    assert "1 thông tin mới từ email" in out.getvalue()  # the command speaks the portal's language


def test_without_a_mailbox_the_worker_does_not_fetch_mail(settings):
    settings.INTAKE_IMAP_HOST = None
    before = IntakeRecord.objects.count()
    out = io.StringIO()

    call_command("run_worker", "--once", stdout=out)

    assert IntakeRecord.objects.count() == before
    assert "không nhận email (chưa cấu hình hộp thư tiếp nhận)" in out.getvalue()


def test_no_scheduling_leaves_the_mailbox_to_the_scheduling_worker(imap):
    deliver(imap, email_bytes("Thư cho worker khác", "<worker-2@example.com>"))

    call_command("run_worker", "--once", "--no-scheduling", stdout=io.StringIO())

    assert not IntakeRecord.objects.filter(message_id="<worker-2@example.com>").exists()


def run_two_rounds(monkeypatch, between, **options):
    """Run the worker's loop for exactly two rounds; `between()` happens while it sleeps after the first."""
    rounds = []

    def sleep(self, seconds):
        rounds.append(seconds)
        if len(rounds) == 1:
            between()
        else:
            self.running = False

    monkeypatch.setattr(run_worker.Command, "sleep", sleep)
    monkeypatch.setattr(signal, "signal", lambda signum, handler: None)  # keep pytest's own handlers
    out = io.StringIO()
    call_command("run_worker", stdout=out, interval=0, **options)
    assert len(rounds) == 2
    return out.getvalue()


def test_mail_is_fetched_again_only_after_the_mail_interval(imap, monkeypatch, settings):
    settings.INTAKE_FETCH_INTERVAL = 3600
    deliver(imap, email_bytes("Thư thứ nhất", "<interval-1@example.com>"))

    out = run_two_rounds(
        monkeypatch, lambda: deliver(imap, email_bytes("Thư thứ hai", "<interval-2@example.com>"))
    )

    assert "run_worker: 2 vòng" in out
    assert IntakeRecord.objects.filter(message_id="<interval-1@example.com>").exists()
    assert not IntakeRecord.objects.filter(message_id="<interval-2@example.com>").exists()


def test_a_short_mail_interval_fetches_in_the_next_round(imap, monkeypatch):
    deliver(imap, email_bytes("Thư thứ nhất", "<short-1@example.com>"))

    run_two_rounds(
        monkeypatch,
        lambda: deliver(imap, email_bytes("Thư thứ hai", "<short-2@example.com>")),
        mail_interval=0,
    )

    assert (
        IntakeRecord.objects.filter(message_id__in=["<short-1@example.com>", "<short-2@example.com>"]).count()
        == 2
    )
