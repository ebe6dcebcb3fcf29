"""Tiếp cận thông tin: the required access-to-information section (NĐ 13/2018 Art 6.3, 11)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.models import BasePage

from ..blocks import attachment_blocks


class AccessToInformationPage(BasePage):
    """The list of information that must be disclosed, the focal point, and how to ask for more."""

    intro = RichTextField(_("introduction"), blank=True)
    focal_point_name = models.CharField(_("focal point: name"), max_length=255)
    focal_point_title = models.CharField(_("focal point: title and unit"), max_length=255)
    focal_point_address = models.CharField(_("focal point: address"), max_length=255)
    focal_point_phone = models.CharField(_("focal point: phone"), max_length=64)
    focal_point_email = models.EmailField(_("focal point: email"))
    how_to_request = RichTextField(_("how to request information"))
    request_forms = StreamField(attachment_blocks(), verbose_name=_("request forms"), blank=True)
    complaints = RichTextField(_("complaints and denunciations"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        InlinePanel("disclosure_items", label=_("Information that must be disclosed")),
        MultiFieldPanel(
            [
                FieldPanel("focal_point_name"),
                FieldPanel("focal_point_title"),
                FieldPanel("focal_point_address"),
                FieldPanel("focal_point_phone"),
                FieldPanel("focal_point_email"),
            ],
            heading=_("Information focal point"),
        ),
        FieldPanel("how_to_request"),
        FieldPanel("request_forms"),
        FieldPanel("complaints"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("how_to_request")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["sections.StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("access to information page")
        verbose_name_plural = _("access to information pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["disclosure_items"] = self.disclosure_items.select_related("document", "linked_page")
        context["guides"] = self.get_children().live().public()
        return context


class DisclosureItem(Orderable):
    """A row of the list of information that must be disclosed (danh mục thông tin phải được công khai)."""

    page = ParentalKey(AccessToInformationPage, on_delete=models.CASCADE, related_name="disclosure_items")
    title = models.CharField(_("name of the information"), max_length=500)
    reference = models.CharField(_("number and symbol"), max_length=128, blank=True)
    created_on = models.DateField(_("date created"), null=True, blank=True)
    form = models.CharField(_("form of disclosure"), max_length=255, default="Đăng tải trên Cổng TTĐT")
    disclosed_on = models.DateField(_("date disclosed"), null=True, blank=True)
    duration = models.CharField(
        _("duration of disclosure"), max_length=255, blank=True, default="Thường xuyên"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("attachment"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    linked_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page on the portal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    url = models.URLField(_("other address"), blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("reference"),
        FieldPanel("created_on"),
        FieldPanel("form"),
        FieldPanel("disclosed_on"),
        FieldPanel("duration"),
        FieldPanel("document"),
        FieldPanel("linked_page"),
        FieldPanel("url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("disclosed information")
        verbose_name_plural = _("disclosed information")

    @property
    def link(self):
        if self.linked_page_id:
            return self.linked_page.url
        if self.document_id:
            return self.document.url
        return self.url
