"""The intake register in Wagtail's admin: its viewset, its audit log actions, and, on a page made from a
record, a note saying where it came from."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin import messages
from wagtail.log_actions import LogFormatter

from . import privacy, recipients, services
from .admin_views import intake_viewset
from .drafts import records_for
from .models import IntakeRecord, Status


@hooks.register("register_admin_viewset")
def register_intake_viewset():
    return intake_viewset


def status_label(value):
    return str(dict(Status.choices).get(value, value))


@hooks.register("register_log_actions")
def register_intake_log_actions(actions):
    @actions.register_action(privacy.ACTION_FILE_RELEASED)
    class FileReleased(LogFormatter):
        label = gettext_lazy("Made public with the published content")
        message = gettext_lazy("A citizen's file was made public with the page or document that uses it")

    @actions.register_action(services.ACTION_RECEIVED)
    class Received(LogFormatter):
        label = gettext_lazy("Received")

        def format_message(self, log_entry):
            return _("Received (%(count)s attachments)") % {"count": log_entry.data.get("attachments", 0)}

    @actions.register_action(services.ACTION_ASSIGNED)
    class Assigned(LogFormatter):
        label = gettext_lazy("Assigned")

        def format_message(self, log_entry):
            to = log_entry.data.get("to") or _("nobody")
            return _("Assigned to %(user)s") % {"user": to}

    @actions.register_action(services.ACTION_STATUS)
    class StatusChanged(LogFormatter):
        label = gettext_lazy("Status changed")

        def format_message(self, log_entry):
            data = log_entry.data
            message = _("Status changed from “%(old)s” to “%(new)s”") % {
                "old": status_label(data.get("from")),
                "new": status_label(data.get("to")),
            }
            if data.get("reason"):
                message += _(". Reason: %(reason)s") % {"reason": data["reason"]}
            return message

    @actions.register_action(services.ACTION_DRAFT)
    class DraftCreated(LogFormatter):
        label = gettext_lazy("Draft created")

        def format_message(self, log_entry):
            return _("Draft created: %(title)s") % {"title": log_entry.data.get("target", "")}

    @actions.register_action(recipients.ACTION_ADDRESSED_DRAFT)
    class AddressedDraftCreated(LogFormatter):
        label = gettext_lazy("Legal document draft created automatically")

        def format_message(self, log_entry):
            return _("The portal is among the recipients: draft legal document %(title)s created") % {
                "title": log_entry.data.get("target", "")
            }

    @actions.register_action(services.ACTION_ACKNOWLEDGED)
    class Acknowledged(LogFormatter):
        label = gettext_lazy("Acknowledgement sent")

        def format_message(self, log_entry):
            return _("Acknowledgement sent to %(email)s") % {"email": log_entry.data.get("email", "")}

    @actions.register_action(services.PAGE_ACTION_FROM_INTAKE)
    class PageFromRecord(LogFormatter):
        label = gettext_lazy("Draft created from the intake register")

        def format_message(self, log_entry):
            return _("Draft created from intake record %(code)s") % {"code": log_entry.data.get("code", "")}


def origin_message(record):
    url = reverse(intake_viewset.get_url_name("inspect"), args=[record.pk])
    return format_html(
        '{} <a href="{}">{}</a>',
        _("This draft was created from the intake register:"),
        url,
        f"{record.tracking_code} – {record.subject}",
    )


@hooks.register("before_edit_page")
def show_intake_origin(request, page):
    if request.method != "GET":
        return None
    for record in IntakeRecord.objects.filter(page=page):
        messages.info(request, origin_message(record))
    return None


@hooks.register("before_edit_snippet")
def show_intake_origin_of_snippet(request, instance):
    """The same note on a legal document (or any other target) made from a record."""
    if request.method != "GET":
        return None
    for record in records_for(instance):
        messages.info(request, origin_message(record))
    return None
