"""`{% visit_beacon %}`: the signed token by which a page counts its own view (core/visits.py)."""

from django import template
from django.urls import reverse
from django.utils.html import format_html

from ..visits import beacon_token, counts_path

register = template.Library()


@register.simple_tag(takes_context=True)
def visit_beacon(context):
    """A `<meta>` with the page's token, the same for every visitor; nothing on previews and admin pages.
    A view puts what else its views count in `visit_counts` of its context (the search page: the words)."""
    request = context.get("request")
    if request is None or not counts_path(request):
        return ""
    token = beacon_token(request.path, **(context.get("visit_counts") or {}))
    return format_html(
        '<meta name="portal-visit" content="{}" data-url="{}">', token, reverse("portal_visit_beacon")
    )
