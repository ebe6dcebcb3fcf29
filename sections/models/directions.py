"""Thông tin chỉ đạo, điều hành: directives, commendations and sanctions, and the leaders' schedules."""

from django.db import models
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from core.models import BasePage

from ..ical import schedule_calendar
from .base import ArticlePage, SectionIndexPage


class DirectionIndexPage(SectionIndexPage):
    subpage_types = ["sections.DirectionPage", "sections.SchedulePage"]
    template = "sections/direction_index_page.html"

    class Meta:
        verbose_name = _("directions section")
        verbose_name_plural = _("directions sections")

    def get_items(self, **filters):
        return DirectionPage.objects.child_of(self).live().public().order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        schedules = SchedulePage.objects.child_of(self).live().public().order_by("-week_start")
        context["work_schedule"] = schedules.filter(kind=SchedulePage.Kind.WORK).first()
        context["reception_schedule"] = schedules.filter(kind=SchedulePage.Kind.RECEPTION).first()
        return context


class DirectionPage(ArticlePage):
    class Kind(models.TextChoices):
        DIRECTION = "chi-dao", _("Direction and administration")
        COMMENDATION = "khen-thuong", _("Commendation")
        SANCTION = "xu-ly-vi-pham", _("Sanction")
        PETITION_RESPONSE = "tra-loi-kien-nghi", _("Response to petitions")

    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.DIRECTION)

    content_panels = ArticlePage.content_panels[:2] + [FieldPanel("kind")] + ArticlePage.content_panels[2:]
    search_fields = ArticlePage.search_fields + [index.FilterField("kind")]
    parent_page_types = ["sections.DirectionIndexPage"]

    class Meta:
        verbose_name = _("direction")
        verbose_name_plural = _("directions")


class SchedulePage(RoutablePageMixin, BasePage):
    """One week of the leaders' work schedule, or of the citizen reception schedule."""

    class Kind(models.TextChoices):
        WORK = "cong-tac", _("Leaders' work schedule")
        RECEPTION = "tiep-cong-dan", _("Citizen reception schedule")

    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.WORK)
    week_start = models.DateField(_("week starting (Monday)"), db_index=True)
    note = RichTextField(_("note"), blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("week_start"),
        FieldPanel("note"),
        InlinePanel("entries", label=_("Entries")),
    ]
    search_fields = BasePage.search_fields + [index.FilterField("kind"), index.FilterField("week_start")]
    parent_page_types = ["sections.DirectionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("weekly schedule")
        verbose_name_plural = _("weekly schedules")

    @path("ical/", name="ical")
    def ical(self, request):
        """The week as an iCalendar file (RFC 5545) for calendar applications."""
        response = HttpResponse(schedule_calendar(self, request), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response

    def days(self):
        """Entries grouped by day, in order, for a table with one row group per day."""
        grouped = {}
        for entry in self.entries.all():
            grouped.setdefault(entry.date, []).append(entry)
        return sorted(grouped.items())


class ScheduleEntry(Orderable):
    page = ParentalKey(SchedulePage, on_delete=models.CASCADE, related_name="entries")
    date = models.DateField(_("date"))
    time = models.TimeField(_("time"))
    leader = models.CharField(_("leader"), max_length=255)
    content = models.TextField(_("content"))
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    participants = models.CharField(_("participants and preparation"), max_length=255, blank=True)

    panels = [
        FieldPanel("date"),
        FieldPanel("time"),
        FieldPanel("leader"),
        FieldPanel("content"),
        FieldPanel("venue"),
        FieldPanel("participants"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("schedule entry")
        verbose_name_plural = _("schedule entries")
        ordering = ["date", "time", "sort_order"]
