"""Wagtail's list of page types to add under a page (`wagtailadmin_pages:add_subpage`), served at
Wagtail's own address (duongkinh/urls.py), without the types only administrators add
(`ADMINISTRATORS_ONLY`) for anyone else. Wagtail asks each type `can_create_at(parent)`, which does not
know the user: editors were offered "Chuyên mục của đơn vị" and refused when they chose it, and under the
home page, where it is the only type left to add, Wagtail went straight to that refusal. The rest follows
Wagtail's `add_subpage` (wagtail/admin/views/pages/create.py), with its template."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.pages.create import add_subpage as wagtail_add_subpage
from wagtail.models import Page

from core.permissions import is_administrator

from .models import GeneralSectionPage

ADMINISTRATORS_ONLY = (GeneralSectionPage,)


def add_subpage(request, parent_page_id):
    if is_administrator(request.user):
        return wagtail_add_subpage(request, parent_page_id)
    parent_page = get_object_or_404(Page, id=parent_page_id).specific
    if not parent_page.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    page_types = sorted(
        (
            (
                model.get_verbose_name(),
                model._meta.app_label,
                model._meta.model_name,
                model.get_page_description(),
            )
            for model in type(parent_page).creatable_subpage_models()
            if model.can_create_at(parent_page) and not issubclass(model, ADMINISTRATORS_ONLY)
        ),
        key=lambda page_type: page_type[0].lower(),
    )
    if len(page_types) == 1:
        _name, app_label, model_name, _description = page_types[0]
        return redirect("wagtailadmin_pages:add", app_label, model_name, parent_page.id)
    return TemplateResponse(
        request,
        "wagtailadmin/pages/add_subpage.html",
        {
            "parent_page": parent_page,
            "page_types": page_types,
            "next": get_valid_next_url_from_request(request),
        },
    )
