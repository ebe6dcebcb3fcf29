"""The language switcher and the `hreflang` alternates (core/languages.py says what counts as a version)."""

from django import template
from django.urls import translate_url
from wagtail.models import Page

from ..languages import default_language, home_url, live_translations

register = template.Library()


@register.simple_tag(takes_context=True)
def switch_language_url(context, language_code):
    """Where the switcher to `language_code` leads: the page's live translation, else that language's home.

    Pages that are not in the page tree (search, forms) exist in every language at the translated path.
    """
    request = context.get("request")
    page = context.get("page")
    if isinstance(page, Page):
        target = live_translations(request, page).get(language_code)
        return target.get_url(request) if target is not None else home_url(language_code)
    try:
        return translate_url(request.path if request is not None else "/", language_code)
    except Exception:  # noqa: BLE001 - a broken path must not break the header
        return home_url(language_code)


@register.inclusion_tag("components/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    """`<link rel="alternate" hreflang>` for each live version of a page that has a translation."""
    request = context.get("request")
    versions = live_translations(request, context.get("page"))
    if len(versions) < 2:
        return {"links": []}
    links = [(code, page.get_full_url(request)) for code, page in sorted(versions.items())]
    default = versions.get(default_language())
    if default is not None:
        links.append(("x-default", default.get_full_url(request)))
    return {"links": links}
