"""Dialogue questions in the admin: the viewset and the audit log's actions, labelled in Vietnamese."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from . import services
from .admin_views import dialogue_viewset


@hooks.register("register_admin_viewset")
def register_dialogue_viewset():
    return dialogue_viewset


@hooks.register("register_log_actions")
def register_dialogue_log_actions(actions):
    actions.register_action(
        services.ACTION_RECEIVED, gettext_lazy("Question received"), gettext_lazy("Question received")
    )
    actions.register_action(
        services.ACTION_ACKNOWLEDGED,
        gettext_lazy("Acknowledgement sent"),
        gettext_lazy("Acknowledgement sent"),
    )
    actions.register_action(
        services.ACTION_PUBLISHED, gettext_lazy("Answer published"), gettext_lazy("Answer published")
    )

    @actions.register_action(services.ACTION_DRAFTED)
    class Drafted(LogFormatter):
        label = gettext_lazy("Answer recorded")

        def format_message(self, log_entry):
            return _("Answer recorded, given by %(leader)s") % {
                "leader": log_entry.data.get("answered_by", "")
            }

    @actions.register_action(services.ACTION_DECLINED)
    class Declined(LogFormatter):
        label = gettext_lazy("Not published")

        def format_message(self, log_entry):
            return _("Not published. Reason: %(reason)s") % {"reason": log_entry.data.get("reason", "")}
