"""The home page, the abstract base every page type shares, and the portal's site-wide settings."""

import datetime

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

REUSE_NOTICE = (
    "Ghi rõ nguồn 'Cổng Thông tin điện tử phường Dương Kinh' hoặc 'duongkinh.haiphong.gov.vn' "
    "khi phát hành lại thông tin từ Cổng."
)


class BasePage(Page):
    """What every page of the portal has in common.

    `is_sample_content` marks pages created by `seed_demo`, so that the admin can show them as
    sample data until the ward replaces them.
    """

    is_sample_content = models.BooleanField(
        _("sample data"),
        default=False,
        help_text=_("Created by the demo loader. Replace it with the ward's real content before going live."),
    )

    settings_panels = Page.settings_panels + [FieldPanel("is_sample_content", read_only=True)]
    # Diacritic-free copies of the text, for Vietnamese search on every backend (see search/indexing.py).
    search_fields = Page.search_fields + [
        index.SearchField("search_title_keys", boost=2),
        index.SearchField("search_body_keys"),
    ]

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        """Every page answers to the editorial rules: only the review workflow publishes."""
        from moderation.permissions import PortalPagePermissionTester

        return PortalPagePermissionTester(user, self)

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        if self.is_sample_content:
            return _("%(title)s [sample data]") % {"title": title}
        return title

    def search_title_keys(self):
        from search.indexing import title_keys

        return title_keys(self)

    def search_body_keys(self):
        from search.indexing import body_keys

        return body_keys(self)


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    url = blocks.URLBlock(label=_("address (URL)"))
    description = blocks.CharBlock(label=_("description"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")


class HomePage(BasePage):
    """The portal's front page. Its listings are filled from the sections below it."""

    intro = models.TextField(_("introduction"), blank=True)
    public_services = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("public services links"),
        blank=True,
        help_text=_("Links to the national and city public service portals, application status lookup, …"),
    )
    one_stop_hours = models.TextField(
        _("one-stop desk hours"),
        blank=True,
        help_text=_("Opening hours of the ward's one-stop desk (bộ phận một cửa)."),
    )
    organisation_links = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("Party committee, Fatherland Front and mass organisations"),
        blank=True,
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("public_services"), FieldPanel("one_stop_hours")], heading=_("Public services")
        ),
        FieldPanel("organisation_links"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "sections.IntroIndexPage",
        "sections.NewsIndexPage",
        "sections.DirectionIndexPage",
        "legal_docs.LegalDocumentIndexPage",
        "sections.ProcedureIndexPage",
        "sections.PlanIndexPage",
        "sections.ProjectIndexPage",
        "sections.BudgetIndexPage",
        "sections.RecruitmentIndexPage",
        "sections.StatisticsIndexPage",
        "sections.LegalDisseminationIndexPage",
        "sections.AccessToInformationPage",
        "sections.ConsultationIndexPage",
        "sections.QuestionIndexPage",
        "sections.SpokespersonPage",
        "sections.ContactPage",
        "sections.SitemapPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from sections.listings import home_page_listings

        context = super().get_context(request, *args, **kwargs)
        context.update(home_page_listings(self))
        return context


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """The agency's identity and contacts, shown in the header and footer of every page."""

    select_related = ["emblem"]

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
                start_day = timezone.localtime(start).date()
                if working_days_between(announce, start_day) < MAINTENANCE_NOTICE_WORKING_DAYS:
                    errors["maintenance_notice_from"] = _(
                        "Announce maintenance at least %(days)d working days ahead: no later than %(date)s."
                    ) % {
                        "days": MAINTENANCE_NOTICE_WORKING_DAYS,
                        "date": latest_announcement(start_day).strftime("%d/%m/%Y"),
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


# Site-wide notices ----------------------------------------------------------------------------------------


def working_days_between(start, end):
    """Working days (Monday to Friday) from `start` (included) to `end` (excluded)."""
    days, day = 0, start
    while day < end:
        if day.weekday() < 5:
            days += 1
        day += datetime.timedelta(days=1)
    return days


def latest_announcement(start_day):
    """The last day on which maintenance starting on `start_day` may be announced (7 working days ahead)."""
    day, counted = start_day, 0
    while counted < MAINTENANCE_NOTICE_WORKING_DAYS:
        day -= datetime.timedelta(days=1)
        if day.weekday() < 5:
            counted += 1
    return day


MAINTENANCE_NOTICE_WORKING_DAYS = 7


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


# Visit statistics -------------------------------------------------------------------------------------------


class PageViewDaily(models.Model):
    """How many times a path was viewed on a day. Nothing about the visitor is kept: no IP, no cookie."""

    date = models.DateField(_("date"))
    path = models.CharField(_("path"), max_length=255)
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("daily page views")
        verbose_name_plural = _("daily page views")
        constraints = [models.UniqueConstraint(fields=["date", "path"], name="home_pageviewdaily_date_path")]
        indexes = [models.Index(fields=["date"], name="home_pageviewdaily_date")]

    def __str__(self):
        return f"{self.date} {self.path}: {self.views}"

    @classmethod
    def record(cls, path, day=None):
        """Count one view of `path` today in one statement (an upsert on SQLite and PostgreSQL alike)."""
        from django.db import connection

        day = day or timezone.localdate()
        table = connection.ops.quote_name(cls._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (date, path, views) VALUES (%s, %s, 1) "  # noqa: S608 - table name only
                f"ON CONFLICT (date, path) DO UPDATE SET views = {table}.views + 1",
                [day, path[:255]],
            )


post_save.connect(forget_site_status, sender=EmergencyNotice)
post_delete.connect(forget_site_status, sender=EmergencyNotice)
