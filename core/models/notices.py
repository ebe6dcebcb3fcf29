"""Emergency notices (storms, epidemics, outages) and the cached status every page header reads."""

import datetime

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet

from .statistics import PageViewDaily


@register_snippet
class EmergencyNotice(models.Model):
    """A storm, epidemic or outage warning shown at the top of every page while it is active."""

    class Severity(models.TextChoices):
        INFO = "info", _("Information")
        WARNING = "warning", _("Warning")
        DANGER = "danger", _("Danger")

    title = models.CharField(_("title"), max_length=255)
    severity = models.CharField(
        _("severity"), max_length=16, choices=Severity.choices, default=Severity.WARNING
    )
    message = models.TextField(_("message"))
    link_url = models.CharField(
        _("link"),
        max_length=500,
        blank=True,
        help_text=_("An address on this portal (/tin-tuc/…) or elsewhere (https://…) with the details."),
    )
    link_text = models.CharField(_("link text"), max_length=255, blank=True)
    starts_at = models.DateTimeField(_("shown from"), default=timezone.now)
    expires_at = models.DateTimeField(_("shown until"), null=True, blank=True)
    is_sample_content = models.BooleanField(_("sample data"), default=False, editable=False)

    panels = [
        FieldPanel("title"),
        FieldPanel("severity"),
        FieldPanel("message"),
        MultiFieldPanel([FieldPanel("link_url"), FieldPanel("link_text")], heading=_("Link")),
        MultiFieldPanel([FieldPanel("starts_at"), FieldPanel("expires_at")], heading=_("Period")),
    ]

    class Meta:
        verbose_name = _("emergency notice")
        verbose_name_plural = _("emergency notices")
        ordering = ["-starts_at", "-pk"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.expires_at and self.starts_at and self.expires_at <= self.starts_at:
            raise ValidationError({"expires_at": _("The notice must end after it starts.")})
        if self.link_url and not (
            self.link_url.startswith("/")
            or self.link_url.startswith("https://")
            or self.link_url.startswith("http://")
        ):
            raise ValidationError({"link_url": _("Enter an address starting with / or https://.")})

    def is_active(self, now=None):
        now = now or timezone.now()
        return self.starts_at <= now and (self.expires_at is None or now < self.expires_at)


SITE_STATUS_CACHE_KEY = "portal:site-status:v1"
SITE_STATUS_TIMEOUT = 300


def site_status():
    """The current and upcoming emergency notices and the visit total, from one cache entry.

    A miss costs two queries; a hit costs none. The entry is dropped whenever a notice changes, and
    expires after five minutes so that the visit total moves.
    """
    status = cache.get(SITE_STATUS_CACHE_KEY)
    if status is None:
        now = timezone.now()
        notices = list(
            EmergencyNotice.objects.filter(models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now))
            .filter(starts_at__lte=now + datetime.timedelta(seconds=SITE_STATUS_TIMEOUT))
            .order_by("-starts_at", "-pk")[:5]
        )
        total = PageViewDaily.objects.aggregate(total=models.Sum("views"))["total"] or 0
        status = {"notices": notices, "visits": total}
        cache.set(SITE_STATUS_CACHE_KEY, status, SITE_STATUS_TIMEOUT)
    return status


def forget_site_status(**kwargs):
    cache.delete(SITE_STATUS_CACHE_KEY)
