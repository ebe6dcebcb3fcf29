"""RoyaltyApprovalTask, the workflow's final step, and its behaviour: approving asks for the royalty.

Wagtail gives the task's "approve" form to both ways of approving: the workflow action modal (its cleaned
data are passed to `on_action`) and the page editor's "save and approve" (the modal's cleaned data come
back as JSON). Both arrive here and are validated again with the same form, so nothing unchecked is stored.
The royalty fields are optional: an approval without a coefficient publishes as before, and the item is
listed in Reports → Royalties to set, for the editor-in-chief to complete later.

Two-person review: whoever approved an earlier step of the same workflow run (a superuser can approve every
step) is not offered the final approval, and is refused it if they try, unless
MODERATION_ALLOW_SAME_REVIEWER is set.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask, TaskState

from ..forms import RoyaltyApprovalForm
from ..services import record_royalty


def earlier_approval_by(workflow_state, user, task):
    """The approval of an earlier step of this workflow run that `user` gave, if any."""
    if workflow_state is None or user is None or not user.is_authenticated:
        return None
    return (
        workflow_state.task_states.filter(status=TaskState.STATUS_APPROVED, finished_by=user)
        .exclude(task=task)
        .select_related("task")
        .first()
    )


def same_reviewer_message(task_state):
    return _(
        "You approved the step “%(step)s” of this item. Under the two-person review rule, the final "
        "approval must be given by someone else."
    ) % {"step": task_state.task.name}


def blocked_by_two_person_rule(task, workflow_state, user):
    """The earlier approval that stops `user` from giving the final one (None when they may)."""
    if getattr(settings, "MODERATION_ALLOW_SAME_REVIEWER", False):
        return None
    return earlier_approval_by(workflow_state, user, task)


def approval_actions(task, actions, obj=None, user=None):
    """Group approval's actions, with both "Approve" entries replaced by one that opens the form; no
    approval at all for the person who approved an earlier step (two-person review)."""
    if not actions:
        return actions
    others = [action for action in actions if action[0] != "approve"]
    workflow_state = getattr(obj, "current_workflow_state", None) if obj is not None else None
    if blocked_by_two_person_rule(task, workflow_state, user):
        return others
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
    earlier = blocked_by_two_person_rule(task, task_state.workflow_state, user)
    if earlier is not None:
        raise PermissionDenied(same_reviewer_message(earlier))
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


class RoyaltyApprovalTask(GroupApprovalTask):
    """The final approval of the review workflow, which also sets the item's royalty.

    A group approval task (same groups, same rights), whose "Approve" asks for the authors, the kind of
    work and the coefficient."""

    class Meta:
        verbose_name = _("Group approval with royalties")
        verbose_name_plural = _("Group approvals with royalties")

    def get_actions(self, obj, user):
        return approval_actions(self, super().get_actions(obj, user), obj=obj, user=user)

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
