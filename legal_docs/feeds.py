"""RSS of newly published documents: /van-ban/rss/."""

from django.contrib.syndication.views import Feed
from django.utils.translation import gettext as _

from .models import LegalDocument

FEED_SIZE = 30


class LatestDocumentsFeed(Feed):
    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def title(self):
        return _("Legal documents – %(section)s") % {"section": self.index_page.title}

    def link(self):
        return self.index_page.url

    def description(self):
        return _("Documents newly published in the legal documents database of the portal.")

    def items(self):
        documents = list(
            LegalDocument.objects.public()
            .select_related("document_type", "issuer")
            .order_by("-first_published_at", "-pk")[:FEED_SIZE]
        )
        for document in documents:
            document.__dict__["index_page"] = self.index_page
        return documents

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
