"""The one base of the portal's RSS 2.0 feeds, on `django.contrib.syndication`.

Every channel is named after its section and the portal, speaks the active language and carries the
portal's reuse notice as its copyright, so that what is republished names its source (Quy chế, Điều 15).
A feed is built per request with the object it lists (a section page): `SomeFeed(page)(request)`.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.text import Truncator

from .models import PortalSettings
from .public_url import public_url

#: How many items a feed lists.
FEED_ITEMS = 30
#: Item descriptions are cut to this many words.
DESCRIPTION_WORDS = 80


def as_datetime(value):
    """A date as midnight in Vietnam: RSS wants a full timestamp."""
    if value is None or isinstance(value, datetime.datetime):
        return value
    return timezone.make_aware(datetime.datetime.combine(value, datetime.time()))


class PortalFeed(Feed):
    """Subclasses set `channel_title()`, `items()` and the `item_*` methods they need.

    `self.page` is the section the feed belongs to; its address is the channel's link."""

    feed_type = Rss201rev2Feed
    ttl = 60

    def __init__(self, page):
        super().__init__()
        self.page = page
        self.portal = None
        self.request = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.portal = PortalSettings.for_request(request)
        return self.page

    def channel_title(self):
        return self.page.title

    def title(self):
        return f"{self.channel_title()} – {self.portal.portal_name} {self.portal.agency_name}"

    def description(self):
        return strip_tags(getattr(self.page, "intro", "") or "") or self.channel_title()

    def link(self):
        return self.page.get_url(self.request)

    def get_feed(self, obj, request):
        """The feed with every address at the portal's public address (`core.public_url`), not the host
        the request reached."""
        feed = super().get_feed(obj, request)
        for key in ("link", "feed_url"):
            feed.feed[key] = public_url(feed.feed.get(key))
        for item in feed.items:
            item["link"] = public_url(item["link"])
            if item.get("unique_id") and "://" in item["unique_id"]:
                item["unique_id"] = public_url(item["unique_id"])
        return feed

    def feed_copyright(self):
        return self.portal.reuse_notice

    def item_description(self, item):
        return Truncator(strip_tags(self.item_text(item) or "")).words(DESCRIPTION_WORDS)

    def item_text(self, item):
        return getattr(item, "summary", "")

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid_is_permalink(self, item):
        return True
