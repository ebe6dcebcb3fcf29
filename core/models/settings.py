"""The portal's site-wide settings: the agency's identity and contacts, planned maintenance, EMC tracking."""

import copy
import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site

from ..fragments import cached
from .calendar import WorkingCalendar

REUSE_NOTICE = (
    "Ghi rõ nguồn 'Cổng Thông tin điện tử phường Dương Kinh' hoặc 'duongkinh.haiphong.gov.vn' "
    "khi phát hành lại thông tin từ Cổng."
)
MAINTENANCE_NOTICE_WORKING_DAYS = 7
# The identity shown in the header and footer, with its English version for /en/ (`<name>_en`).
TRANSLATED_FIELDS = ("agency_name", "portal_name", "owning_agency", "address")


def working_days_between(start, end, calendar=None):
    """Working days from `start` (included) to `end` (excluded): weekdays less Vietnam's public holidays and
    the ward's days off (core/models/calendar.py)."""
    return (calendar or WorkingCalendar()).working_days_between(start, end)


def latest_announcement(start_day, calendar=None):
    """The last day on which maintenance starting on `start_day` may be announced (7 working days ahead)."""
    return (calendar or WorkingCalendar()).subtract_working_days(start_day, MAINTENANCE_NOTICE_WORKING_DAYS)


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """The agency's identity and contacts, shown in the header and footer of every page."""

    select_related = ["emblem"]

    @classmethod
    def base_queryset(cls):
        # The header's emblem rendition comes with the settings (and with them from the fragment cache).
        return super().base_queryset().prefetch_related("emblem__renditions")

    @classmethod
    def for_request(cls, request):
        """Wagtail's, with the instance kept between requests in the fragment cache (core/fragments.py)."""
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)
            instance = cached(request, "portal-settings", lambda: cls.for_site(site)).in_language(
                translation.get_language()
            )
            instance._request = request
            setattr(request, attr_name, instance)
        return getattr(request, attr_name)

    agency_name = models.CharField(
        _("agency name (header)"), max_length=255, default="Ủy ban nhân dân phường Dương Kinh"
    )
    portal_name = models.CharField(
        _("portal name (header)"), max_length=255, default="Cổng Thông tin điện tử"
    )
    emblem = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("emblem"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The official emblem file. Without it the portal draws a plain emblem mark."),
    )
    owning_agency = models.CharField(
        _("owning agency"), max_length=255, default="Ủy ban nhân dân phường Dương Kinh, thành phố Hải Phòng"
    )
    agency_name_en = models.CharField(
        _("agency name in English"),
        max_length=255,
        blank=True,
        default="People's Committee of Duong Kinh Ward",
    )
    portal_name_en = models.CharField(
        _("portal name in English"), max_length=255, blank=True, default="Electronic Information Portal"
    )
    owning_agency_en = models.CharField(
        _("owning agency in English"),
        max_length=255,
        blank=True,
        default="People's Committee of Duong Kinh Ward, Hai Phong City",
    )
    address_en = models.CharField(_("address in English"), max_length=255, blank=True)
    responsible_person_name = models.CharField(_("person responsible: name"), max_length=255, blank=True)
    responsible_person_title = models.CharField(_("person responsible: title"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=64, blank=True)
    fax = models.CharField(_("fax"), max_length=64, blank=True)
    email = models.EmailField(_("email"), blank=True, default="duongkinh@haiphong.gov.vn")
    licence = models.CharField(
        _("licence or establishing decision"),
        max_length=255,
        blank=True,
        help_text=_("For example the decision that established the portal."),
    )
    reuse_notice = models.TextField(_("reuse notice"), default=REUSE_NOTICE)
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    city_portal_url = models.URLField(_("city portal"), blank=True, default="https://haiphong.gov.vn")
    public_service_portal_url = models.URLField(
        _("national public service portal"), blank=True, default="https://dichvucong.gov.vn"
    )
    government_portal_url = models.URLField(_("government portal"), blank=True, default="https://chinhphu.vn")
    maintenance_starts_at = models.DateTimeField(
        _("planned maintenance: starts"),
        null=True,
        blank=True,
        help_text=_("Leave empty when no maintenance is planned."),
    )
    maintenance_ends_at = models.DateTimeField(_("planned maintenance: ends"), null=True, blank=True)
    maintenance_notice_from = models.DateField(
        _("planned maintenance: announce from"),
        null=True,
        blank=True,
        help_text=_("The notice is shown on every page from this date, at least 7 working days ahead."),
    )
    maintenance_message = models.TextField(
        _("planned maintenance: message"),
        blank=True,
        help_text=_("Optional. What will not work, and where to turn meanwhile."),
    )
    emc_tracking_enabled = models.BooleanField(
        _("send visit statistics to EMC"),
        default=False,
        help_text=_(
            "The national monitoring system for digital government services (EMC). Off by default: when "
            "on, every page loads the EMC script asynchronously."
        ),
    )
    emc_script_url = models.URLField(
        _("EMC script address"),
        blank=True,
        help_text=_("The tracking script address issued to the ward by the EMC system."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("agency_name"), FieldPanel("portal_name"), FieldPanel("emblem")], heading=_("Header")
        ),
        MultiFieldPanel(
            [
                FieldPanel("owning_agency"),
                FieldPanel("responsible_person_name"),
                FieldPanel("responsible_person_title"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("fax"),
                FieldPanel("email"),
                FieldPanel("licence"),
                FieldPanel("reuse_notice"),
            ],
            heading=_("Footer"),
        ),
        MultiFieldPanel(
            [FieldPanel(f"{name}_en") for name in TRANSLATED_FIELDS],
            heading=_("In English (shown on /en/; empty: the Vietnamese text)"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("city_portal_url"),
                FieldPanel("public_service_portal_url"),
                FieldPanel("government_portal_url"),
            ],
            heading=_("Links"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("maintenance_starts_at"),
                FieldPanel("maintenance_ends_at"),
                FieldPanel("maintenance_notice_from"),
                FieldPanel("maintenance_message"),
            ],
            heading=_("Planned maintenance"),
        ),
        MultiFieldPanel(
            [FieldPanel("emc_tracking_enabled"), FieldPanel("emc_script_url")], heading=_("Statistics")
        ),
    ]

    class Meta:
        verbose_name = _("portal settings")

    def save(self, *args, **kwargs):
        if getattr(self, "shown_in_english", False):
            raise ValueError("The English copy shown on /en/ would overwrite the Vietnamese identity.")
        super().save(*args, **kwargs)

    def in_language(self, language_code):
        """These settings as the public pages of `language_code` show them: under English, a copy with the
        English identity where one was typed in (the Vietnamese text where not)."""
        if not (language_code or "").startswith("en"):
            return self
        shown = copy.copy(self)
        shown.shown_in_english = True
        for name in TRANSLATED_FIELDS:
            setattr(shown, name, getattr(self, f"{name}_en") or getattr(self, name))
        return shown

    def clean(self):
        super().clean()
        errors = {}
        start, end, announce = (
            self.maintenance_starts_at,
            self.maintenance_ends_at,
            self.maintenance_notice_from,
        )
        if start:
            if not announce:
                errors["maintenance_notice_from"] = _("Choose the date from which the notice is shown.")
            else:
                start_day, calendar = timezone.localtime(start).date(), WorkingCalendar()
                if working_days_between(announce, start_day, calendar) < MAINTENANCE_NOTICE_WORKING_DAYS:
                    errors["maintenance_notice_from"] = _(
                        "Announce maintenance at least %(days)d working days ahead: no later than %(date)s."
                    ) % {
                        "days": MAINTENANCE_NOTICE_WORKING_DAYS,
                        "date": latest_announcement(start_day, calendar).strftime("%d/%m/%Y"),
                    }
            if end and end <= start:
                errors["maintenance_ends_at"] = _("Maintenance must end after it starts.")
        elif end or announce:
            errors["maintenance_starts_at"] = _("Enter when the maintenance starts.")
        if self.emc_tracking_enabled and not self.emc_script_url:
            errors["emc_script_url"] = _("Enter the script address issued by EMC, or turn EMC off.")
        if errors:
            raise ValidationError(errors)

    def maintenance_notice_shown(self, today=None):
        """True from the announcement date until the maintenance has ended."""
        if not (self.maintenance_starts_at and self.maintenance_notice_from):
            return False
        now = timezone.now()
        today = today or timezone.localdate()
        finished = self.maintenance_ends_at or self.maintenance_starts_at + datetime.timedelta(days=1)
        return self.maintenance_notice_from <= today and now < finished
