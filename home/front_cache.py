"""The front cache (Varnish, or a CDN that purges): what to purge when content changes, in one place.

Wagtail's `wagtail.contrib.frontend_cache` sends the purges (its HTTP backend, `WAGTAILFRONTENDCACHE`, set
from `VARNISH_URL`); its own signal handlers, which purge only the page itself, are not installed. Here,
for each action, the addresses that show what changed:

- a page published, unpublished or deleted: the page; its section (every `?trang=` of it) and the
  section's feed; for news, its category's listing and feed; the home page; the site maps;
- a page moved: the same at the old and at the new place, and every address below the old one;
- a section or the home page: everything below the site's root (every page shows the main menu);
- a legal document published, unpublished or deleted: the document; `/van-ban/` (with its filters) and
  its feed; the home page; the site maps;
- an emergency notice or the portal's settings saved or deleted: everything (every page shows them).

An address is purged with every query string of it (`deploy/varnish/portal.vcl`); a prefix is banned with
everything below it. Purges are sent once the transaction commits, so the cache never fetches the old
content again in between.
"""

import logging
import re
from dataclasses import dataclass, field
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.db import transaction
from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Site

logger = logging.getLogger(__name__)

SITEMAPS = ("/sitemap.xml", "/sitemap-pages.xml", "/sitemap-documents.xml")
MENU_DEPTH = 3  # the home page (2) and its children (3), the sections of the main menu


@dataclass
class Targets:
    urls: set = field(default_factory=set)  # full addresses, each with all its query strings
    prefixes: set = field(default_factory=set)  # full addresses with everything below them

    def __or__(self, other):
        return Targets(self.urls | other.urls, self.prefixes | other.prefixes)


def _site_wide(root_url):
    return Targets(urls={root_url + path for path in SITEMAPS})


def page_targets(page, moved=False):
    """What shows `page` where it is now (call it before a move for the old place)."""
    page = page.specific
    parts = page.get_url_parts()
    if parts is None:
        return Targets()
    _site_id, root_url, path = parts
    targets = _site_wide(root_url)
    targets.urls.add(root_url + path)
    if moved:
        targets.prefixes.add(root_url + path)
    if page.depth <= MENU_DEPTH:
        targets.prefixes.add(root_url + "/")
    for ancestor in page.get_ancestors().filter(depth__gt=1).specific():
        ancestor_parts = ancestor.get_url_parts()
        if ancestor_parts is not None:
            targets.urls.add(ancestor_parts[1] + ancestor_parts[2])
    parent = page.get_parent().specific
    parent_parts = parent.get_url_parts() if parent.depth > 1 else None
    if parent_parts is not None:
        parent_url = parent_parts[1] + parent_parts[2]
        targets.urls.add(parent_url + "rss/")
        category = getattr(page, "category", None)
        if category is not None and isinstance(parent, RoutablePageMixin):
            listing = parent_url + parent.reverse_subpage("category", args=[category.slug])
            targets.urls.update({listing, listing + "rss/"})
    return targets


def legal_document_targets(document):
    index_page = document.index_page
    if index_page is None:
        return Targets()
    index_url = index_page.full_url
    root_url = index_url[: -len(index_page.url)] if index_page.url != "/" else index_url.rstrip("/")
    targets = _site_wide(root_url)
    targets.urls.update({f"{index_url}{document.slug}/", index_url, index_url + "rss/", root_url + "/"})
    return targets


def everything():
    return Targets(prefixes={site.root_url.rstrip("/") + "/" for site in Site.objects.all()})


def purge(targets):
    """Send the purges of `targets` once the current transaction commits."""
    if (targets.urls or targets.prefixes) and getattr(settings, "WAGTAILFRONTENDCACHE", None):
        transaction.on_commit(lambda: send(targets))


def send(targets):
    PurgeBatch(targets.urls).purge()
    for backend in get_backends().values():
        if isinstance(backend, HTTPBackend):
            for prefix in targets.prefixes:
                ban(backend, prefix)


def ban(backend, prefix):
    """BAN every cached address that starts with `prefix` (the VCL's BAN takes the regex in X-Ban-Url)."""
    parts = urlsplit(prefix)
    host = parts.hostname + (f":{parts.port}" if parts.port else "")
    request = Request(
        urlunsplit([backend.cache_scheme, backend.cache_netloc, parts.path, "", ""]),
        method="BAN",
        headers={
            "Host": host,
            "X-Ban-Url": "^" + re.escape(parts.path),
            "User-Agent": f"Wagtail-frontendcache/{wagtail_version}",
        },
    )
    try:
        urlopen(request, timeout=5).close()  # noqa: S310 - the cache's own address, from the settings
    except (URLError, OSError):
        logger.error("Could not ban %s from the front cache.", prefix, exc_info=True)
