"""Người phát ngôn, Liên hệ and Sơ đồ Cổng."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from core.models import BasePage

from ..listings import site_tree
from .base import ArticlePage


class SpokespersonPage(BasePage):
    """The spokesperson and press contacts (NĐ 244/2026 Art 3.3, 5.2), and the press releases below it."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        InlinePanel("spokespeople", label=_("Spokespeople")),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["sections.PressReleasePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("spokesperson page")
        verbose_name_plural = _("spokesperson pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["spokespeople"] = self.spokespeople.all()
        context["press_releases"] = (
            PressReleasePage.objects.child_of(self).live().public().order_by("-date", "-pk")[:20]
        )
        return context


class Spokesperson(Orderable):
    page = ParentalKey(SpokespersonPage, on_delete=models.CASCADE, related_name="spokespeople")
    name = models.CharField(_("full name"), max_length=255)
    position = models.CharField(_("position"), max_length=255)
    phone = models.CharField(_("phone"), max_length=64)
    email = models.EmailField(_("official email"))
    assignment = models.CharField(
        _("assignment decision"), max_length=255, blank=True, help_text=_("Number and date of the decision.")
    )
    # The compliance report counts the 24 hours within which a change must be posted from this date.
    assigned_on = models.DateField(
        _("date of the assignment decision"),
        null=True,
        blank=True,
        help_text=_("A new spokesperson must be posted on the portal within 24 hours of this decision."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("position"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("assignment"),
        FieldPanel("assigned_on"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("spokesperson")
        verbose_name_plural = _("spokespeople")


class PressReleasePage(ArticlePage):
    parent_page_types = ["sections.SpokespersonPage"]

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")


class ContactPage(BasePage):
    """How to reach the ward: address, phones, email, hours, map, and the directory of its units."""

    intro = RichTextField(_("introduction"), blank=True)
    address = models.CharField(_("address"), max_length=255)
    phone = models.CharField(_("phone"), max_length=64)
    hotline = models.CharField(_("hotline"), max_length=64, blank=True)
    email = models.EmailField(_("email"))
    office_hours = models.TextField(_("office hours"), blank=True)
    map_url = models.URLField(_("map link"), blank=True, max_length=500)
    body = RichTextField(_("more information"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("hotline"),
                FieldPanel("email"),
                FieldPanel("office_hours"),
                FieldPanel("map_url"),
            ],
            heading=_("Contact details"),
        ),
        InlinePanel("directory", label=_("Directory")),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["sections.StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["directory"] = self.directory.all()
        context["subpages"] = self.get_children().live().public()
        return context


class ContactEntry(Orderable):
    page = ParentalKey(ContactPage, on_delete=models.CASCADE, related_name="directory")
    unit = models.CharField(_("unit"), max_length=255)
    person = models.CharField(_("person and title"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=64, blank=True)
    email = models.EmailField(_("email"), blank=True)

    panels = [FieldPanel("unit"), FieldPanel("person"), FieldPanel("phone"), FieldPanel("email")]

    class Meta(Orderable.Meta):
        verbose_name = _("directory entry")
        verbose_name_plural = _("directory entries")


class SitemapPage(BasePage):
    """Sơ đồ Cổng: the live page tree as a readable list, generated, never typed by hand."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "sections/sitemap_page.html"

    class Meta:
        verbose_name = _("site map page")
        verbose_name_plural = _("site map pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tree"] = site_tree(self.get_parent())
        return context
