"""Working days as Vietnamese deadlines count them: Monday to Friday, less Vietnam's public holidays (the
`holidays` package's calendar, which follows the Labour Code and the government's yearly decisions on
substitute days), less the ward's own days off, which administrators enter in the admin.

Every deadline of the portal counts with this one calendar: the maintenance notice (7 working days ahead,
core/models/settings.py) and the compliance report's deadlines (audit/compliance).
"""

import datetime

import holidays
from django.db import models
from django.utils.translation import gettext_lazy as _


class WardDayOff(models.Model):
    """A day the ward's offices are closed besides the national public holidays."""

    date = models.DateField(_("date"), unique=True)
    reason = models.CharField(_("reason"), max_length=255)

    class Meta:
        verbose_name = _("ward day off")
        verbose_name_plural = _("ward days off")
        ordering = ["-date"]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.reason}"


class WorkingCalendar:
    """Which days are working days; loads the ward's days off once, so one calendar can count many
    deadlines with one query."""

    def __init__(self, days_off=None):
        self.days_off = (
            set(WardDayOff.objects.values_list("date", flat=True)) if days_off is None else days_off
        )
        self.public_holidays = holidays.country_holidays("VN")

    @classmethod
    def for_request(cls, request):
        """One calendar per request (one query for the ward's days off), however many deadlines a list
        counts; a fresh one without a request."""
        if request is None:
            return cls()
        if not hasattr(request, "_working_calendar"):
            request._working_calendar = cls()
        return request._working_calendar

    def holiday_name(self, day):
        if day in self.days_off:
            return str(WardDayOff.objects.filter(date=day).values_list("reason", flat=True).first() or "")
        return self.public_holidays.get(day)

    def is_working_day(self, day):
        return day.weekday() < 5 and day not in self.public_holidays and day not in self.days_off

    def working_days_between(self, start, end):
        """Working days from `start` (included) to `end` (excluded); 0 when `end` is not after `start`."""
        days, day = 0, start
        while day < end:
            days += self.is_working_day(day)
            day += datetime.timedelta(days=1)
        return days

    def add_working_days(self, start, count):
        """The day that ends `count` working days after `start` (the deadline of "within N working days")."""
        day, counted = start, 0
        while counted < count:
            day += datetime.timedelta(days=1)
            counted += self.is_working_day(day)
        return day

    def subtract_working_days(self, start, count):
        day, counted = start, 0
        while counted < count:
            day -= datetime.timedelta(days=1)
            counted += self.is_working_day(day)
        return day
