"""Admin views of the editorial office: emergency publish, its report and acknowledgement, and the
deletion form that asks for a reason."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.reports import ReportView
from wagtail.log_actions import log
from wagtail.models import Page, ReferenceIndex
from wagtail.permission_policies import ModelPermissionPolicy

from . import roles
from .emergency import acknowledge, publish_in_emergency
from .forms import DeletionReasonForm, EmergencyPublishForm
from .models import EmergencyPublication

DELETE_WITH_REASON = "portal.delete_with_reason"


def emergency_publish(request, page_id):
    if not roles.can_emergency_publish(request.user):
        raise PermissionDenied
    page = get_object_or_404(Page, id=page_id).specific
    if page.is_root() or page.alias_of_id:
        # An alias follows its source page: publish the source instead.
        raise Http404
    form = EmergencyPublishForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        publish_in_emergency(page, request.user, form.cleaned_data["reason"])
        messages.warning(
            request,
            _("Page '%(title)s' was published in an emergency. The editor-in-chief will review it.")
            % {"title": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "moderation/emergency_publish.html",
        {
            "page": page,
            "form": form,
            "page_title": _("Emergency publish"),
            "page_subtitle": page.get_admin_display_title(),
            "header_icon": "warning",
        },
    )


@require_POST
def acknowledge_emergency(request, pk):
    if not roles.can_acknowledge_emergencies(request.user):
        raise PermissionDenied
    record = get_object_or_404(EmergencyPublication, pk=pk)
    acknowledge(record, request.user)
    messages.success(request, _("Emergency publication of '%(title)s' acknowledged.") % {"title": record})
    return redirect("moderation:emergency_publications")


class EmergencyPublicationReportView(ReportView):
    page_title = gettext_lazy("Emergency publications")
    header_icon = "warning"
    results_template_name = "moderation/emergency_publications_results.html"
    index_url_name = "moderation:emergency_publications"
    index_results_url_name = "moderation:emergency_publications_results"
    permission_policy = ModelPermissionPolicy(EmergencyPublication)
    permission_required = "view"
    list_export = ["published_at", "page_title", "user", "reason", "acknowledged_by", "acknowledged_at"]
    export_headings = {
        "published_at": gettext_lazy("Published at"),
        "page_title": gettext_lazy("Page"),
        "user": gettext_lazy("Published by"),
        "reason": gettext_lazy("Reason"),
        "acknowledged_by": gettext_lazy("Acknowledged by"),
        "acknowledged_at": gettext_lazy("Acknowledged at"),
    }

    def get_filename(self):
        return "emergency-publications"

    def get_queryset(self):
        return EmergencyPublication.objects.select_related("page", "user", "acknowledged_by")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_acknowledge"] = roles.can_acknowledge_emergencies(self.request.user)
        return context


def confirm_delete_with_reason(request, page):
    """`before_delete_page` hook: Wagtail has checked that the user may delete; ask why, and log it.

    Returning None lets Wagtail's delete view go on with the deletion, inside the same transaction."""
    form = DeletionReasonForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        log(
            instance=page,
            action=DELETE_WITH_REASON,
            user=request.user,
            deleted=True,
            data={
                "reason": form.cleaned_data["reason"],
                "url_path": page.url_path,
                "descendant_count": page.get_descendant_count(),
                "was_live": page.live,
            },
        )
        return None
    usage = ReferenceIndex.get_references_to(page).group_by_source_object()
    descendant_count = page.get_descendant_count()
    return TemplateResponse(
        request,
        "moderation/confirm_delete.html",
        {
            "page": page,
            "form": form,
            "next": get_valid_next_url_from_request(request),
            "descendant_count": descendant_count,
            "total_pages": descendant_count + 1,
            "type_to_confirm_before_delete": descendant_count + 1
            >= getattr(settings, "WAGTAILADMIN_UNSAFE_PAGE_DELETION_LIMIT", 10),
            "wagtail_site_name": getattr(settings, "WAGTAIL_SITE_NAME", "wagtail"),
            "model_opts": page._meta,
            "usage_url": reverse("wagtailadmin_pages:usage", args=(page.id,)) + "?describe_on_delete=1",
            "usage_count": usage.count(),
            "is_protected": usage.is_protected,
            "page_title": _("Delete"),
            "page_subtitle": page.get_admin_display_title(),
            "header_icon": "doc-empty-inverse",
        },
    )
