"""/van-ban/: the legal documents section, a routable page serving the list, the documents and the feed."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from core.models import BasePage

from ..feeds import LatestDocumentsFeed
from ..views import document_detail, document_list
from .documents import LegalDocument


class LegalDocumentIndexPage(RoutablePageMixin, BasePage):
    """/van-ban/: the faceted list, the documents, the feed and the open-data exports."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("legal documents section")
        verbose_name_plural = _("legal documents sections")

    @path("")
    def document_list(self, request):
        return document_list(request, self)

    @path("rss/")
    def feed(self, request):
        return LatestDocumentsFeed(self)(request)

    @path("<slug:slug>/", name="document")
    def document_detail(self, request, slug):
        return document_detail(request, self, slug)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if base is None:
            return urls
        for slug, updated in LegalDocument.objects.public().values_list("slug", "updated_at").iterator():
            urls.append({"location": f"{base}{slug}/", "lastmod": updated})
        return urls
