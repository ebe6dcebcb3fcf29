"""Template tags of the public portal: menu, breadcrumbs, dates as people write them, file sizes, pagination.
Tags that know a section's page types live with that section (e.g. `sections/templatetags/news_tags.py`).

Every tag here costs at most one query, and none of them queries per item: the home and article pages have
their query counts pinned by tests.
"""

import datetime

from django import template
from django.conf import settings
from django.core.paginator import Paginator
from django.template.defaultfilters import filesizeformat
from django.urls import translate_url
from django.utils import timezone, translation
from django.utils.html import format_html
from wagtail.models import Page, Site

from .. import fragments
from ..models import site_status

register = template.Library()

WEEKDAYS = {
    "vi": ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}


def _language():
    return (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]


def _as_date(value):
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


@register.filter
def short_date(value):
    """27/11/2026"""
    value = _as_date(value)
    if not value:
        return ""
    return value.strftime("%d/%m/%Y")


@register.filter
def vn_date(value):
    """Thứ Sáu, 27/11/2026 (Friday, 27/11/2026 when the page is in English)."""
    value = _as_date(value)
    if not value:
        return ""
    names = WEEKDAYS["vi"] if _language() == "vi" else WEEKDAYS["en"]
    return f"{names[value.weekday()]}, {value.strftime('%d/%m/%Y')}"


@register.filter
def short_datetime(value):
    """14:30, 27/11/2026 (an aware date-time shown in Vietnam time)."""
    if not value:
        return ""
    value = timezone.localtime(value) if timezone.is_aware(value) else value
    return value.strftime("%H:%M, %d/%m/%Y")


@register.filter
def iso_date(value):
    value = _as_date(value)
    return value.isoformat() if value else ""


@register.filter
def filesize(document):
    """The document's size for people ("245,3 KB"), or "" when the file cannot be read.

    Uses the size Wagtail stored at upload; falls back to the storage, which may fail when the file is
    missing. Never saves, so rendering stays free of writes.
    """
    size = getattr(document, "file_size", None)
    if size is None:
        try:
            size = document.file.size
        except (OSError, ValueError, AttributeError, NotImplementedError):
            return ""
    return filesizeformat(size)


@register.filter
def filetype(document):
    """PDF, DOCX, …"""
    try:
        return (document.file_extension or "").upper()
    except (AttributeError, ValueError):
        return ""


def _home_for(context):
    """The home page of the active language, cached on the request (no query in the usual case)."""
    request = context.get("request")
    if request is None:
        return None
    if hasattr(request, "_portal_home"):
        return request._portal_home
    site = Site.find_for_request(request)
    home = site.root_page if site else None
    page = context.get("page")
    if home is not None:
        if isinstance(page, Page) and page.locale_id != home.locale_id:
            # An English page: its home is the translation of the site root, found in one query.
            home = home.get_translation_or_none(page.locale_id) or home
        elif not isinstance(page, Page):
            home = home.localized
    request._portal_home = home
    return home


@register.filter
def lang_attr(page):
    """` lang="vi"` on a page's own text when the interface speaks another language (WCAG 3.1.2).

    Empty in the Vietnamese interface, with no query; under /en/ one query per page for its locale.
    """
    language = _language()
    if language == settings.LANGUAGE_CODE.split("-")[0] or not isinstance(page, Page):
        return ""
    code = page.locale.language_code.split("-")[0]
    return format_html(' lang="{}"', code) if code != language else ""


