"""Template tags of the news section: related articles and category addresses, each at most one query."""

from django import template
from django.db import connection
from django.db.models import Case, Exists, IntegerField, OuterRef, Value, When
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction

from core.templatetags.portal_tags import parent_of_url

from ..models import NewsIndexPage, NewsPage

register = template.Library()


def under_view_restriction():
    """A page at or below a page with a view restriction: what `.public()` leaves out, as a subquery
    rather than the separate query `.public()` makes for the list of restrictions."""
    restricted_ancestor = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return Exists(restricted_ancestor)


@register.simple_tag
def related_news(page, limit=6):
    """Other news of the same section, those in the page's category first, then the latest: one query.

    Each branch reads the newest articles through an index on the date (the category's, or the section's)
    and stops after `limit` rows, so its cost does not grow with the number of articles. Where the database
    cannot limit the branches of a UNION (SQLite, the laptop default), one statement sorts the category
    first.
    """
    items = (
        NewsPage.objects.sibling_of(page, inclusive=False)
        .live()
        .exclude(under_view_restriction())
        .order_by("-date", "-pk")
    )
    if not page.category_id:
        return list(items[:limit])
    if not connection.features.supports_slicing_ordering_in_compound:
        same_category_first = Case(
            When(category_id=page.category_id, then=Value(1)), default=Value(0), output_field=IntegerField()
        )
        return list(
            items.annotate(same_category=same_category_first).order_by("-same_category", "-date", "-pk")[
                :limit
            ]
        )
    candidates = items.filter(category_id=page.category_id)[:limit].union(items[:limit], all=True)
    unique = {item.pk: item for item in candidates}.values()
    newest_first = sorted(unique, key=lambda item: (item.date, item.pk), reverse=True)
    same = [item for item in newest_first if item.category_id == page.category_id]
    return (same + [item for item in newest_first if item.category_id != page.category_id])[:limit]


@register.simple_tag(takes_context=True)
def news_category_url(context, page, category):
    """A category listing of the news section, given the section or one of its articles (no query)."""
    url = page.get_url(context.get("request")) or "/"
    if isinstance(page, NewsPage):
        url = parent_of_url(url)
    if not url.endswith("/"):
        url += "/"
    return url + NewsIndexPage.get_resolver().reverse("category", category.slug)
