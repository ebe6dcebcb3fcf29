"""Category 20 of the mandatory list (Luật Tiếp cận thông tin Art 19.1.e): science and technology
programmes and research projects (chương trình, đề tài khoa học). A ward usually has none; its section then
says so explicitly instead of showing an empty list."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from .base import ArticlePage, SectionIndexPage


class ScienceProgrammeIndexPage(SectionIndexPage):
    subpage_types = ["sections.ScienceProgrammePage"]
    template = "sections/science_programme_index_page.html"

    class Meta:
        verbose_name = _("science programmes and projects section")
        verbose_name_plural = _("science programmes and projects sections")


class ScienceProgrammePage(ArticlePage):
    class Kind(models.TextChoices):
        PROGRAMME = "chuong-trinh", _("Science and technology programme")
        PROJECT = "de-tai", _("Research project")

    class Status(models.TextChoices):
        ONGOING = "dang-thuc-hien", _("Ongoing")
        ACCEPTED = "da-nghiem-thu", _("Completed and accepted")

    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.PROJECT)
    code = models.CharField(_("code"), max_length=64, blank=True)
    lead_agency = models.CharField(_("lead agency"), max_length=255, blank=True)
    principal_investigator = models.CharField(_("principal investigator"), max_length=255, blank=True)
    timeframe = models.CharField(
        _("timeframe"), max_length=64, blank=True, help_text=_("For example 2026–2027.")
    )
    funding = models.CharField(
        _("funding"), max_length=128, blank=True, help_text=_("For example 350 triệu đồng.")
    )
    status = models.CharField(_("status"), max_length=32, choices=Status.choices, default=Status.ONGOING)
    results = models.TextField(_("results and application"), blank=True)

    content_panels = (
        ArticlePage.content_panels[:2]
        + [
            MultiFieldPanel(
                [
                    FieldPanel("kind"),
                    FieldPanel("code"),
                    FieldPanel("lead_agency"),
                    FieldPanel("principal_investigator"),
                    FieldPanel("timeframe"),
                    FieldPanel("funding"),
                    FieldPanel("status"),
                ],
                heading=_("Programme or project"),
            )
        ]
        + ArticlePage.content_panels[2:]
        + [FieldPanel("results")]
    )
    search_fields = ArticlePage.search_fields + [
        index.SearchField("results"),
        index.SearchField("lead_agency"),
        index.FilterField("kind"),
    ]
    parent_page_types = ["sections.ScienceProgrammeIndexPage"]
    template = "sections/science_programme_page.html"

    class Meta:
        verbose_name = _("science programme or project")
        verbose_name_plural = _("science programmes and projects")
