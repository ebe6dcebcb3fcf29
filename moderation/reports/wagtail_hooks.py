"""The two registers in the admin menu, and their audit log actions with Vietnamese labels."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from . import services
from .admin_views import feedback_viewset, request_viewset
from .models import FeedbackStatus, RequestStatus

STATUS_LABELS = {**dict(FeedbackStatus.choices), **dict(RequestStatus.choices)}


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    return feedback_viewset


@hooks.register("register_admin_viewset")
def register_request_viewset():
    return request_viewset


@hooks.register("register_log_actions")
def register_reports_log_actions(actions):
    @actions.register_action(services.ACTION_RECEIVED)
    class Received(LogFormatter):
        label = gettext_lazy("Received from the public form")

    @actions.register_action(services.ACTION_ACKNOWLEDGED)
    class Acknowledged(LogFormatter):
        label = gettext_lazy("Acknowledgement sent")

    @actions.register_action(services.ACTION_ASSIGNED)
    class Assigned(LogFormatter):
        label = gettext_lazy("Assigned")

        def format_message(self, log_entry):
            return _("Assigned to %(user)s") % {"user": log_entry.data.get("to") or _("nobody")}

    @actions.register_action(services.ACTION_STATUS)
    class StatusChanged(LogFormatter):
        label = gettext_lazy("Status changed")

        def format_message(self, log_entry):
            data = log_entry.data
            message = _("Status changed from “%(old)s” to “%(new)s”") % {
                "old": str(STATUS_LABELS.get(data.get("from"), data.get("from"))),
                "new": str(STATUS_LABELS.get(data.get("to"), data.get("to"))),
            }
            if data.get("reason"):
                message += _(". Reason: %(reason)s") % {"reason": data["reason"]}
            return message

    @actions.register_action(services.ACTION_REPLIED)
    class Replied(LogFormatter):
        label = gettext_lazy("Reply")

        def format_message(self, log_entry):
            if log_entry.data.get("sent"):
                return _("Reply emailed to the sender")
            return _("Reply written")

    @actions.register_action(services.ACTION_EXTENDED)
    class Extended(LogFormatter):
        label = gettext_lazy("Time limit extended")

        def format_message(self, log_entry):
            return _("Time limit extended by %(days)s working days. Reason: %(reason)s") % {
                "days": log_entry.data.get("days", 0),
                "reason": log_entry.data.get("reason", ""),
            }

    @actions.register_action(services.ACTION_ANSWERED)
    class Answered(LogFormatter):
        label = gettext_lazy("Answer recorded")
