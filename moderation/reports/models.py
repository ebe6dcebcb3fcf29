"""Two registers of what the public sends:

- `PortalFeedback` (góp ý về Cổng): wrong information, a broken link, an accessibility problem, with the page
  it came from; the editorial board sets its status and may reply.
- `InformationRequest` (sổ theo dõi cung cấp thông tin theo yêu cầu): a request under the Access to
  Information law (Luật Tiếp cận thông tin 2016 Art 23–31, NĐ 13/2018), with its legal time limit: 15
  working days from the day a valid request is received (3 for simple information already at hand),
  extendable once by at most 15 working days with a reason (Art 28, 29).
"""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import WorkingCalendar
from moderation.tracking import TrackingCodeMixin

STANDARD_WORKING_DAYS = 15
SIMPLE_WORKING_DAYS = 3
MAX_EXTENSION_WORKING_DAYS = 15


class Record(TrackingCodeMixin, models.Model):
    """What both registers share: a tracking code, when it arrived, who handles it, the sender's form token
    (the same form sent twice is stored once) and when the acknowledgement went out."""

    tracking_code = models.CharField(_("tracking code"), max_length=20, unique=True, editable=False)
    received_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assignee"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submission_token = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    acknowledged_at = models.DateTimeField(
        _("acknowledgement sent at"), null=True, blank=True, editable=False
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
        ordering = ["-received_at", "-pk"]


# -- góp ý về Cổng ----------------------------------------------------------------------------------------


class FeedbackKind(models.TextChoices):
    WRONG_INFORMATION = "wrong_information", _("Wrong or outdated information")
    BROKEN_LINK = "broken_link", _("A broken link or file")
    ACCESSIBILITY = "accessibility", _("An accessibility problem")
    OTHER = "other", _("Something else")


class FeedbackStatus(models.TextChoices):
    NEW = "new", _("New")
    IN_PROGRESS = "in_progress", _("In progress")
    RESOLVED = "resolved", _("Resolved")
    DECLINED = "declined", _("Not acted on")


class PortalFeedback(Record):
    CODE_PREFIX = "GY"

    kind = models.CharField(_("kind of problem"), max_length=20, choices=FeedbackKind.choices)
    page_url = models.CharField(_("page"), max_length=500, blank=True)
    description = models.TextField(_("description"))
    sender_name = models.CharField(_("sender's name"), max_length=255, blank=True)
    sender_email = models.EmailField(_("sender's email"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=FeedbackStatus.choices, default=FeedbackStatus.NEW
    )
    status_reason = models.TextField(_("reason"), blank=True)
    reply = models.TextField(_("reply"), blank=True)
    replied_at = models.DateTimeField(_("reply sent at"), null=True, blank=True, editable=False)

    class Meta(Record.Meta):
        verbose_name = _("portal feedback")
        verbose_name_plural = _("portal feedback")

    def __str__(self):
        return f"{self.tracking_code} – {self.get_kind_display()}"


# -- yêu cầu cung cấp thông tin -----------------------------------------------------------------------------


class RequesterKind(models.TextChoices):
    PERSON = "person", _("For myself")
    ORGANISATION = "organisation", _("On behalf of an organisation")


class Delivery(models.TextChoices):
    READ_ON_SITE = "on_site", _("Read, view, listen, take notes or copy at the office")
    PAPER_COPY = "paper", _("A paper copy, collected at the office")
    EMAIL = "email", _("An electronic copy by email")
    POST = "post", _("A copy sent by post")
    FAX = "fax", _("By fax")


class RequestStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_PROGRESS = "in_progress", _("In progress")
    PROVIDED = "provided", _("Provided")
    REFUSED = "refused", _("Refused")


CLOSED_STATUSES = {RequestStatus.PROVIDED, RequestStatus.REFUSED}


class InformationRequest(Record):
    CODE_PREFIX = "YC"

    requester_kind = models.CharField(
        _("the request is made"), max_length=20, choices=RequesterKind.choices, default=RequesterKind.PERSON
    )
    full_name = models.CharField(_("full name"), max_length=255)
    id_number = models.CharField(_("ID card number (CCCD) or passport"), max_length=20)
    address = models.CharField(_("address"), max_length=500)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    organisation_role = models.CharField(_("position in the organisation"), max_length=255, blank=True)
    information = models.TextField(_("information requested"))
    purpose = models.TextField(_("purpose of the request"))
    delivery = models.CharField(_("how to receive the information"), max_length=20, choices=Delivery.choices)
    delivery_address = models.CharField(_("postal address or email for the copy"), max_length=500, blank=True)
    copies = models.PositiveSmallIntegerField(_("number of copies"), default=1)
    # The register: the legal time limit and what was done.
    received_on = models.DateField(_("day the valid request was received"), default=timezone.localdate)
    simple = models.BooleanField(
        _("simple information, already available"),
        default=False,
        help_text=_("Answered within 3 working days instead of 15."),
    )
    extension_days = models.PositiveSmallIntegerField(
        _("extension (working days)"), default=0, validators=[MaxValueValidator(MAX_EXTENSION_WORKING_DAYS)]
    )
    extension_reason = models.TextField(_("reason for the extension"), blank=True)
    deadline = models.DateField(_("deadline"), editable=False, null=True)
    status = models.CharField(
        _("status"), max_length=20, choices=RequestStatus.choices, default=RequestStatus.RECEIVED
    )
    refusal_reason = models.TextField(
        _("reason for refusal"),
        blank=True,
        help_text=_("The ground of Art 6 or Art 28 of the Access to Information law, and why it applies."),
    )
    answer = models.TextField(_("answer"), blank=True)
    provided_how = models.CharField(
        _("how it was provided"), max_length=20, choices=Delivery.choices, blank=True
    )
    provided_on = models.DateField(_("date provided or refused"), null=True, blank=True)

    class Meta(Record.Meta):
        verbose_name = _("information request")
        verbose_name_plural = _("information requests")

    def __str__(self):
        return f"{self.tracking_code} – {self.information[:80]}"

    def save(self, *args, **kwargs):
        self.deadline = self.compute_deadline()
        super().save(*args, **kwargs)

    def compute_deadline(self, calendar=None):
        days = SIMPLE_WORKING_DAYS if self.simple else STANDARD_WORKING_DAYS
        calendar = calendar or WorkingCalendar()
        return calendar.add_working_days(self.received_on, days + (self.extension_days or 0))

    @property
    def is_closed(self):
        return self.status in CLOSED_STATUSES

    def days_left(self, today=None, calendar=None):
        """Working days left before the deadline (0 on the day itself); negative when overdue; None once
        closed."""
        if self.is_closed or self.deadline is None:
            return None
        today = today or timezone.localdate()
        calendar = calendar or WorkingCalendar()
        if today <= self.deadline:
            return calendar.working_days_between(today, self.deadline)
        return -max(1, calendar.working_days_between(self.deadline, today))
