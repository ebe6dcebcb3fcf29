"""Sections the ward adds itself (Quy chế Art 4, 6.2): a host unit sets up a section below the mandatory ones
without code. Only portal administrators create one (sections/wagtail_hooks.py); its articles and pages go
through the same review workflow as every other page."""

from django.utils.translation import gettext_lazy as _

from .base import ArticlePage, SectionIndexPage


class GeneralSectionPage(SectionIndexPage):
    """A section of the ward's own choosing: an introduction, then its articles newest first."""

    subpage_types = ["sections.GeneralArticlePage", "sections.StandardPage"]
    max_count_per_parent = None
    template = "pages/section_index_page.html"

    class Meta:
        verbose_name = _("general section")
        verbose_name_plural = _("general sections")


class GeneralArticlePage(ArticlePage):
    parent_page_types = ["sections.GeneralSectionPage"]
    template = "pages/article_page.html"

    class Meta:
        verbose_name = _("article of a general section")
        verbose_name_plural = _("articles of general sections")
