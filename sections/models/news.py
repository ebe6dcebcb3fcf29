"""Tin tức – sự kiện: news in categories."""

from django.db import models
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from ..feeds import NewsFeed
from .base import ArticlePage, SectionIndexPage
from .galleries import PhotoGalleryPage, VideoGalleryPage


@register_snippet
class NewsCategory(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=255, allow_unicode=False)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class NewsIndexPage(RoutablePageMixin, SectionIndexPage):
    subpage_types = ["sections.NewsPage", "sections.PhotoGalleryPage", "sections.VideoGalleryPage"]
    items_per_page = 12
    template = "sections/news_index_page.html"

    class Meta:
        verbose_name = _("news section")
        verbose_name_plural = _("news sections")

    def get_items(self, category=None):
        items = (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .select_related("image", "category")
            .prefetch_related("image__renditions")
        )
        if category is not None:
            items = items.filter(category=category)
        return items.order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["categories"] = NewsCategory.objects.filter(locale_id=self.locale_id)
        return context

    def get_galleries(self):
        """The photo and video galleries of the section, newest first (one query)."""
        return (
            self.get_children()
            .live()
            .public()
            .type(PhotoGalleryPage, VideoGalleryPage)
            .specific()
            .order_by("-first_published_at")
        )

    @path("thu-vien/", name="galleries")
    def galleries(self, request):
        context = self.get_context(request)
        context["galleries"] = self.get_galleries()
        return TemplateResponse(request, "sections/gallery_index.html", context)

    @path("rss/", name="feed")
    def feed(self, request):
        return NewsFeed(self)(request)

    @path("chuyen-muc/<slug:slug>/rss/", name="category_feed")
    def category_feed(self, request, slug):
        category = get_object_or_404(NewsCategory, slug=slug, locale_id=self.locale_id)
        return NewsFeed(self, category)(request)

    @path("chuyen-muc/<slug:slug>/", name="category")
    def news_in_category(self, request, slug):
        category = get_object_or_404(NewsCategory, slug=slug, locale_id=self.locale_id)
        return self.render(request, category=category)


class NewsPage(ArticlePage):
    category = models.ForeignKey(
        NewsCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_featured = models.BooleanField(_("featured on the home page"), default=False)

    content_panels = (
        ArticlePage.content_panels[:2]
        + [FieldPanel("category"), FieldPanel("is_featured")]
        + ArticlePage.content_panels[2:]
    )
    search_fields = ArticlePage.search_fields + [index.FilterField("category")]
    parent_page_types = ["sections.NewsIndexPage"]
    template = "sections/news_page.html"

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")
        # Related news reads the newest articles of one category (sections/templatetags/news_tags.py).
        indexes = [models.Index(fields=["category", "date"], name="sections_news_category_date")]
