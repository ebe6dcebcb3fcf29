"""Admin rules of the sections: only portal administrators add a section of the ward's own (Quy chế Art 6.2).

Wagtail's `can_create_at` knows the parent but not the user, and editors hold "add" on the whole tree (they
add articles everywhere), so the rule is checked when the create (or copy) view opens and when it is posted.
The list of page types offers it to administrators only (admin_views.py)."""

from django.core.exceptions import PermissionDenied
from wagtail import hooks

from core.permissions import is_administrator

from .admin_views import ADMINISTRATORS_ONLY


@hooks.register("before_create_page")
def only_administrators_add_general_sections(request, parent_page, page_class):
    if issubclass(page_class, ADMINISTRATORS_ONLY) and not is_administrator(request.user):
        raise PermissionDenied
    return None


@hooks.register("before_copy_page")
def only_administrators_copy_general_sections(request, page):
    """A copy is a new section too."""
    if issubclass(page.specific_class, ADMINISTRATORS_ONLY) and not is_administrator(request.user):
        raise PermissionDenied
    return None
