"""The review rule: nobody approves their own work, and nobody approves two steps of the same item.

In one run of the review workflow (a `WorkflowState`), these people may approve no step:
- whoever submitted it (`requested_by`),
- the author of every revision a step was started on (the submitted revision, and any resubmitted one),
- whoever saved a revision of the item while the run was in progress (an editor who changes the text while
  reviewing it is approving their own words: "save and approve" is refused too when it saved changes).
And whoever approved one step may not approve another step of the same run.

Superusers included. `MODERATION_ALLOW_SAME_REVIEWER` switches the rule off for a one-person test install.
Each task of the review workflow mixes `ReviewRuleMixin` in: Wagtail asks `get_actions` what to offer (the
dashboard, the editor's action menu, the workflow action view's own check) and every approval goes through
`on_action`, so both places apply the rule.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import Revision, TaskState


def rule_is_on():
    return not getattr(settings, "MODERATION_ALLOW_SAME_REVIEWER", False)


def contributors_to_run(workflow_state):
    """The ids of the people who wrote or edited the item in this run of the workflow."""
    ids = {workflow_state.requested_by_id}
    ids.update(workflow_state.task_states.values_list("revision__user_id", flat=True))
    ids.update(
        Revision.objects.filter(
            base_content_type_id=workflow_state.base_content_type_id,
            object_id=workflow_state.object_id,
            created_at__gte=workflow_state.created_at,
        ).values_list("user_id", flat=True)
    )
    ids.discard(None)
    return ids


def earlier_approval_by(workflow_state, user, task):
    """The approval of another step of this workflow run that `user` gave, if any."""
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


def own_work_message():
    return _(
        "You wrote or edited this item in this review. Under the review rule, nobody approves their own "
        "work: someone else must approve it."
    )


def review_barrier(task, workflow_state, user):
    """Why `user` may not approve `task` in this run (a message), or None when they may."""
    if not rule_is_on() or workflow_state is None or user is None or not user.is_authenticated:
        return None
    if user.pk in contributors_to_run(workflow_state):
        return own_work_message()
    earlier = earlier_approval_by(workflow_state, user, task)
    if earlier is not None:
        return same_reviewer_message(earlier)
    return None


def barrier_for_object(task, obj, user):
    return review_barrier(task, getattr(obj, "current_workflow_state", None), user)


class ReviewRuleMixin:
    """Mixed into a workflow task (before GroupApprovalTask): approval is neither offered to nor accepted
    from the people the review rule bars."""

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and barrier_for_object(self, obj, user) is not None:
            return [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            refuse_barred_approval(self, task_state, user)
        return super().on_action(task_state, user, action_name, **kwargs)


def refuse_barred_approval(task, task_state, user):
    barrier = review_barrier(task, task_state.workflow_state, user)
    if barrier is not None:
        raise PermissionDenied(barrier)
