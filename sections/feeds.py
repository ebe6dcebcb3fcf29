"""RSS 2.0 feeds of the news (all, and per category) and of the answered questions.

Built with Django's feed generator, which writes valid RSS 2.0 with an atom:link to the feed itself. Each
channel carries the portal's reuse notice as its copyright, so that what is republished names its source.
"""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language

FEED_ITEMS = 30


def _as_datetime(day):
    """Midnight, Vietnam time, of a date: RSS wants a full timestamp."""
    if isinstance(day, datetime.datetime):
        return day
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def rss_response(request, page, title, description, entries):
    """`entries`: (title, url, description, date, category or None) tuples, newest first."""
    from home.models import PortalSettings

    portal = PortalSettings.for_request(request)
    feed = Rss201rev2Feed(
        title=f"{title} – {portal.portal_name} {portal.agency_name}",
        link=request.build_absolute_uri(page.get_url(request)),
        description=description or title,
        language=get_language() or "vi",
        feed_url=request.build_absolute_uri(),
        feed_copyright=portal.reuse_notice,
        ttl="60",
    )
    for entry_title, url, summary, date, category in entries:
        link = request.build_absolute_uri(url)
        feed.add_item(
            title=entry_title,
            link=link,
            description=Truncator(strip_tags(summary or "")).words(80),
            pubdate=_as_datetime(date) if date else None,
            unique_id=link,
            unique_id_is_permalink=True,
            categories=[category] if category else None,
        )
    response = HttpResponse(content_type="application/rss+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response


def news_feed(request, index, category=None):
    items = index.get_items(category=category)[:FEED_ITEMS]
    entries = [
        (
            item.title,
            item.get_url(request),
            item.summary,
            item.date,
            item.category.name if item.category else None,
        )
        for item in items
    ]
    title = category.name if category else index.title
    description = category.description if category else strip_tags(index.intro or "")
    return rss_response(request, index, title, description, entries)


def questions_feed(request, index):
    items = index.get_items()[:FEED_ITEMS]
    entries = [
        (item.title, item.get_url(request), item.question, item.answered_on, item.field or None)
        for item in items
    ]
    return rss_response(request, index, index.title, strip_tags(index.intro or ""), entries)
