"""RSS of newly published documents: /van-ban/rss/.

Like the news feeds (sections/feeds.py), the channel carries the portal's reuse notice as its copyright, so
that whoever republishes a document names the portal as its source.
"""

from django.contrib.syndication.views import Feed
from django.utils.translation import gettext as _

from .models import LegalDocument

FEED_SIZE = 30


class LatestDocumentsFeed(Feed):
    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        self.portal = None

    def get_object(self, request, *args, **kwargs):
        from home.models import PortalSettings

        self.portal = PortalSettings.for_request(request)
        return None

    def title(self):
        return f"{self.index_page.title} – {self.portal.portal_name} {self.portal.agency_name}"

    def feed_copyright(self):
        return self.portal.reuse_notice

    def link(self):
        return self.index_page.url

    def description(self):
        return _("Documents newly published in the legal documents database of the portal.")

    def items(self):
        documents = (
            LegalDocument.objects.public()
            .select_related("document_type", "issuer")
            .order_by("-first_published_at", "-pk")[:FEED_SIZE]
        )
        return LegalDocument.with_index_page(list(documents), self.index_page)

    def item_title(self, item):
        return str(item)

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.document_type.name, item.issuer.name]
