"""The queue of questions in Wagtail's admin: the list with days left (overdue highlighted) and filters,
a question's page, and its actions (assign, decline with a reason, draft the answer)."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from core.models import WorkingCalendar

from . import services
from .drafts import create_answer_draft
from .forms import AssignForm, DeclineForm
from .models import QuestionRecord, Status


class QuestionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=Status.choices)
    field = django_filters.AllValuesFilter(label=pgettext_lazy("subject area", "Field"))

    class Meta:
        model = QuestionRecord
        fields = ["status", "field"]


class DaysLeftColumn(Column):
    """Working days left before the deadline; overdue questions stand out."""

    cell_template_name = "questions/admin/days_left_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        calendar = WorkingCalendar.for_request(parent_context.get("request"))
        context["days_left"] = days = instance.working_days_left(calendar)
        context["overdue_days"] = -days if days is not None and days < 0 else 0
        return context


class QuestionIndexView(generic.IndexView):
    def get_edit_url(self, instance):
        """A question opens on its own page, where it is handled (not on the form that corrects its field)."""
        return None


class QuestionInspectView(generic.InspectView):
    template_name = "questions/admin/inspect.html"
    viewset_namespace = ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        record = self.object
        can_change = self.permission_policy.user_has_permission(self.request.user, "change")
        url = lambda name: reverse(f"{self.viewset_namespace}:{name}", args=[record.pk])  # noqa: E731
        context.update(
            {
                "record": record,
                "days_left": record.working_days_left(),
                "can_change": can_change and record.is_open,
                "assign_form": AssignForm(
                    initial={"assignee": record.assignee_id, "assignee_unit": record.assignee_unit}
                ),
                "decline_form": DeclineForm(),
                "assign_url": url("assign"),
                "decline_url": url("decline"),
                "draft_url": url("draft"),
                "attachment_url": url("attachment") if record.attachment else "",
                "history_url": url("history"),
            }
        )
        return context

    def get_fields(self):
        return []


class QuestionViewSet(ModelViewSet):
    model = QuestionRecord
    icon = "help"
    menu_label = gettext_lazy("Questions from citizens")
    menu_name = "citizen-questions"
    menu_order = 251
    add_to_admin_menu = True
    url_prefix = "questions"
    name = "citizen_questions"
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = QuestionFilterSet
    search_fields = ["tracking_code", "question"]
    search_backend_name = None
    index_view_class = QuestionIndexView
    inspect_view_class = QuestionInspectView
    form_fields = ["field"]
    list_display = [
        "tracking_code",
        Column("short_question", label=gettext_lazy("Question")),
        Column("field_label", label=pgettext_lazy("subject area", "Field")),
        Column("status", label=gettext_lazy("Status"), accessor="get_status_display"),
        Column("assigned_to", label=gettext_lazy("Assigned to")),
        DateColumn("received_at", label=gettext_lazy("Received at")),
        Column(
            "deadline",
            label=gettext_lazy("Answer due by"),
            accessor=lambda record: f"{record.deadline:%d/%m/%Y}",
        ),
        DaysLeftColumn("days_left", label=gettext_lazy("Working days left")),
    ]

    def get_queryset(self, request):
        return QuestionRecord.objects.select_related("assignee", "page")

    def get_inspect_view_kwargs(self, **kwargs):
        return {**super().get_inspect_view_kwargs(**kwargs), "viewset_namespace": self.url_namespace}

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("assign/<int:pk>/", self.guarded(assign_view), name="assign"),
            path("decline/<int:pk>/", self.guarded(decline_view), name="decline"),
            path("draft/<int:pk>/", self.guarded(draft_view), name="draft"),
            path("attachment/<int:pk>/", self.guarded(attachment_view, write=False), name="attachment"),
        ]

    def guarded(self, function, write=True):
        viewset = self

        def view(request, pk):
            needed = ["change"] if write else ["change", "view"]
            if not viewset.permission_policy.user_has_any_permission(request.user, needed):
                raise PermissionDenied
            return function(request, pk, viewset)

        return require_POST(view) if write else view


def inspect_redirect(viewset, record):
    return redirect(reverse(viewset.get_url_name("inspect"), args=[record.pk]))


def assign_view(request, pk, viewset):
    record = get_object_or_404(QuestionRecord, pk=pk)
    form = AssignForm(request.POST)
    if not record.is_open:
        messages.error(request, _("This question is already closed."))
    elif form.is_valid():
        services.assign(
            record, form.cleaned_data["assignee"], form.cleaned_data["assignee_unit"], request.user
        )
        messages.success(request, _("Assignment saved."))
    else:
        messages.error(request, " ".join(error for errors in form.errors.values() for error in errors))
    return inspect_redirect(viewset, record)


def decline_view(request, pk, viewset):
    record = get_object_or_404(QuestionRecord, pk=pk)
    form = DeclineForm(request.POST)
    if not record.is_open:
        messages.error(request, _("This question is already closed."))
    elif form.is_valid():
        services.decline(record, form.cleaned_data["reason"], request.user)
        messages.success(request, _("The question was declined."))
    else:
        messages.error(request, " ".join(error for errors in form.errors.values() for error in errors))
    return inspect_redirect(viewset, record)


def draft_view(request, pk, viewset):
    record = get_object_or_404(QuestionRecord, pk=pk)
    if record.page_id:
        return redirect("wagtailadmin_pages:edit", record.page_id)
    if not record.is_open:
        messages.error(request, _("This question is already closed."))
        return inspect_redirect(viewset, record)
    try:
        page = create_answer_draft(record, request.user)
    except PermissionError as error:
        raise PermissionDenied from error
    except LookupError:
        messages.error(request, _("There is no questions and answers section to put the answer in."))
        return inspect_redirect(viewset, record)
    messages.success(request, _("Draft answer created. Write the answer, then submit it for review."))
    return redirect("wagtailadmin_pages:edit", page.pk)


def attachment_view(request, pk, viewset):
    record = get_object_or_404(QuestionRecord, pk=pk)
    if not record.attachment:
        raise Http404
    name = record.attachment_name or record.attachment.name.rsplit("/", 1)[-1]
    return FileResponse(record.attachment.open("rb"), as_attachment=True, filename=name)


question_viewset = QuestionViewSet()
