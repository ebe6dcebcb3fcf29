"""The question register: every question a citizen asks on /hoi-dap/, who handles it, its deadline
(15 working days) and the Q&A page that answers it. The asker's name and contact stay here, never on a
public page."""

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.models import WorkingCalendar
from moderation.tracking import TrackingCodeMixin

# Time limit of an answer, in working days (ward regulation on the portal, Art 15.2.c).
ANSWER_WORKING_DAYS = 15
OTHER_FIELD = "khac"


def answer_deadline(received_at, calendar=None):
    start = timezone.localtime(received_at).date()
    return (calendar or WorkingCalendar()).add_working_days(start, ANSWER_WORKING_DAYS)


class Status(models.TextChoices):
    NEW = "new", _("New")
    ASSIGNED = "assigned", _("Assigned")
    ANSWERED = "answered", pgettext_lazy("question status", "Answered")
    DECLINED = "declined", _("Declined")


def attachment_path(instance, filename):
    # A random name: not guessable even where media files are served directly.
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"questions/{timezone.now():%Y/%m}/{secrets.token_urlsafe(16)}.{ext}"


class QuestionRecord(TrackingCodeMixin, models.Model):
    CODE_PREFIX = "HD"

    tracking_code = models.CharField(_("tracking code"), max_length=20, unique=True, editable=False)
    received_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    asker_name = models.CharField(_("asker's name"), max_length=255)
    asker_email = models.EmailField(_("asker's email"), blank=True)
    asker_phone = models.CharField(_("asker's phone"), max_length=40, blank=True)
    # "" is "Other" (Khác).
    field = models.CharField(_("field"), max_length=255, blank=True)
    question = models.TextField(_("question"))
    attachment = models.FileField(_("attachment"), upload_to=attachment_path, max_length=255, blank=True)
    attachment_name = models.CharField(_("file name"), max_length=255, blank=True)
    submission_token = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW)
    decline_reason = models.TextField(_("reason for declining"), blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned official"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assignee_unit = models.CharField(_("assigned department"), max_length=255, blank=True)
    deadline = models.DateField(_("answer due by"), editable=False)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("answer page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="question_records",
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True, editable=False)
    acknowledged_at = models.DateTimeField(
        _("acknowledgement sent at"), null=True, blank=True, editable=False
    )
    notified_at = models.DateTimeField(_("answer notice sent at"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("question from a citizen")
        verbose_name_plural = _("questions from citizens")
        ordering = ["-received_at", "-pk"]

    def __str__(self):
        return f"{self.tracking_code} – {self.short_question}"

    def save(self, *args, **kwargs):
        if not self.deadline:
            self.deadline = answer_deadline(self.received_at)
        super().save(*args, **kwargs)

    @property
    def short_question(self):
        text = " ".join(self.question.split())
        return text if len(text) <= 80 else text[:79] + "…"

    @property
    def field_label(self):
        return self.field or str(_("Other"))

    @property
    def is_open(self):
        return self.status in {Status.NEW, Status.ASSIGNED}

    def working_days_left(self, calendar=None, today=None):
        """Working days until the deadline (negative once overdue); None once answered or declined."""
        if not self.is_open:
            return None
        calendar = calendar or WorkingCalendar()
        today = today or timezone.localdate()
        day = datetime.timedelta(days=1)
        if today <= self.deadline:
            return calendar.working_days_between(today + day, self.deadline + day)
        return -calendar.working_days_between(self.deadline + day, today + day)

    @property
    def assigned_to(self):
        parts = [str(self.assignee) if self.assignee_id else "", self.assignee_unit]
        return " · ".join(part for part in parts if part)
