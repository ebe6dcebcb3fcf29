"""Consultation comments in Wagtail's admin: the list (filtered by consultation and status), moderation
(approve to show on the page, or hide with a reason: the edit view, logged) and the XLSX export for the
drafting unit."""

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.log_actions import log

from sections.models import ConsultationPage

from . import services
from .export import comments_workbook
from .models import ConsultationComment, Status

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class CommentFilterSet(WagtailFilterSet):
    page = django_filters.ModelChoiceFilter(
        label=_("Consultation"), queryset=ConsultationPage.objects.order_by("-closes_at")
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Status.choices)

    class Meta:
        model = ConsultationComment
        fields = ["page", "status"]


class ModerationForm(forms.ModelForm):
    """The decision on a comment: shown on the page, or not shown with a reason."""

    status = forms.ChoiceField(
        label=_("Decision"),
        choices=[(Status.APPROVED, Status.APPROVED.label), (Status.HIDDEN, Status.HIDDEN.label)],
    )

    class Meta:
        model = ConsultationComment
        fields = ["status", "status_reason"]
        labels = {"status_reason": _("Reason (required when the comment is not shown)")}
        widgets = {"status_reason": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.previous_status = self.instance.status

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == Status.HIDDEN and not (cleaned.get("status_reason") or "").strip():
            self.add_error("status_reason", _("Give the reason why this comment is not shown."))
        return cleaned


class CommentIndexView(generic.IndexView):
    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        page_id = self.request.GET.get("page", "")
        if page_id.isdigit():
            buttons.append(
                HeaderButton(
                    _("Export to XLSX"),
                    url=reverse("consultation_comments:export", args=[int(page_id)]),
                    icon_name="download",
                )
            )
        return buttons


class ModerateView(generic.EditView):
    template_name = "consultations/admin/moderate.html"
    success_message = _("Decision saved for comment %(object)s.")

    def save_instance(self):
        comment = self.form.instance
        comment.status = self.form.previous_status  # the form set the new one; the service logs the change
        services.moderate(
            comment,
            self.form.cleaned_data["status"],
            self.request.user,
            self.form.cleaned_data["status_reason"],
        )
        return comment

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["comment"] = self.object
        context["export_url"] = reverse("consultation_comments:export", args=[self.object.page_id])
        return context


class CommentViewSet(ModelViewSet):
    model = ConsultationComment
    icon = "comment"
    menu_label = _("Consultation comments")
    menu_name = "consultation-comments"
    menu_order = 260
    add_to_admin_menu = True
    url_prefix = "consultation-comments"
    name = "consultation_comments"
    copy_view_enabled = False
    filterset_class = CommentFilterSet
    search_fields = ["tracking_code", "body", "name", "organisation"]
    search_backend_name = None
    index_view_class = CommentIndexView
    edit_view_class = ModerateView
    list_display = [
        Column("tracking_code", label=_("Tracking code"), accessor="tracking_code"),
        Column("page", label=_("Consultation"), accessor="page"),
        Column("article", label=_("Article"), accessor="article_label"),
        Column("body", label=pgettext_lazy("consultation", "Comment"), accessor="excerpt"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("received_at", label=_("Received at")),
    ]

    def get_form_class(self, for_update=False):
        return ModerationForm

    def get_queryset(self, request):
        return ConsultationComment.objects.select_related("page")

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("export/<int:page_id>/", self.export_view, name="export")]

    def export_view(self, request, page_id):
        if not self.permission_policy.user_has_any_permission(request.user, ["change", "view"]):
            raise PermissionDenied
        page = get_object_or_404(ConsultationPage, pk=page_id)
        content = comments_workbook(page)
        log(instance=page, action=services.ACTION_EXPORTED, user=request.user)
        response = HttpResponse(content, content_type=XLSX)
        response["Content-Disposition"] = f'attachment; filename="gop-y-{page.slug}.xlsx"'
        return response


comment_viewset = CommentViewSet()
