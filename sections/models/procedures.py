"""Thủ tục hành chính: the ward's procedures, linked to the national public service portal.

The portal describes procedures and links to where they are carried out; it does not process them
(a system that resolves procedures would be a level-3 system, see legal-requirements §4).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.models import BasePage

from ..blocks import attachment_blocks
from .base import SectionIndexPage


class ProcedureIndexPage(SectionIndexPage):
    subpage_types = ["sections.ProcedurePage"]
    items_per_page = 50
    template = "sections/procedure_index_page.html"

    class Meta:
        verbose_name = _("administrative procedures section")
        verbose_name_plural = _("administrative procedures sections")

    def get_items(self, **filters):
        return ProcedurePage.objects.child_of(self).live().public().order_by("field", "title")


class ProcedurePage(BasePage):
    class Level(models.TextChoices):
        FULL = "toan-trinh", _("Fully online")
        PARTIAL = "mot-phan", _("Partly online")
        OFFLINE = "truc-tiep", _("In person only")

    code = models.CharField(
        _("procedure code"), max_length=64, blank=True, help_text=_("As on the national portal.")
    )
    field = models.CharField(_("field"), max_length=255)
    level = models.CharField(
        _("online service level"), max_length=16, choices=Level.choices, default=Level.PARTIAL
    )
    agency = models.CharField(
        _("implementing agency"), max_length=255, default="Ủy ban nhân dân phường Dương Kinh"
    )
    steps = RichTextField(_("steps"), features=["bold", "italic", "ol", "ul", "link"])
    required_documents = RichTextField(
        _("required documents"), features=["bold", "italic", "ol", "ul", "link"]
    )
    processing_time = models.CharField(_("time limit"), max_length=255)
    fees = models.CharField(_("fees and charges"), max_length=255, default="Không")
    result = models.CharField(_("result"), max_length=255, blank=True)
    legal_basis = RichTextField(_("legal basis"), blank=True, features=["bold", "italic", "ul", "link"])
    national_portal_url = models.URLField(
        _("link on the national public service portal"), blank=True, max_length=500
    )
    forms = StreamField(attachment_blocks(), verbose_name=_("forms"), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("code"), FieldPanel("field"), FieldPanel("level"), FieldPanel("agency")],
            heading=_("Identification"),
        ),
        FieldPanel("steps"),
        FieldPanel("required_documents"),
        MultiFieldPanel(
            [FieldPanel("processing_time"), FieldPanel("fees"), FieldPanel("result")],
            heading=_("Time, fees, result"),
        ),
        FieldPanel("legal_basis"),
        FieldPanel("national_portal_url"),
        FieldPanel("forms"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("code"),
        index.SearchField("field"),
        index.SearchField("steps"),
        index.SearchField("required_documents"),
        index.FilterField("field"),
    ]
    parent_page_types = ["sections.ProcedureIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("administrative procedure")
        verbose_name_plural = _("administrative procedures")
