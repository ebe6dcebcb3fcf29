"""The portal's front page: what it links to and the listings it shows from the sections below it."""

from functools import partial
from operator import getitem

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.models import BasePage

from .listings import LISTINGS, home_page_listings


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
        "sections.ScienceProgrammeIndexPage",
        "sections.LegalDisseminationIndexPage",
        "sections.AccessToInformationPage",
        "sections.ConsultationIndexPage",
        "sections.QuestionIndexPage",
        "sections.SpokespersonPage",
        "sections.ContactPage",
        "sections.SitemapPage",
        # Sections the ward adds itself, below the mandatory ones (administrators only).
        "sections.GeneralSectionPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        """The listings are read only if the page's content is not in the fragment cache (its template's
        `{% fragment %}`): each is a lazy value, all computed together on first use."""
        context = super().get_context(request, *args, **kwargs)
        listings = SimpleLazyObject(lambda: home_page_listings(self))
        context.update({name: SimpleLazyObject(partial(getitem, listings, name)) for name in LISTINGS})
        return context
