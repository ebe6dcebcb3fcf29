"""The register in Wagtail's admin: list with filters, inspect with attachments and signatures, the
create form for Facebook and paper, and the actions (assign, change status, create a draft)."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, UserColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from . import services
from .drafts import create_draft
from .forms import AssignForm, DraftForm, RecordCreateForm, StatusForm
from .models import Channel, IntakeAttachment, IntakeRecord, Status


class IntakeFilterSet(WagtailFilterSet):
    channel = django_filters.ChoiceFilter(label=gettext_lazy("Channel"), choices=Channel.choices)
    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=Status.choices)
    received_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Received at"), widget=DateRangePickerWidget
    )

    class Meta:
        model = IntakeRecord
        fields = ["channel", "status", "assignee", "received_at"]


class RecordEditForm(RecordCreateForm):
    class Meta(RecordCreateForm.Meta):
        fields = ["sender_name", "sender_email", "sender_phone", "sender_address", "subject", "body"]

    def __init__(self, *args, **kwargs):
        super(RecordCreateForm, self).__init__(*args, **kwargs)
        del self.fields["new_attachments"]


class IntakeCreateView(generic.CreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        fields = {
            key: data.get(key)
            for key in ("sender_name", "sender_email", "sender_phone", "sender_address", "assignee")
        }
        fields = {key: value for key, value in fields.items() if value not in (None, "")}
        return services.receive(
            channel=data["channel"],
            subject=data["subject"],
            body=data.get("body", ""),
            files=data.get("new_attachments") or [],
            user=self.request.user,
            received_at=data.get("received_at"),
            **fields,
        )


class IntakeInspectView(generic.InspectView):
    template_name = "intake/admin/inspect.html"
    viewset_namespace = ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        can_change = self.permission_policy.user_has_permission(user, "change")
        record = self.object
        context.update(
            {
                "record": record,
                "attachments": record.attachments.all(),
                "can_change": can_change,
                "assign_form": AssignForm(initial={"assignee": record.assignee_id}) if can_change else None,
                "status_form": StatusForm(initial={"status": record.status, "reason": record.status_reason})
                if can_change
                else None,
                "draft_form": DraftForm(user=user) if can_change and not record.has_draft else None,
                "assign_url": reverse(f"{self.viewset_namespace}:assign", args=[record.pk]),
                "status_url": reverse(f"{self.viewset_namespace}:status", args=[record.pk]),
                "draft_url": reverse(f"{self.viewset_namespace}:draft", args=[record.pk]),
                "history_url": reverse(f"{self.viewset_namespace}:history", args=[record.pk]),
                "attachment_url_name": f"{self.viewset_namespace}:attachment",
            }
        )
        return context

    def get_fields(self):
        return []


class IntakeViewSet(ModelViewSet):
    model = IntakeRecord
    icon = "mail"
    menu_label = gettext_lazy("Intake register")
    menu_name = "intake-register"
    menu_order = 250
    add_to_admin_menu = True
    url_prefix = "intake"
    name = "intake_register"
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = IntakeFilterSet
    search_fields = ["tracking_code", "subject", "body", "sender_name", "sender_email"]
    search_backend_name = None
    add_view_class = IntakeCreateView
    inspect_view_class = IntakeInspectView
    list_display = [
        "tracking_code",
        "subject",
        Column("channel", label=gettext_lazy("Channel"), accessor="get_channel_display"),
        Column("status", label=gettext_lazy("Status"), accessor="get_status_display"),
        UserColumn("assignee", label=gettext_lazy("Assignee")),
        DateColumn("received_at", label=gettext_lazy("Received at")),
    ]
    list_export = ["tracking_code", "channel", "received_at", "subject", "status", "assignee"]

    def get_form_class(self, for_update=False):
        return RecordEditForm if for_update else RecordCreateForm

    def get_queryset(self, request):
        return IntakeRecord.objects.select_related("assignee", "page")

    def get_inspect_view_kwargs(self, **kwargs):
        return {**super().get_inspect_view_kwargs(**kwargs), "viewset_namespace": self.url_namespace}

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("assign/<int:pk>/", self.guarded(assign_view), name="assign"),
            path("status/<int:pk>/", self.guarded(status_view), name="status"),
            path("draft/<int:pk>/", self.guarded(draft_view), name="draft"),
            path("attachment/<int:pk>/", self.guarded(attachment_view, write=False), name="attachment"),
        ]

    def guarded(self, function, write=True):
        viewset = self

        def view(request, pk):
            policy = viewset.permission_policy
            needed = ["change"] if write else ["add", "change", "view"]
            if not policy.user_has_any_permission(request.user, needed):
                raise PermissionDenied
            return function(request, pk, viewset)

        return require_POST(view) if write else view


def inspect_redirect(viewset, record):
    return redirect(reverse(viewset.get_url_name("inspect"), args=[record.pk]))


def assign_view(request, pk, viewset):
    record = get_object_or_404(IntakeRecord, pk=pk)
    form = AssignForm(request.POST)
    if form.is_valid():
        services.assign(record, form.cleaned_data["assignee"], request.user)
        messages.success(request, _("Assignee saved."))
    else:
        messages.error(request, _("The assignee could not be saved."))
    return inspect_redirect(viewset, record)


def status_view(request, pk, viewset):
    record = get_object_or_404(IntakeRecord, pk=pk)
    form = StatusForm(request.POST)
    if form.is_valid():
        services.change_status(record, form.cleaned_data["status"], request.user, form.cleaned_data["reason"])
        messages.success(request, _("Status saved."))
    else:
        errors = " ".join(error for errors in form.errors.values() for error in errors)
        messages.error(request, errors)
    return inspect_redirect(viewset, record)


def draft_view(request, pk, viewset):
    record = get_object_or_404(IntakeRecord, pk=pk)
    if record.has_draft:
        messages.error(request, _("A draft was already created from this record."))
        return inspect_redirect(viewset, record)
    form = DraftForm(request.POST, user=request.user)
    if not form.is_valid():
        messages.error(request, _("Choose a section you may add drafts to."))
        return inspect_redirect(viewset, record)
    try:
        target = create_draft(record, form.cleaned_data["target"], request.user)
    except PermissionError as error:
        raise PermissionDenied from error
    messages.success(request, _("Draft “%(title)s” created. It is not published.") % {"title": str(target)})
    if record.page_id:
        return redirect("wagtailadmin_pages:edit", record.page_id)
    if record.target_admin_url:
        return redirect(record.target_admin_url)
    return inspect_redirect(viewset, record)


def attachment_view(request, pk, viewset):
    attachment = get_object_or_404(IntakeAttachment, pk=pk)
    return FileResponse(attachment.file.open("rb"), as_attachment=True, filename=attachment.original_name)


intake_viewset = IntakeViewSet()
