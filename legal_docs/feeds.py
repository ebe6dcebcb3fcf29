"""RSS of newly published documents: /van-ban/rss/ (see core.feeds for the channel)."""

from django.utils.translation import gettext as _

from core.feeds import FEED_ITEMS, PortalFeed

from .models.documents import LegalDocument


class LatestDocumentsFeed(PortalFeed):
    def description(self):
        return _("Documents newly published in the legal documents database of the portal.")

    def items(self):
        documents = (
            LegalDocument.objects.public()
            .select_related("document_type", "issuer")
            .order_by("-first_published_at", "-pk")[:FEED_ITEMS]
        )
        return LegalDocument.with_index_page(list(documents), self.page)

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
