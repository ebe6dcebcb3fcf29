"""Which language versions of a page the public can read, for the language switcher and `hreflang` links.

A page's translations are its pages with the same `translation_key` in other locales (wagtail-localize makes
them). Only live, public translations of their own count: an alias repeats the Vietnamese text at an English
address, and a draft is not public. When the site has a home page in one language only, nothing is queried
(`Site.get_site_root_paths()` is cached by Wagtail and already read to build every page URL); otherwise one
query per page, cached on the request.
"""

from django.conf import settings
from wagtail.models import Page, Site


def default_language():
    return settings.LANGUAGE_CODE.split("-")[0]


def site_languages(request):
    """The language codes that have a home page on the request's site."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return {default_language()}
    return {root.language_code for root in Site.get_site_root_paths() if root.site_id == site.pk}


def live_translations(request, page):
    """{language code: page} of the page's live public versions, the page itself included."""
    if not isinstance(page, Page):
        return {}
    cache = request.__dict__.setdefault("_portal_translations", {}) if request is not None else {}
    if page.pk in cache:
        return cache[page.pk]
    languages = site_languages(request)
    if len(languages) < 2:
        # One language tree: the page is in that language (asking the page's locale would cost a query).
        found = {next(iter(languages)): page} if page.live and languages else {}
    else:
        pages = (
            Page.objects.live()
            .public()
            .filter(translation_key=page.translation_key, alias_of__isnull=True)
            .select_related("locale")
            .only("id", "path", "depth", "url_path", "locale__language_code", "translation_key")
        )
        found = {translation.locale.language_code: translation for translation in pages}
    cache[page.pk] = found
    return found


def home_url(language_code):
    """The address of a language's home page: "/" for the default language, "/en/" for English."""
    return "/" if language_code == default_language() else f"/{language_code}/"
