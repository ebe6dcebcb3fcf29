"""RSS 2.0 feeds of the news (all, and per category) and of the answered questions (see core.feeds)."""

from django.utils.html import strip_tags

from core.feeds import FEED_ITEMS, PortalFeed, as_datetime


class NewsFeed(PortalFeed):
    """/tin-tuc/rss/ and /tin-tuc/chuyen-muc/<slug>/rss/."""

    def __init__(self, index, category=None):
        super().__init__(index)
        self.category = category

    def channel_title(self):
        return self.category.name if self.category else self.page.title

    def description(self):
        if self.category:
            return self.category.description or self.category.name
        return super().description()

    def items(self):
        return self.page.get_items(category=self.category)[:FEED_ITEMS]

    def item_pubdate(self, item):
        return as_datetime(item.date)

    def item_categories(self, item):
        return [item.category.name] if item.category else []


class QuestionsFeed(PortalFeed):
    """/hoi-dap/rss/: the answered questions, newest answer first."""

    def items(self):
        return self.page.get_items()[:FEED_ITEMS]

    def item_text(self, item):
        return strip_tags(item.question or "")

    def item_pubdate(self, item):
        return as_datetime(item.answered_on)

    def item_categories(self, item):
        return [item.field] if item.field else []
