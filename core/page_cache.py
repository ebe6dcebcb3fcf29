"""The page cache: whole public responses kept in the shared cache (Redis), for the application itself.

Varnish keeps pages in front of the application (deploy/varnish/portal.vcl), but a ward may run without it,
and each purge sends Varnish back to the application for every address it dropped. With `PAGE_CACHE` on
(production), the application keeps the responses a shared cache may keep and answers them again without
rendering or querying anything:

- only what `CacheControlMiddleware` made public (core/cache_headers.py): never a response that sets a
  cookie or holds a CSRF token, never the admin, a preview, a form's answer, a signed-in person's page, an
  error; only 200 responses to GET (a HEAD is answered with them), never a streamed one (files);
- for as long as a shared cache may keep it (`s-maxage`, else `max-age`), as Varnish does;
- keyed by the address, the headers the response varies on (Django's `learn_cache_key`) and the fragment
  generation (core/fragments.py), which every publication replaces: a publish is visible at the next
  request, as for the fragments;
- Redis down: no generation, so nothing is read or kept and every page is built as without the cache.

A kept response is the whole response, its Content-Security-Policy nonce with the page that uses it: the
middleware stands outside the CSP middleware, so a response answered from the cache is not given a new one.
"""

import re

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import cc_delim_re, get_cache_key, learn_cache_key
from django.utils.translation import get_language_from_path

from .cache_headers import is_personal_request
from .fragments import current_generation

KEY_PREFIX = "page"
_DIRECTIVE = re.compile(r"^\s*([\w-]+)\s*(?:=\s*(\d+))?\s*$")


def shared_lifetime(response):
    """Seconds a shared cache may keep the response by its `Cache-Control`: 0 unless it is public."""
    directives = {}
    for part in cc_delim_re.split(response.get("Cache-Control", "")):
        match = _DIRECTIVE.match(part)
        if match:
            directives[match.group(1).lower()] = match.group(2)
    if "public" not in directives or {"private", "no-store", "no-cache"} & directives.keys():
        return 0
    lifetime = directives.get("s-maxage") or directives.get("max-age") or "0"
    return int(lifetime)


def storable(response):
    return response.status_code == 200 and not response.streaming and not response.cookies


class PageCacheMiddleware:
    """Placed right after SecurityMiddleware (an address still goes to https first), before the rest."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE or is_personal_request(request):
            return self.get_response(request)
        generation = current_generation()
        if generation is None:
            return self.get_response(request)
        request._fragment_generation = generation  # the fragments of this request read it once only
        # The language is the address's (i18n_patterns), as LocaleMiddleware will find it; the key carries it.
        request.LANGUAGE_CODE = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        prefix = f"{KEY_PREFIX}:{generation}"
        key = get_cache_key(request, prefix, "GET", cache=cache)
        if key is not None:
            response = cache.get(key)
            if response is not None:
                return response
        response = self.get_response(request)
        lifetime = shared_lifetime(response) if request.method == "GET" and storable(response) else 0
        if lifetime > 0:
            cache.set(learn_cache_key(request, response, lifetime, prefix, cache=cache), response, lifetime)
        return response
