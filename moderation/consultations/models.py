"""A comment from the public on a draft under consultation, with what the moderators decided about it."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from core.text import initials
from moderation.tracking import TrackingCodeMixin


class Status(models.TextChoices):
    PENDING = "pending", _("Awaiting moderation")
    APPROVED = "approved", _("Shown on the page")
    HIDDEN = "hidden", _("Not shown")


class ConsultationComment(TrackingCodeMixin, models.Model):
    CODE_PREFIX = "YK"

    page = models.ForeignKey(
        "sections.ConsultationPage",
        verbose_name=_("consultation"),
        on_delete=models.PROTECT,  # kept when the page is deleted: moderation/kept_records.py
        related_name="public_comments",
    )
    tracking_code = models.CharField(_("tracking code"), max_length=20, unique=True, editable=False)
    received_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    name = models.CharField(_("name"), max_length=255)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    article = models.CharField(
        _("article"), max_length=500, blank=True, help_text=_("Empty: the whole draft.")
    )
    body = models.TextField(_("comment text"))
    # The token of the web form that sent it: the same form sent twice is stored once.
    submission_token = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    status_reason = models.TextField(_("reason"), blank=True)
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    acknowledged_at = models.DateTimeField(
        _("acknowledgement sent at"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("consultation comment")
        verbose_name_plural = _("consultation comments")
        ordering = ["-received_at", "-pk"]
        indexes = [models.Index(fields=["page", "status", "received_at"])]

    def __str__(self):
        return self.tracking_code

    @property
    def public_name(self):
        """What the public page shows of the commenter: the organisation, or the name's initials."""
        if self.organisation.strip():
            return self.organisation.strip()
        return initials(self.name)

    @property
    def excerpt(self):
        return Truncator(self.body).chars(120)

    @property
    def article_label(self):
        return self.article or _("The whole draft")
