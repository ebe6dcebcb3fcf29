"""The registry of the compliance report's checks, and what a check answers.

A check is a function `(context) -> Result`, registered with its code, title and legal basis. A check that
the portal cannot make itself is registered without a function ("checked by people"): its result comes from
the sign-off register (audit.models.SignOff). The registry lives on the ground floor so that any app can
register a check about what it owns (moderation's intake register does) without importing `audit`, which
runs the report (audit/compliance/report.py).
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from core.models import WorkingCalendar

PASS, FAIL = "pass", "fail"


@dataclass
class Finding:
    """One item that fails the check (an overdue document, a missing field), with how late it is: in working
    days for deadlines counted in working days, in hours for those counted in calendar hours."""

    label: str
    detail: str = ""
    url: str = ""
    late_working_days: int | None = None
    late_hours: int | None = None


@dataclass
class Result:
    status: str
    findings: list = field(default_factory=list)
    note: str = ""

    @classmethod
    def of(cls, findings, note=""):
        findings = list(findings)
        return cls(FAIL if findings else PASS, findings, note)


@dataclass(frozen=True)
class Check:
    code: str
    title: str
    basis: str
    group: str
    function: object = None

    @property
    def by_people(self):
        return self.function is None


CHECKS = {}


def check(code, title, basis, group):
    """Register the decorated function as check `code`."""

    def register(function):
        CHECKS[code] = Check(code, title, basis, group, function)
        return function

    return register


def by_people(code, title, basis, group="conformance"):
    CHECKS[code] = Check(code, title, basis, group)


class Context:
    """What every check may use: today in Vietnam, one working-day calendar, the report's settings."""

    def __init__(self, today=None, now=None):
        self.now = now or timezone.now()
        self.today = today or timezone.localdate(self.now)

    @cached_property
    def calendar(self):
        return WorkingCalendar()

    def setting(self, name, default):
        return getattr(settings, name, default)

    def late_by(self, deadline, done_on):
        """Working days from the deadline to `done_on` (or today, when not done yet); 0 when on time."""
        end = done_on or self.today
        if end <= deadline:
            return 0
        after = deadline + datetime.timedelta(days=1)
        return max(1, self.calendar.working_days_between(after, end + datetime.timedelta(days=1)))


def overdue(context, items, working_days):
    """Findings for the items done after, or still not done by, their deadline of `working_days` working
    days: each item is (label, URL, start date, done date or None)."""
    findings = []
    for label, url, started_on, done_on in items:
        deadline = context.calendar.add_working_days(started_on, working_days)
        late = context.late_by(deadline, done_on)
        if late:
            state = _("done on %s") % done_on.strftime("%d/%m/%Y") if done_on else _("not done yet")
            detail = _("due %(deadline)s, %(state)s") % {
                "deadline": deadline.strftime("%d/%m/%Y"),
                "state": state,
            }
            findings.append(Finding(label, detail, url, late))
    return findings
