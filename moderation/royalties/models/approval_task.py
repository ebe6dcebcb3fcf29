"""RoyaltyApprovalTask, the workflow's final step, and its behaviour: approving asks for the royalty.

Wagtail gives the task's "approve" form to both ways of approving: the workflow action modal (its cleaned
data are passed to `on_action`) and the page editor's "save and approve" (the modal's cleaned data come
back as JSON). Both arrive here and are validated again with the same form, so nothing unchecked is stored.
The royalty fields are optional: an approval without a coefficient publishes as before, and the item is
listed in Reports → Royalties to set, for the editor-in-chief to complete later.

The review rule (moderation/review_rule.py): the item's authors and editors in this run, and whoever approved
the first step, are neither offered the final approval nor given it if they try.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask

from ...review_rule import ReviewRuleMixin, refuse_barred_approval
from ..forms import RoyaltyApprovalForm
from ..services import record_royalty


def approval_actions(actions):
    """The actions left by the review rule, with both "Approve" entries replaced by one that opens the
    form; none at all when the rule took approval away."""
    if not any(action[0] == "approve" for action in actions):
        return actions
    others = [action for action in actions if action[0] != "approve"]
    return others + [("approve", _("Approve and set royalty"), True)]


def as_form_data(kwargs):
    data = dict(kwargs)
    data.setdefault("comment", "")
    data.setdefault("kind", "tin")
    if data.get("coefficient") is None:
        data["coefficient"] = ""
    return data


@transaction.atomic
def approve_with_royalty(task, task_state, user, kwargs):
    refuse_barred_approval(task, task_state, user)
    form = RoyaltyApprovalForm(data=as_form_data(kwargs))
    if not form.is_valid():
        raise ValidationError(form.errors.as_text())
    data = form.cleaned_data
    result = GroupApprovalTask.on_action(task, task_state, user, "approve", comment=data["comment"])
    if data["coefficient"] not in (None, ""):
        task_state.refresh_from_db()
        obj = task_state.workflow_state.content_object
        record_royalty(
            obj,
            user=user,
            kind=data["kind"],
            coefficient=data["coefficient"],
            contributors=data["contributors"],
            outside_authors=data["outside_authors"],
            task_state=task_state,
        )
    return result


class RoyaltyApprovalTask(ReviewRuleMixin, GroupApprovalTask):
    """The final approval of the review workflow, which also sets the item's royalty.

    A group approval task (same groups, same rights), whose "Approve" asks for the authors, the kind of
    work and the coefficient."""

    class Meta:
        verbose_name = _("Group approval with royalties")
        verbose_name_plural = _("Group approvals with royalties")

    def get_actions(self, obj, user):
        return approval_actions(super().get_actions(obj, user))

    def get_form_for_action(self, action):
        if action == "approve":
            return RoyaltyApprovalForm
        return super().get_form_for_action(action)

    def get_template_for_action(self, action):
        if action == "approve":
            return "royalties/approve_modal.html"
        return super().get_template_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            return approve_with_royalty(self, task_state, user, kwargs)
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve; on approval they set the item's authors, kind of work "
            "and royalty coefficient"
        )
