"""The portal's background worker: scheduled publishing every minute, the intake mailbox every few
minutes, and the background tasks.

    python manage.py run_worker           # runs until SIGTERM/SIGINT (systemd, Docker, supervisor)
    python manage.py run_worker --once    # one round, then exit (cron, tests)

Every `--schedule-interval` seconds (60) it runs Wagtail's `publish_scheduled`, which publishes revisions
whose approved go-live time has passed and unpublishes pages whose expiry time has passed. Between those
runs, when TASKS_BACKEND=database, it processes the django-tasks database queue with django_tasks_db's own
worker, in batches, in the same thread. When an intake mailbox is configured (INTAKE_IMAP_HOST), it runs
`fetch_intake_mail` every `--mail-interval` seconds (INTAKE_FETCH_INTERVAL, 300). Once a day (on its first
round and whenever the date in Vietnam changes) it stores the legal documents' validity statuses that the
date has changed (`refresh_legal_status`).

Run exactly one worker with scheduling; extra workers for a busy task queue take --no-scheduling.
"""

import logging
import signal
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _
from wagtail.models import Revision

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Run publish_scheduled every minute, fetch the intake mailbox every few minutes (when one is "
        "configured) and process django-tasks database tasks."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run one round, then exit.")
        parser.add_argument(
            "--schedule-interval", type=float, default=60.0, help="Seconds between publish_scheduled runs."
        )
        parser.add_argument(
            "--mail-interval",
            type=float,
            default=None,
            help="Seconds between fetch_intake_mail runs (default: the INTAKE_FETCH_INTERVAL setting). "
            "Mail is fetched only when INTAKE_IMAP_HOST is set.",
        )
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between looks at the queue.")
        parser.add_argument(
            "--no-scheduling",
            action="store_false",
            dest="scheduling",
            help="Only process tasks; leave publish_scheduled and the mail fetch to one other worker.",
        )

    def handle(
        self,
        *args,
        once=False,
        schedule_interval=60.0,
        mail_interval=None,
        interval=1.0,
        scheduling=True,
        verbosity=1,
        **options,
    ):
        self.verbosity = verbosity
        # django_tasks_db announces every batch; keep its chatter for -v 2.
        logging.getLogger("django_tasks_db").setLevel(logging.INFO if verbosity > 1 else logging.WARNING)
        self.running = True
        if not once:
            for signum in (signal.SIGINT, signal.SIGTERM):
                signal.signal(signum, self.stop)
        task_worker = self.database_task_worker()
        if mail_interval is None:
            mail_interval = float(settings.INTAKE_FETCH_INTERVAL)
        published = rounds = mail_records = 0
        refreshed_on = None
        next_schedule_run = 0.0 if scheduling else float("inf")
        next_mail_run = 0.0 if scheduling and self.mailbox_configured() else float("inf")
        while self.running:
            try:
                if time.monotonic() >= next_schedule_run:
                    next_schedule_run = time.monotonic() + schedule_interval
                    published += self.publish_scheduled()
                if scheduling and refreshed_on != timezone.localdate():
                    refreshed_on = timezone.localdate()
                    self.refresh_legal_status()
                if time.monotonic() >= next_mail_run:
                    next_mail_run = time.monotonic() + mail_interval
                    mail_records += self.fetch_intake_mail()
                if task_worker is not None:
                    task_worker.run()
            except Exception:
                if once:
                    raise
                # A lost database connection or a failing page must not stop scheduled publishing for good.
                logger.exception("run_worker: round failed; trying again")
                close_old_connections()
            rounds += 1
            if once:
                break
            next_run = min(next_schedule_run, next_mail_run)
            self.sleep(min(interval, max(next_run - time.monotonic(), 0.0)))
        tasks = _("tasks processed") if task_worker else _("tasks run immediately (no database backend)")
        if next_mail_run == float("inf"):
            mail = (
                _("email not fetched (no intake mailbox configured)")
                if scheduling
                else _("email left to the scheduling worker")
            )
        else:
            mail = _("%(count)d intake record(s) from email") % {"count": mail_records}
        self.stdout.write(
            _(
                "run_worker: %(rounds)d round(s), %(published)d scheduled revision(s) published, "
                "%(mail)s, %(tasks)s."
            )
            % {"rounds": rounds, "published": published, "mail": mail, "tasks": tasks}
        )

    def stop(self, signum, frame):
        self.running = False

    def sleep(self, seconds):
        deadline = time.monotonic() + seconds
        while self.running and time.monotonic() < deadline:
            time.sleep(min(0.2, deadline - time.monotonic()))

    def publish_scheduled(self):
        due = Revision.objects.filter(approved_go_live_at__lt=timezone.now()).count()
        call_command("publish_scheduled", stdout=self.stdout, stderr=self.stderr)
        if due and self.verbosity:
            self.stdout.write(
                _("%(time)s: published %(count)d scheduled revision(s).")
                % {"time": f"{timezone.localtime():%d/%m/%Y %H:%M:%S}", "count": due}
            )
        return due

    def refresh_legal_status(self):
        """The day's refresh of the legal documents' stored validity statuses (see legal_docs.models)."""
        from legal_docs.models import refresh_validity

        changed = refresh_validity()
        if changed and self.verbosity:
            self.stdout.write(
                _("%(time)s: %(count)d legal document(s) changed validity status.")
                % {"time": f"{timezone.localtime():%d/%m/%Y %H:%M:%S}", "count": changed}
            )
        return changed

    @staticmethod
    def mailbox_configured():
        return bool(settings.INTAKE_IMAP_HOST)

    def fetch_intake_mail(self):
        """One run of fetch_intake_mail; returns how many new records it made."""
        from moderation.intake.mail import fetch_imap

        result = fetch_imap()
        if result.created and self.verbosity:
            self.stdout.write(
                _("%(time)s: %(count)d new intake record(s) from email.")
                % {"time": f"{timezone.localtime():%d/%m/%Y %H:%M:%S}", "count": result.created}
            )
        return result.created

    def database_task_worker(self):
        """django_tasks_db's worker in batch mode: each run() takes every ready task, then returns."""
        from django_tasks_db.backend import DatabaseBackend
        from django_tasks_db.compat import DEFAULT_TASK_BACKEND_ALIAS, task_backends
        from django_tasks_db.management.commands.db_worker import Worker

        if not isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend):
            return None
        return Worker(
            queue_names=["*"],
            interval=0,
            batch=True,
            backend_name=DEFAULT_TASK_BACKEND_ALIAS,
            startup_delay=False,
            max_tasks=None,
            worker_id=get_random_string(32),
            excluded_queue_names=[],
        )
