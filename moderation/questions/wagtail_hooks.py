"""The questions queue in Wagtail's admin, its audit log actions, and on a draft answer a note saying which
question it answers."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from wagtail import hooks
from wagtail.admin import messages
from wagtail.log_actions import LogFormatter

from . import services
from .admin_views import question_viewset
from .models import QuestionRecord


@hooks.register("register_admin_viewset")
def register_question_viewset():
    return question_viewset


@hooks.register("register_log_actions")
def register_question_log_actions(actions):
    actions.register_action(
        services.ACTION_RECEIVED, gettext_lazy("Question received"), gettext_lazy("Question received")
    )
    actions.register_action(
        services.ACTION_ACKNOWLEDGED,
        gettext_lazy("Acknowledgement sent"),
        gettext_lazy("Acknowledgement sent to the asker"),
    )
    actions.register_action(
        services.ACTION_ANSWERED,
        pgettext_lazy("question status", "Answered"),
        gettext_lazy("The answer page was published"),
    )
    actions.register_action(
        services.ACTION_NOTIFIED,
        gettext_lazy("Asker notified"),
        gettext_lazy("The asker was sent the answer's link"),
    )

    @actions.register_action(services.ACTION_ASSIGNED)
    class Assigned(LogFormatter):
        label = gettext_lazy("Assigned")

        def format_message(self, log_entry):
            to = " · ".join(part for part in (log_entry.data.get("to"), log_entry.data.get("unit")) if part)
            return _("Assigned to %(assignee)s") % {"assignee": to}

    @actions.register_action(services.ACTION_DECLINED)
    class Declined(LogFormatter):
        label = gettext_lazy("Declined")

        def format_message(self, log_entry):
            return _("Declined. Reason: %(reason)s") % {"reason": log_entry.data.get("reason", "")}

    @actions.register_action(services.ACTION_DRAFT)
    class AnswerDrafted(LogFormatter):
        label = gettext_lazy("Answer drafted")

        def format_message(self, log_entry):
            return _("Draft answer created: %(title)s") % {"title": log_entry.data.get("title", "")}

    @actions.register_action(services.PAGE_ACTION_FROM_QUESTION)
    class PageFromQuestion(LogFormatter):
        label = gettext_lazy("Draft answer created from a citizen's question")

        def format_message(self, log_entry):
            return _("Draft answer created from question %(code)s") % {"code": log_entry.data.get("code", "")}


@hooks.register("before_edit_page")
def show_question_origin(request, page):
    if request.method != "GET":
        return None
    for record in QuestionRecord.objects.filter(page=page):
        url = reverse(question_viewset.get_url_name("inspect"), args=[record.pk])
        messages.info(
            request,
            format_html(
                '{} <a href="{}">{}</a>',
                _("This page answers the citizen's question"),
                url,
                record.tracking_code,
            ),
        )
    return None
