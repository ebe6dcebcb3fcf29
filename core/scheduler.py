"""The periodic jobs of the portal: read from `settings.SCHEDULED_JOBS`, timed by APScheduler, run as
django-tasks tasks (`core.tasks.run_scheduled_job`). `manage.py run_scheduler` is the process.

Why APScheduler 3: the periodic-task add-ons of django-tasks (django-crontask, django-periodic-tasks) need
Python 3.12 or 3.13, and the portal supports 3.11. Cron entries would put the schedule in each server's
crontab instead of the repository, in the server's time zone instead of Vietnam's, and a Docker image has no
cron daemon; APScheduler reads cron expressions too, so the schedule stays in cron's well-known syntax, in
one setting, in Asia/Ho_Chi_Minh time. For machines that prefer cron, `run_scheduler --once` run every
minute enqueues exactly the jobs that the same expressions make due in that minute.

What is ours, and why:
- a job is never run twice at once. APScheduler's `max_instances=1` covers one scheduler process; the task
  itself takes a lock in the cache (core/tasks.py), which with Redis also covers several database workers
  and a run by hand. And a job is not enqueued again while its previous run still waits for the worker (a
  stopped worker would otherwise find a backlog of identical runs);
- a job may be conditional on a setting ("enabled_by"), so the mail job exists only with a mailbox;
- "catch_up" runs a job when the scheduler starts: APScheduler keeps its jobs in memory, so a daily run
  falling while the process was stopped would otherwise wait a whole day.
"""

import logging
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import close_old_connections
from django.utils import timezone
from django_tasks import TaskResultStatus

from .tasks import DEFAULT_LOCK_SECONDS, run_scheduled_job

logger = logging.getLogger(__name__)

JOB_KEYS = {"cron", "command", "task", "args", "enabled_by", "catch_up", "lock_seconds"}


@dataclass(frozen=True)
class Job:
    """One entry of SCHEDULED_JOBS: when (a cron expression in Vietnam time) and what (a management
    command with its arguments, or the dotted path of a django-tasks task)."""

    name: str
    cron: str
    command: str | None = None
    task: str | None = None
    args: tuple = ()
    catch_up: bool = False
    lock_seconds: int = DEFAULT_LOCK_SECONDS
    trigger: CronTrigger = field(init=False, compare=False, repr=False)

    def __post_init__(self):
        if (self.command is None) == (self.task is None):
            raise ImproperlyConfigured(f"SCHEDULED_JOBS[{self.name!r}] needs either a command or a task.")
        try:
            trigger = CronTrigger.from_crontab(self.cron, timezone=schedule_time_zone())
        except ValueError as error:
            raise ImproperlyConfigured(f"SCHEDULED_JOBS[{self.name!r}]: {error}") from error
        object.__setattr__(self, "trigger", trigger)

    @property
    def target(self):
        """What the job runs, as an operator reads it: `publish_scheduled` or `legal_docs.tasks.…`."""
        return " ".join([self.command or self.task, *map(str, self.args)])

    def enqueue(self):
        return run_scheduled_job.enqueue(
            name=self.name,
            command=self.command,
            task_path=self.task,
            args=list(self.args),
            lock_seconds=self.lock_seconds,
        )

    def next_run(self, moment=None):
        return self.trigger.get_next_fire_time(None, moment or timezone.now())


def schedule_time_zone():
    return ZoneInfo(settings.TIME_ZONE)


def scheduled_jobs():
    """The jobs of SCHEDULED_JOBS, by name, without those whose `enabled_by` setting is empty."""
    jobs = {}
    for name, spec in settings.SCHEDULED_JOBS.items():
        unknown = set(spec) - JOB_KEYS
        if unknown:
            raise ImproperlyConfigured(f"SCHEDULED_JOBS[{name!r}] has unknown keys: {sorted(unknown)}.")
        enabled_by = spec.get("enabled_by")
        if enabled_by and not getattr(settings, enabled_by, None):
            continue
        jobs[name] = Job(
            name=name,
            cron=spec["cron"],
            command=spec.get("command"),
            task=spec.get("task"),
            args=tuple(spec.get("args", ())),
            catch_up=spec.get("catch_up", False),
            lock_seconds=spec.get("lock_seconds", DEFAULT_LOCK_SECONDS),
        )
    return jobs


def due_jobs(jobs, moment):
    """The jobs whose cron expression falls in the minute of `moment` (what cron would start then)."""
    minute = moment.astimezone(schedule_time_zone()).replace(second=0, microsecond=0)
    return [job for job in jobs.values() if job.next_run(minute) == minute]


class Dispatcher:
    """Enqueues the runs of jobs, at most one waiting run per job, and counts them."""

    def __init__(self):
        self.waiting = {}
        self.enqueued = 0

    def dispatch(self, job):
        """Enqueue `job`; the task result, or None when its previous run still waits for the worker."""
        previous = self.waiting.pop(job.name, None)
        if previous is not None:
            previous.refresh()
            if previous.status == TaskResultStatus.READY:
                self.waiting[job.name] = previous
                logger.warning(
                    "Scheduled job %s not enqueued: its last run still waits for a worker.", job.name
                )
                return None
        result = job.enqueue()
        self.enqueued += 1
        if not result.is_finished:
            self.waiting[job.name] = result
        return result

    def dispatch_in_thread(self, job):
        """APScheduler's entry point: a thread of its pool, so database connections are managed here."""
        close_old_connections()
        try:
            self.dispatch(job)
        except Exception:
            # The scheduler must keep running; the next run of the job tries again.
            logger.exception("Scheduled job %s could not be enqueued.", job.name)
        finally:
            close_old_connections()


def build_scheduler(jobs, dispatcher):
    """An APScheduler scheduler (not started) that dispatches each job on its trigger."""
    scheduler = BackgroundScheduler(
        timezone=schedule_time_zone(),
        # One run at a time per job; runs missed while the process was busy or asleep are made up once.
        job_defaults={"max_instances": 1, "coalesce": True, "misfire_grace_time": None},
    )
    for job in jobs.values():
        options = {"next_run_time": timezone.now()} if job.catch_up else {}
        scheduler.add_job(
            dispatcher.dispatch_in_thread, job.trigger, args=[job], id=job.name, name=job.name, **options
        )
    return scheduler
