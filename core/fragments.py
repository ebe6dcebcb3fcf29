"""The fragment cache: what every public page repeats (site settings, the menu, the footer, the home page's
listings), kept in the shared cache (Redis) between requests.

A fragment's key is `fragment:<name>:<site>:<language>:<generation>[:<vary>…]`. The generation is one cache
entry that every publication replaces (a page published, unpublished, moved or deleted; a legal document
published or unpublished; site settings or a listed snippet saved): all fragments go stale together. A ward
publishes a few times a day, so rebuilding them all is cheap, and no fragment can miss a dependency. The
generation is replaced again when the publishing transaction commits, so no request keeps a fragment rebuilt
from data not yet committed (as legal_docs/facet_cache.py does). `FRAGMENT_CACHE_SECONDS` bounds what a
fragment may show that no publication changes (a date passing, a consultation closing).

Previews and drafts never read or fill it (Wagtail sets `request.is_preview`), nor do requests other than
GET and HEAD. Redis down (core/cache.py answers every read with nothing): no generation, so every fragment
is built from the database as if there were no cache, never an error.
"""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import translation

GENERATION_KEY = "fragment:generation"
_MISSING = object()


def new_generation():
    return uuid.uuid4().hex[:12]


def current_generation():
    """The generation every fragment key carries now; None when the cache cannot answer."""
    generation = cache.get(GENERATION_KEY)
    if generation is None and cache.add(GENERATION_KEY, new_generation(), timeout=None):
        generation = cache.get(GENERATION_KEY)
    return generation


def replace_generation():
    cache.set(GENERATION_KEY, new_generation(), timeout=None)


def request_generation(request):
    """The generation, read once per request: a page holds several fragments (settings, menu, content,
    footer), and each would otherwise ask Redis for it again."""
    if not hasattr(request, "_fragment_generation"):
        request._fragment_generation = current_generation()
    return request._fragment_generation


def invalidate(**signal_kwargs):
    """Every fragment goes stale now, and once more when the current transaction commits: a request between
    the two could have rebuilt a fragment without the uncommitted change. A signal receiver."""
    replace_generation()
    transaction.on_commit(replace_generation)


def may_use_cache(request):
    return (
        request is not None
        and request.method in ("GET", "HEAD")
        and not getattr(request, "is_preview", False)
    )


def fragment_key(request, name, generation, vary=()):
    from wagtail.models import Site

    site = Site.find_for_request(request)
    parts = [name, site.pk if site else 0, translation.get_language() or "", generation, *vary]
    return "fragment:" + ":".join(str(part) for part in parts)


def cached(request, name, build, vary=(), keep=None, timeout=None):
    """`build()`'s value for this site, language and generation (and `vary`), from the cache when it has it.

    `build` must return something that pickles (model instances do, with what they prefetched) and that does
    not depend on the person asking. `keep`, if given, makes the copy that the cache stores. The copy is
    kept `timeout` seconds at most (`FRAGMENT_CACHE_SECONDS` unless given)."""
    if not may_use_cache(request):
        return build()
    generation = request_generation(request)
    if generation is None:
        return build()
    key = fragment_key(request, name, generation, vary)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        timeout = settings.FRAGMENT_CACHE_SECONDS if timeout is None else timeout
        cache.set(key, keep(value) if keep else value, timeout)
    return value
