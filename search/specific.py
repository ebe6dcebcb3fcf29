"""Pages as their own types (NewsPage, ProcedurePage, …) in one query.

Wagtail's `.specific()` reads each page type's table in a query of its own: a page of results that spans
ten page types costs ten queries. Here the page rows are read once, joined to the tables of the types
present (Django's `select_related` follows the reverse one-to-one link from `Page` down to each subclass,
building the subclass from the joined row), so a page of results costs one query whatever its types.
"""

import functools

from wagtail.models import Page


@functools.cache
def _links(model):
    """[(query name, accessor)] of the parent links from `Page` down to `model`, top first."""
    links = []
    current = model
    while current is not Page:
        parent, field = next(
            (parent, field) for parent, field in current._meta.parents.items() if issubclass(parent, Page)
        )
        links.insert(0, (field.related_query_name(), field.remote_field.get_accessor_name()))
        current = parent
    return tuple(links)


def _descend(page, links):
    for _name, accessor in links:
        page = getattr(page, accessor, None)
        if page is None:
            return None
    return page


def specific_pages(pages):
    """`pages` (Page instances, at least their pk and content type) as their specific types, in their
    order, read in one query. A page whose type's row is missing (or whose class is gone) stays a plain
    Page, as Wagtail's `.specific()` leaves it."""
    links = {}
    for page in pages:
        model = page.specific_class
        links[page.pk] = _links(model) if model is not None and model is not Page else ()
    joins = {"__".join(name for name, _accessor in chain) for chain in links.values() if chain}
    fetched = Page.objects.filter(pk__in=list(links)).select_related(*sorted(joins)) if links else []
    by_pk = {page.pk: page for page in fetched}
    specific = []
    for page in pages:
        found = by_pk.get(page.pk)
        item = _descend(found, links[page.pk]) if found is not None else None
        specific.append(item if item is not None else found or page)
    return specific
