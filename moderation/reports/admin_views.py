"""The two registers in Wagtail's admin. Each record opens (inspect) with what the public sent; staff
who handle it change its status, assignee, reply or answer in the edit view, and each change is logged
(services.log_changes). The ID number of a requester is shown only to those who may change the register,
and is exported only to administrators."""

import django_filters
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, UserColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from core.models import WorkingCalendar
from moderation import roles

from . import services
from .forms import FeedbackHandlingForm, RequestHandlingForm
from .models import FeedbackKind, FeedbackStatus, InformationRequest, PortalFeedback, RequestStatus

PERSONAL_REQUEST_FIELDS = ["full_name", "id_number", "address", "phone", "email", "organisation"]


class RegisterPermissionPolicy(ModelPermissionPolicy):
    """Records come only from the public forms and are kept: nobody adds or deletes one in the admin."""

    def user_has_permission(self, user, action):
        return action not in {"add", "delete"} and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class RegisterViewSet(ModelViewSet):
    inspect_view_enabled = True
    copy_view_enabled = False
    search_backend_name = None
    add_to_admin_menu = True

    @property
    def permission_policy(self):
        return RegisterPermissionPolicy(self.model)

    def get_form_class(self, for_update=False):
        return self.form_class


class HandlingEditView(generic.EditView):
    """Saves the record and logs each change that matters (status, assignee, reply, extension, answer)."""

    def save_instance(self):
        before = type(self.object).objects.get(pk=self.object.pk)
        instance = super().save_instance()
        services.log_changes(instance, before, self.request.user)
        return instance


class RegisterInspectView(generic.InspectView):
    def get_fields(self):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["record"] = self.object
        context["can_change"] = self.permission_policy.user_has_permission(self.request.user, "change")
        context["edit_url"] = self.get_edit_url()
        if isinstance(self.object, InformationRequest):
            context["days_left_label"] = days_left_label(self.object.days_left())
        return context


class FeedbackFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=gettext_lazy("Kind of problem"), choices=FeedbackKind.choices)
    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=FeedbackStatus.choices)
    received_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Received at"), widget=DateRangePickerWidget
    )

    class Meta:
        model = PortalFeedback
        fields = ["kind", "status", "assignee", "received_at"]


class FeedbackViewSet(RegisterViewSet):
    model = PortalFeedback
    icon = "comment"
    menu_label = gettext_lazy("Portal feedback")
    menu_name = "portal-feedback"
    menu_order = 251
    url_prefix = "gop-y"
    name = "portal_feedback"
    filterset_class = FeedbackFilterSet
    search_fields = ["tracking_code", "description", "page_url"]
    form_class = FeedbackHandlingForm
    edit_view_class = HandlingEditView
    inspect_view_class = RegisterInspectView
    edit_template_name = "reports/admin/edit.html"
    inspect_template_name = "reports/admin/inspect.html"
    list_display = [
        "tracking_code",
        Column("kind", label=gettext_lazy("Kind of problem"), accessor="get_kind_display"),
        Column("page_url", label=gettext_lazy("Page")),
        Column("status", label=gettext_lazy("Status"), accessor="get_status_display"),
        UserColumn("assignee", label=gettext_lazy("Assignee")),
        DateColumn("received_at", label=gettext_lazy("Received at")),
    ]
    list_export = [
        "tracking_code",
        "received_at",
        "kind",
        "page_url",
        "description",
        "status",
        "status_reason",
        "assignee",
        "reply",
    ]

    def get_queryset(self, request):
        return PortalFeedback.objects.select_related("assignee")


class RequestFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=RequestStatus.choices)
    received_on = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Day the valid request was received"), widget=DateRangePickerWidget
    )

    class Meta:
        model = InformationRequest
        fields = ["status", "assignee", "received_on"]


class DaysLeftColumn(Column):
    """Working days left before the deadline, or how late; one working calendar for the whole list."""

    def get_value(self, instance):
        return instance

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        calendar = WorkingCalendar.for_request(parent_context.get("request"))
        context["value"] = days_left_label(instance.days_left(calendar=calendar))
        return context


def days_left_label(days):
    if days is None:
        return "—"
    if days < 0:
        return ngettext("Overdue by %(days)d working day", "Overdue by %(days)d working days", -days) % {
            "days": -days
        }
    if days == 0:
        return _("Due today")
    return ngettext("%(days)d working day left", "%(days)d working days left", days) % {"days": days}


class RequestIndexView(generic.IndexView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if roles.is_administrator(request.user):
            self.list_export = [*self.list_export, *PERSONAL_REQUEST_FIELDS]


class RequestViewSet(RegisterViewSet):
    model = InformationRequest
    icon = "clipboard-list"
    menu_label = gettext_lazy("Information requests")
    menu_name = "information-requests"
    menu_order = 252
    url_prefix = "yeu-cau-thong-tin"
    name = "information_requests"
    filterset_class = RequestFilterSet
    search_fields = ["tracking_code", "information"]
    form_class = RequestHandlingForm
    index_view_class = RequestIndexView
    edit_view_class = HandlingEditView
    inspect_view_class = RegisterInspectView
    edit_template_name = "reports/admin/edit.html"
    inspect_template_name = "reports/admin/inspect.html"
    list_display = [
        "tracking_code",
        Column("information", label=gettext_lazy("Information requested")),
        Column("status", label=gettext_lazy("Status"), accessor="get_status_display"),
        UserColumn("assignee", label=gettext_lazy("Assignee")),
        DateColumn("received_on", label=gettext_lazy("Received on")),
        DateColumn("deadline", label=gettext_lazy("Deadline")),
        DaysLeftColumn("days_left", label=gettext_lazy("Days left")),
    ]
    list_export = [
        "tracking_code",
        "received_on",
        "simple",
        "deadline",
        "extension_days",
        "extension_reason",
        "status",
        "refusal_reason",
        "information",
        "purpose",
        "delivery",
        "answer",
        "provided_how",
        "provided_on",
        "assignee",
    ]

    def get_queryset(self, request):
        return InformationRequest.objects.select_related("assignee")


feedback_viewset = FeedbackViewSet()
request_viewset = RequestViewSet()
