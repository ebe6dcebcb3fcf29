"""Thư viện ảnh và video: photo and video galleries, published in the news section."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.blocks import StructBlockValidationError
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.search import index

from core.models import BasePage

from ..blocks import ImageBlock


class VideoBlock(blocks.StructBlock):
    """A video shown as a link with a still and a description: no third-party player loads with the page."""

    title = blocks.CharBlock(label=_("title"))
    url = blocks.URLBlock(label=_("video address"), help_text=_("For example the ward's YouTube channel."))
    poster = ImageChooserBlock(label=_("still image"), required=False)
    poster_alt = blocks.CharBlock(
        label=_("alternative text of the still image"),
        required=False,
        help_text=_("Required when there is a still image."),
    )
    duration = blocks.CharBlock(label=_("duration"), required=False, help_text=_("For example 3:25."))
    description = blocks.TextBlock(
        label=_("description or transcript"),
        required=False,
        help_text=_("What is said and shown, for people who cannot hear or see the video."),
    )

    class Meta:
        icon = "media"
        label = _("Video")

    def clean(self, value):
        value = super().clean(value)
        if value.get("poster") and not (value.get("poster_alt") or "").strip():
            raise StructBlockValidationError(
                block_errors={
                    "poster_alt": ValidationError(_("Describe the image for people who cannot see it."))
                }
            )
        return value


class GalleryPage(BasePage):
    date = models.DateField(_("date"), default=timezone.localdate)
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown in listings.")
    )

    parent_page_types = ["sections.NewsIndexPage"]
    subpage_types = []
    search_fields = BasePage.search_fields + [index.SearchField("summary"), index.FilterField("date")]

    class Meta:
        abstract = True


class PhotoGalleryPage(GalleryPage):
    photos = StreamField([("photo", ImageBlock())], verbose_name=_("photos"), min_num=1)

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("photos"),
    ]
    template = "sections/photo_gallery_page.html"

    class Meta:
        verbose_name = _("photo gallery")
        verbose_name_plural = _("photo galleries")


class VideoGalleryPage(GalleryPage):
    videos = StreamField([("video", VideoBlock())], verbose_name=_("videos"), min_num=1)

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("videos"),
    ]
    template = "sections/video_gallery_page.html"

    class Meta:
        verbose_name = _("video gallery")
        verbose_name_plural = _("video galleries")
