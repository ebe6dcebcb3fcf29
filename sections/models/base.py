"""Abstract shapes shared by the sections: an index that lists its items, and an article."""

import hashlib

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.fragments import cached
from core.models import BasePage
from core.pagination import paginate

from ..blocks import attachment_blocks, body_blocks


class SectionIndexPage(BasePage):
    """A section's landing page: an introduction, then its items newest first, a page at a time."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul", "ol"])
    items_per_page = 15

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    template = "pages/section_index_page.html"

    class Meta:
        abstract = True

    def get_items(self, **filters):
        """The live items listed on this page; subclasses narrow or order them by `filters`."""
        model = self.listed_model()
        return model.objects.child_of(self).live().public().order_by("-date", "-pk")

    def listed_model(self):
        app_label, model_name = self.subpage_types[0].split(".")
        return apps.get_model(app_label, model_name)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = self.get_items(**kwargs)
        context["items"] = paginate(
            request, items, self.items_per_page, count=self.count_items(request, items, kwargs)
        )
        context.update(kwargs)
        return context

    def count_items(self, request, items, filters):
        """How many items the listing has, kept in the fragment cache until the next publication: counting
        every article of a large section costs more than the whole rest of the page (240 ms for 100,000 news
        articles on PostgreSQL, tests/bench/listings.py), and only a publication changes it."""
        parts = (f"{name}={getattr(value, 'pk', value)}" for name, value in sorted(filters.items()))
        described = "&".join(parts)
        # Filters may be free text (a Q&A field such as "Hộ tịch"): the key carries their digest.
        digest = hashlib.sha256(described.encode()).hexdigest()[:16]
        return cached(request, "listing-count", items.count, vary=(self.pk, digest))


class ArticlePage(BasePage):
    """An item with a date, a summary, an optional image, a body and attached files."""

    # Indexed: every listing of a section, the home page and related news read the newest first.
    date = models.DateField(_("date"), default=timezone.localdate, db_index=True)
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown in listings.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("image alternative text"),
        max_length=255,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it. Required when there is an image."),
    )
    body = StreamField(body_blocks(), verbose_name=_("body"), blank=True)
    attachments = StreamField(attachment_blocks(), verbose_name=_("attachments"), blank=True)
    author = models.CharField(_("author or source"), max_length=255, blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("body"),
        FieldPanel("attachments"),
        FieldPanel("author"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    subpage_types = []
    template = "pages/article_page.html"

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The renditions of the page's image and of the body's images, in one query rather than one each.
        images = [self.image, *(block.value["image"] for block in self.body if block.block_type == "image")]
        prefetch_related_objects([image for image in images if image is not None], "renditions")
        return context

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Describe the image for people who cannot see it.")})


class StandardPage(BasePage):
    """A plain content page: functions and tasks, history, natural conditions, guides."""

    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(body_blocks(), verbose_name=_("body"), blank=True)
    attachments = StreamField(attachment_blocks(), verbose_name=_("attachments"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("attachments"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = [
        "sections.IntroIndexPage",
        "sections.AccessToInformationPage",
        "sections.ContactPage",
        "sections.GeneralSectionPage",
    ]
    subpage_types = []
    template = "pages/standard_page.html"

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
