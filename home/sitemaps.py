"""The XML site map for search engines: every live public page and every published legal document.

`/sitemap.xml` lists the Vietnamese pages and `/en/sitemap.xml` the English ones, each page with
`<xhtml:link rel="alternate" hreflang>` to its live versions in the other language when it has one. Each
is one `<urlset>` while the portal has at most `URLS_PER_FILE` addresses (the sitemaps.org
limit is 50,000). Beyond that it becomes a `<sitemapindex>` naming `/sitemap-pages.xml` and
`/sitemap-documents.xml`, each split into files of at most `URLS_PER_FILE` addresses (`?p=2`, ...).

The number of queries does not depend on the number of pages or documents: pages are read without
`.specific()` (a page's full URL needs only its tree fields), documents as (slug, updated) rows, and every
address of a document is built from the one URL of the legal documents section.
"""

from dataclasses import replace

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.core.paginator import Paginator
from django.db.models import Max, Q
from django.utils.functional import cached_property
from django.utils.translation import get_language_from_path
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from core.public_url import public_url
from legal_docs.models import LegalDocument, LegalDocumentIndexPage

URLS_PER_FILE = 50_000
PAGE_FIELDS = (
    "id",
    "path",
    "depth",
    "url_path",
    "locale_id",
    "translation_key",
    "live",
    "last_published_at",
    "latest_revision_created_at",
)


class FullUrlSitemap(Sitemap):
    """A Django sitemap whose items already know their full address, at the portal's public address."""

    def __init__(self, request):
        self.request = request
        self.language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE

    @property
    def limit(self):
        # Read at request time, so that a test can lower it to exercise the sitemap index.
        return URLS_PER_FILE

    @cached_property
    def paginator(self):
        # Django builds a new paginator (and counts again) on every access; one is enough.
        return Paginator(self.items(), self.limit)

    def _urls(self, page, protocol, domain):
        urls = [
            {
                "item": item,
                "location": self.full_url(item),
                "lastmod": self.lastmod(item),
                "changefreq": None,
                "priority": "",
                "alternates": [],
            }
            for item in self.paginator.page(page).object_list
        ]
        self.add_alternates(urls)
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls

    def add_alternates(self, urls):
        """Records have no versions in other languages."""


def wagtail_site(request):
    return Site.find_for_request(request) or Site.objects.select_related("root_page").get(
        is_default_site=True
    )


def tree_q(root):
    return Q(path__startswith=root.path, depth__gte=root.depth)


class PageSitemap(FullUrlSitemap):
    """Every live page open to the public in the language's tree (the default language's without one)."""

    def items(self):
        root = wagtail_site(self.request).root_page
        roots = list(
            root.get_translations(inclusive=True)
            .select_related("locale")
            .only("path", "depth", "locale__language_code")
        )
        own = [tree for tree in roots if tree.locale.language_code == self.language]
        own_root = own[0] if own else root
        self.other_trees = [tree for tree in roots if tree.pk != own_root.pk]
        return (
            Page.objects.live()
            .public()
            .filter(tree_q(own_root))
            .select_related("locale")
            .only(*PAGE_FIELDS, "locale__language_code")
            .order_by("path")
        )

    def full_url(self, page):
        return public_url(page.get_full_url(self.request))

    def add_alternates(self, urls):
        """One query for the live versions, in the other trees, of the pages of this file."""
        if not self.other_trees or not urls:
            return
        other_trees = Q()
        for tree in self.other_trees:
            other_trees |= tree_q(tree)
        versions = {}
        translations = (
            Page.objects.live()
            .public()
            .filter(other_trees, alias_of__isnull=True)
            .filter(translation_key__in=[url["item"].translation_key for url in urls])
            .select_related("locale")
            .only(*PAGE_FIELDS, "locale__language_code")
        )
        for page in translations:
            versions.setdefault(page.translation_key, []).append(
                {"lang_code": page.locale.language_code, "location": self.full_url(page)}
            )
        for url in urls:
            others = versions.get(url["item"].translation_key)
            if others:
                own = {"lang_code": self.language, "location": url["location"]}
                url["alternates"] = sorted([own, *others], key=lambda alternate: alternate["lang_code"])

    def lastmod(self, page):
        return page.last_published_at or page.latest_revision_created_at

    def get_latest_lastmod(self):
        return self.paginator.object_list.aggregate(latest=Max("last_published_at"))["latest"]


class LegalDocumentSitemap(FullUrlSitemap):
    """Every published legal document, at `<legal documents section>/<slug>/`."""

    @cached_property
    def base_url(self):
        index_page = (
            LegalDocumentIndexPage.objects.live()
            .public()
            .filter(locale__language_code=self.language)
            .only(*PAGE_FIELDS)
            .first()
        )
        return public_url(index_page.get_full_url(self.request)) if index_page else ""

    def items(self):
        documents = LegalDocument.objects.public().order_by("pk").values_list("slug", "updated_at")
        # No public section, no public address: the documents are not visible.
        return documents if self.base_url else documents.none()

    def full_url(self, row):
        return f"{self.base_url}{row[0]}/"

    def lastmod(self, row):
        return row[1]

    def get_latest_lastmod(self):
        return self.paginator.object_list.aggregate(latest=Max("updated_at"))["latest"]


SECTIONS = {"pages": PageSitemap, "documents": LegalDocumentSitemap}


def build_sitemaps(request):
    return {name: sitemap_class(request) for name, sitemap_class in SECTIONS.items()}


@require_GET
@cache_control(max_age=3600, public=True)
def sitemap(request):
    """One `<urlset>` while everything fits in one file, otherwise a `<sitemapindex>`."""
    sitemaps = build_sitemaps(request)
    total = sum(section.paginator.count for section in sitemaps.values())
    if total > URLS_PER_FILE:
        response = sitemap_views.index(request, sitemaps, sitemap_url_name="sitemap_section")
        response.context_data["sitemaps"] = [
            replace(item, location=public_url(item.location)) for item in response.context_data["sitemaps"]
        ]
        return response
    return sitemap_views.sitemap(request, sitemaps)


@require_GET
@cache_control(max_age=3600, public=True)
def sitemap_section(request, section):
    """One file of the sitemap index: `/sitemap-pages.xml?p=2`."""
    return sitemap_views.sitemap(request, build_sitemaps(request), section=section)