def _content_language(context, home):
    """The language of the pages' titles when it differs from the interface's, else "".

    Under /en/ the untranslated pages keep their Vietnamese titles: marking them `lang="vi"` lets a screen
    reader switch voice (WCAG 3.1.2). No query in the Vietnamese interface.
    """
    language = _language()
    if home is None or language == settings.LANGUAGE_CODE.split("-")[0]:
        return ""
    request = context.get("request")
    cached = getattr(request, "_portal_content_language", None)
    if cached is None:
        cached = home.locale.language_code.split("-")[0]
        if request is not None:
            request._portal_content_language = cached
    return "" if cached == language else cached


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page's live children marked "show in menus", in one query (none while the fragment cache
    holds them).

    Not filtered by view restrictions (that would cost a second query): a section's title is public even
    when its content asks for a password.
    """
    home = _home_for(context)
    items = (
        fragments.cached(
            context.get("request"),
            "menu",
            lambda: list(home.get_children().live().in_menu()),
            vary=(home.pk,),
        )
        if home
        else []
    )
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    return {
        "request": context.get("request"),
        "home": home,
        "is_home": isinstance(current, Page) and home is not None and current.pk == home.pk,
        "items": items,
        "current_path": current_path,
        "settings": context.get("settings"),
        "content_lang": _content_language(context, home),
    }


def _ancestors_below(page, home):
    """The live ancestors of `page` below `home`, top first.

    Wagtail's routing leaves each page it passed through on the child it found (`_cached_parent_obj`, which
    treebeard's `get_parent()` reads): for a page served by its URL they cost no query. Otherwise (a
    preview, a page given by a view) one query.
    """
    chain, current = [], page
    while current.depth > home.depth + 1:
        if "_cached_parent_obj" not in current.__dict__:
            return list(page.get_ancestors().live().filter(depth__gt=home.depth))
        current = current.get_parent()
        chain.append(current)
    return [ancestor for ancestor in reversed(chain) if ancestor.live]


@register.inclusion_tag("navigation/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page=None, current_label=None):
    """Home › section › … › this page; ancestors below the home page from the route, or in one query."""
    page = page or context.get("page")
    home = _home_for(context)
    if not isinstance(page, Page) or home is None or page.pk == home.pk:
        return {"show": False}
    ancestors = _ancestors_below(page, home)
    return {
        "show": True,
        "request": context.get("request"),
        "home": home,
        "ancestors": ancestors,
        "page": page,
        "current_label": current_label,
        "content_lang": _content_language(context, home),
    }


@register.filter
def is_within(path, item):
    """True when the page at `path` is `item` or below it (tree paths, no query)."""
    return bool(path) and path.startswith(item.path)


@register.filter
def section_by_slug(sections, slug):
    for section in sections or []:
        if section.slug == slug:
            return section
    return None


@register.simple_tag(takes_context=True)
def language_url(context, language_code):
    """The current address in another language (/en/… or /…), without touching the database."""
    request = context.get("request")
    path = request.path if request is not None else "/"
    try:
        return translate_url(path, language_code)
    except Exception:  # noqa: BLE001 - a broken path must not break the header
        return "/" if language_code == settings.LANGUAGE_CODE else f"/{language_code}/"


@register.simple_tag
def localized_path(path):
    """A site path in the active language: "so-do-cong/" → "/so-do-cong/" or "/en/so-do-cong/"."""
    language = _language()
    prefix = "" if language == settings.LANGUAGE_CODE else f"/{language}"
    return f"{prefix}/{path.lstrip('/')}"


@register.simple_tag
def page_range(page_obj, on_each_side=2, on_ends=1):
    """Page numbers with "…" gaps, for the pagination component."""
    return list(
        page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=on_each_side, on_ends=on_ends)
    )


@register.filter
def is_ellipsis(value):
    return value == Paginator.ELLIPSIS


def parent_of_url(url):
    trimmed = (url or "").rstrip("/")
    return trimmed[: trimmed.rfind("/") + 1] or "/"


@register.simple_tag(takes_context=True)
def parent_url(context, page):
    """The address of the page's parent, from the page's own address (no query)."""
    return parent_of_url(page.get_url(context.get("request")))


@register.filter
def page_type(page):
    """The page's kind, for people ("News article")."""
    cls = type(page) if type(page) is not Page else getattr(page, "specific_class", None)
    return cls._meta.verbose_name if cls is not None else ""


@register.simple_tag
def table_layout(table):
    """Split a TableBlock value into its header row and body rows, whichever way the header was chosen."""
    table = table or {}
    data = [[("" if cell is None else cell) for cell in row] for row in table.get("data") or []]
    choice = table.get("table_header_choice") or ""
    head_row = bool(table.get("first_row_is_table_header")) or choice in ("row", "both")
    head_col = bool(table.get("first_col_is_header")) or choice in ("col", "column", "both")
    head = data[0] if head_row and data else None
    return {"head": head, "rows": data[1:] if head is not None else data, "first_col_is_header": head_col}


@register.simple_tag
def portal_status():
    """Active emergency notices and the visit total: one cache lookup (two queries when the cache is cold)."""
    status = site_status()
    now = timezone.now()
    return {
        "notices": [notice for notice in status["notices"] if notice.is_active(now)],
        "visits": status["visits"],
    }


@register.filter
def thousands(value):
    """12.345 – digits grouped the Vietnamese way."""
    try:
        return f"{int(value):,}".replace(",", ".")
    except (TypeError, ValueError):
        return ""


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    request = context.get("request")
    if not url:
        return ""
    return request.build_absolute_uri(url) if request is not None else url
