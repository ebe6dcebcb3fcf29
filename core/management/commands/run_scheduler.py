"""python manage.py run_scheduler: the portal's periodic jobs (settings.SCHEDULED_JOBS, core/scheduler.py).

    run_scheduler                  # runs until SIGTERM/SIGINT (systemd, Docker, supervisor)
    run_scheduler --once           # enqueue the jobs due this minute, then exit (cron: * * * * *)
    run_scheduler --run JOB …      # enqueue the named jobs now, whatever their schedule
    run_scheduler --list           # print the schedule and each job's next run

Each run is a django-tasks task: with TASKS_BACKEND=database `manage.py db_worker` runs it, otherwise it
runs at once in this process. Run one scheduler per deployment.
"""

import logging
import signal
import time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import TaskResultStatus

from core.scheduler import Dispatcher, build_scheduler, due_jobs, scheduled_jobs

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def local_time(moment):
    return f"{timezone.localtime(moment):%d/%m/%Y %H:%M}"


class Command(BaseCommand):
    help = "Run the portal's periodic jobs on their schedule (SCHEDULED_JOBS), or once, or by name."

    def add_arguments(self, parser):
        modes = parser.add_mutually_exclusive_group()
        modes.add_argument("--once", action="store_true", help="Enqueue the jobs due this minute, then exit.")
        modes.add_argument("--run", nargs="+", metavar="JOB", help="Enqueue these jobs now, then exit.")
        modes.add_argument(
            "--list", action="store_true", dest="list_jobs", help="Print the schedule, then exit."
        )

    def handle(self, *args, once=False, run=None, list_jobs=False, verbosity=1, **options):
        # APScheduler announces every run it starts and ends; core.tasks logs each job's outcome already.
        logging.getLogger("apscheduler").setLevel(logging.INFO if verbosity > 1 else logging.WARNING)
        jobs = scheduled_jobs()
        if list_jobs:
            self.write_schedule(jobs)
        elif run:
            unknown = [name for name in run if name not in jobs]
            if unknown:
                raise CommandError(
                    _("No scheduled job named %(names)s; the schedule has: %(jobs)s.")
                    % {"names": ", ".join(unknown), "jobs": ", ".join(jobs)}
                )
            self.run_now([jobs[name] for name in run])
        elif once:
            now = timezone.now()
            due = due_jobs(jobs, now)
            if not due:
                self.stdout.write(_("No job is due at %(time)s.") % {"time": local_time(now)})
            self.run_now(due)
        else:
            self.serve(jobs)

    def write_schedule(self, jobs):
        for job in jobs.values():
            self.stdout.write(
                _("%(name)s: “%(cron)s” (Vietnam time), runs %(target)s; next run %(next)s.")
                % {
                    "name": job.name,
                    "cron": job.cron,
                    "target": job.target,
                    "next": local_time(job.next_run()),
                }
            )

    def run_now(self, jobs):
        """Enqueue each job once and say what became of it; fail (for cron's mail) if one failed."""
        dispatcher = Dispatcher()
        failed = []
        for job in jobs:
            result = dispatcher.dispatch(job)
            self.stdout.write(self.describe(job.name, result))
            if result.status == TaskResultStatus.FAILED:
                failed.append(job.name)
        if failed:
            raise CommandError(_("Failed: %(names)s.") % {"names": ", ".join(failed)})

    @staticmethod
    def describe(name, result):
        """What became of one run, in a sentence."""
        if result.status == TaskResultStatus.FAILED:
            return _("%(name)s: failed (see the log).") % {"name": name}
        if not result.is_finished:
            return _("%(name)s: enqueued for the task worker.") % {"name": name}
        if not result.return_value["ran"]:
            return _("%(name)s: skipped, another run of it has not finished.") % {"name": name}
        output = result.return_value["output"]
        if output in ("", None):
            return _("%(name)s: done.") % {"name": name}
        return _("%(name)s: done (%(output)s).") % {"name": name, "output": output}

    def serve(self, jobs):
        """Run the schedule until SIGTERM or SIGINT; a job running then is finished first."""
        self.stopping = False
        previous_handlers = {signum: signal.signal(signum, self.stop) for signum in STOP_SIGNALS}
        dispatcher = Dispatcher()
        scheduler = build_scheduler(jobs, dispatcher)
        try:
            scheduler.start()
            self.stdout.write(_("Scheduler started; the schedule:"))
            self.write_schedule(jobs)
            while not self.stopping:
                time.sleep(0.5)
        finally:
            if scheduler.running:
                scheduler.shutdown(wait=True)
            for signum, handler in previous_handlers.items():
                signal.signal(signum, handler)
        self.stdout.write(
            _("Scheduler stopped: %(count)d job run(s) enqueued.") % {"count": dispatcher.enqueued}
        )

    def stop(self, signum, frame):
        # Only a flag: a signal handler must not take locks that the interrupted code may hold.
        self.stopping = True
