"""The behaviour of RoyaltyApprovalTask (the workflow's final step): approving asks for the royalty.

Wagtail gives the task's "approve" form to both ways of approving: the workflow action modal (its cleaned
data are passed to `on_action`) and the page editor's "save and approve" (the modal's cleaned data come
back as JSON). Both arrive here and are validated again with the same form, so nothing unchecked is stored.
The royalty fields are optional: an approval without a coefficient publishes as before, and the item is
listed in Reports → Royalties to set, for the editor-in-chief to complete later.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask

from .forms import RoyaltyApprovalForm
from .services import record_royalty


def approval_actions(task, actions):
    """Group approval's actions, with both "Approve" entries replaced by one that opens the form."""
    if not actions:
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
