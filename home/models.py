"""The home page, the abstract base every page type shares, and the portal's site-wide settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

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
    ]

    class Meta:
        verbose_name = _("portal settings")
