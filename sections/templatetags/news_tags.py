"""Template tags of the news section: related articles and category addresses, each at most one query."""

from django import template
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
    """Other news of the same section, those in the page's category first, then the latest: one query."""
    items = NewsPage.objects.sibling_of(page, inclusive=False).live().exclude(under_view_restriction())
    if page.category_id:
        items = items.annotate(
            same_category=Case(
                When(category_id=page.category_id, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
        ).order_by("-same_category", "-date", "-pk")
    else:
        items = items.order_by("-date", "-pk")
    return list(items[:limit])


@register.simple_tag(takes_context=True)
def news_category_url(context, page, category):
    """A category listing of the news section, given the section or one of its articles (no query)."""
    url = page.get_url(context.get("request")) or "/"
    if isinstance(page, NewsPage):
        url = parent_of_url(url)
    if not url.endswith("/"):
        url += "/"
    return url + NewsIndexPage.get_resolver().reverse("category", category.slug)
