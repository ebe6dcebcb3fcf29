"""Legal documents (văn bản). The structured records and their faceted listing arrive with the legal
documents issue; until then the section's index page introduces the section and lists its intro."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from home.models import BasePage


class LegalDocumentIndexPage(BasePage):
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("legal documents section")
        verbose_name_plural = _("legal documents sections")
