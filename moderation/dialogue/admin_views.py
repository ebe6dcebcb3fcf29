"""Dialogue questions in Wagtail's admin: the list (by dialogue and status), and a page per question where an
editor records the answer a leader gives (or declines the question) and the editor-in-chief publishes it."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from . import services
from .forms import AnswerForm, DeclineForm
from .models import DialogueQuestion, Status


class DialogueFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=Status.choices)

    class Meta:
        model = DialogueQuestion
        fields = ["page", "status"]


class QuestionInspectView(generic.InspectView):
    template_name = "dialogue/admin/inspect.html"
    viewset_namespace = ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        question, user = self.object, self.request.user
        open_ = question.status != Status.PUBLISHED
        context.update(
            {
                "question": question,
                "answer_form": AnswerForm(
                    initial={"answer": question.answer, "answered_by": question.answered_by},
                    leaders=question.page.participant_names,
                )
                if open_ and services.can_draft(user)
                else None,
                "decline_form": DeclineForm() if open_ and services.can_draft(user) else None,
                "can_publish": question.status == Status.DRAFTED and services.can_publish(user),
                "answer_url": reverse(f"{self.viewset_namespace}:answer", args=[question.pk]),
                "decline_url": reverse(f"{self.viewset_namespace}:decline", args=[question.pk]),
                "publish_url": reverse(f"{self.viewset_namespace}:publish", args=[question.pk]),
                "history_url": reverse(f"{self.viewset_namespace}:history", args=[question.pk]),
            }
        )
        return context

    def get_fields(self):
        return []


class QuestionEditView(generic.EditView):
    """Answers are recorded through the inspect page's actions (logged, two steps), never the generic form."""

    def dispatch(self, request, *args, **kwargs):
        return redirect(reverse(self.inspect_url_name, args=[kwargs["pk"]]))


class NoAddView(generic.CreateView):
    """Questions come only from the public form."""

    def dispatch(self, request, *args, **kwargs):
        raise PermissionDenied


class DialogueViewSet(ModelViewSet):
    model = DialogueQuestion
    icon = "help"
    menu_label = gettext_lazy("Online dialogue questions")
    menu_name = "dialogue-questions"
    menu_order = 255
    add_to_admin_menu = True
    url_prefix = "dialogue"
    name = "dialogue_questions"
    inspect_view_enabled = True
    inspect_view_class = QuestionInspectView
    edit_view_class = QuestionEditView
    add_view_class = NoAddView
    copy_view_enabled = False
    filterset_class = DialogueFilterSet
    search_fields = ["tracking_code", "question", "answer"]
    search_backend_name = None
    form_fields = ["answer", "answered_by"]
    list_display = [
        "tracking_code",
        Column("question", label=gettext_lazy("Question"), accessor="question"),
        Column("page", label=gettext_lazy("Online dialogue"), accessor="page"),
        Column("status", label=gettext_lazy("Status"), accessor="get_status_display"),
        DateColumn("received_at", label=gettext_lazy("Received at")),
    ]
    list_export = ["tracking_code", "page", "received_at", "question", "status", "answered_by", "answer"]

    def get_queryset(self, request):
        return DialogueQuestion.objects.select_related("page")

    def get_inspect_view_kwargs(self, **kwargs):
        return {**super().get_inspect_view_kwargs(**kwargs), "viewset_namespace": self.url_namespace}

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("answer/<int:pk>/", self.action(answer_view), name="answer"),
            path("decline/<int:pk>/", self.action(decline_view), name="decline"),
            path("publish/<int:pk>/", self.action(publish_view), name="publish"),
        ]

    def action(self, function):
        viewset = self

        def view(request, pk):
            if not viewset.permission_policy.user_has_permission(request.user, "change"):
                raise PermissionDenied
            question = get_object_or_404(DialogueQuestion.objects.select_related("page"), pk=pk)
            try:
                function(request, question)
            except PermissionError as error:
                raise PermissionDenied from error
            return redirect(reverse(viewset.get_url_name("inspect"), args=[question.pk]))

        return require_POST(view)


def answer_view(request, question):
    form = AnswerForm(request.POST, leaders=question.page.participant_names)
    if not form.is_valid():
        messages.error(request, _("Choose the leader who answered and enter the answer."))
        return
    try:
        services.draft_answer(
            question, form.cleaned_data["answer"], form.cleaned_data["answered_by"], request.user
        )
    except ValueError:
        messages.error(request, _("A published answer cannot be changed."))
        return
    messages.success(request, _("Answer saved. It is not public until the editor-in-chief publishes it."))


def decline_view(request, question):
    form = DeclineForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the reason for not publishing the question."))
        return
    try:
        services.decline(question, form.cleaned_data["reason"], request.user)
    except ValueError:
        messages.error(request, _("A published answer cannot be declined."))
        return
    messages.success(request, _("The question will not be published."))


def publish_view(request, question):
    try:
        services.publish_answer(question, request.user)
    except ValueError:
        messages.error(request, _("Only a saved answer can be published."))
        return
    messages.success(request, _("Answer published on the dialogue's page."))


dialogue_viewset = DialogueViewSet()
