"""The facet counts of the unfiltered /van-ban/ list, cached.

The unfiltered list is the most requested one, and its counts go over every published document. They are
kept in the cache under a version token. Any change to a document, its fields or a taxonomy replaces the
token (the receivers in `legal_docs.signals`), so the next request counts again. Bulk writes (the import,
the daily validity refresh) send no signals, so they call `invalidate()` themselves. The counts also
expire after `FACET_CACHE_SECONDS`.
"""

import uuid

from django.core.cache import cache
from django.db import transaction
from django.utils.translation import get_language

VERSION_KEY = "legal_docs:facets:version"
FACET_CACHE_SECONDS = 600


def _version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    return version


def _replace_token():
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def invalidate(**_signal_kwargs):
    """Count again from the next request on, and once more after the change is committed: a request
    between the two could have counted without the uncommitted change."""
    _replace_token()
    transaction.on_commit(_replace_token)


def unfiltered_facets(compute):
    """The unfiltered list's facets: from the cache, or `compute()`d and kept."""
    key = f"legal_docs:facets:{_version()}:{get_language()}"
    facets = cache.get(key)
    if facets is None:
        facets = compute()
        cache.set(key, facets, FACET_CACHE_SECONDS)
    return facets
