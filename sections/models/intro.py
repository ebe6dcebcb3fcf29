"""Giới thiệu: the ward, its apparatus and its leaders (NĐ 224/2026 Art 9.1.c)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from core.models import BasePage

from .base import SectionIndexPage


class IntroIndexPage(SectionIndexPage):
    subpage_types = ["sections.StandardPage", "sections.LeadersPage"]
    template = "sections/intro_index_page.html"

    class Meta:
        verbose_name = _("introduction section")
        verbose_name_plural = _("introduction sections")

    def get_items(self, **filters):
        return self.get_children().live().public().specific()


class LeadersPage(BasePage):
    """The ward's leaders: name, position, photo, short biography, duties and official contacts."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        InlinePanel("leaders", label=_("Leaders")),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["sections.IntroIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("leaders page")
        verbose_name_plural = _("leaders pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["leaders"] = self.leaders.select_related("photo")
        return context


class Leader(Orderable):
    page = ParentalKey(LeadersPage, on_delete=models.CASCADE, related_name="leaders")
    name = models.CharField(_("full name"), max_length=255)
    position = models.CharField(_("position"), max_length=255)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    biography = models.TextField(_("short biography"), blank=True)
    duties = models.TextField(_("duties"), blank=True)
    phone = models.CharField(_("official phone"), max_length=64, blank=True)
    email = models.EmailField(_("official email"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("position"),
        FieldPanel("photo"),
        FieldPanel("biography"),
        FieldPanel("duties"),
        FieldPanel("phone"),
        FieldPanel("email"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("leader")
        verbose_name_plural = _("leaders")

    def __str__(self):
        return f"{self.name} – {self.position}"
