"""A page's (or a record's) publication record: for each time a version went live, who published it and
what authorised it — the review workflow's steps with their approvers, times and comments, or the emergency
publication with its reason and its acknowledgement — as an auditor reads it, in Vietnam time."""

from dataclasses import dataclass, field

from django.utils import timezone
from wagtail.log_actions import registry as log_registry
from wagtail.models import TaskState, WorkflowState

from .compliance.publication import EMERGENCY_ACKNOWLEDGE, EMERGENCY_PUBLISH

PUBLISH_ACTION = "wagtail.publish"


@dataclass
class Step:
    name: str
    status: str
    by: str
    at: object
    comment: str


@dataclass
class Publication:
    at: object
    by: str
    revision_id: int | None
    live: bool
    steps: list = field(default_factory=list)
    emergency_reason: str = ""
    acknowledged_by: str = ""

    @property
    def authorised(self):
        return (
            bool(self.steps)
            and self.steps[-1].status == TaskState.STATUS_APPROVED
            or bool(self.emergency_reason)
        )


def person(user):
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def workflow_steps(instance, revision_id):
    """The task states of the approved workflow whose last step approved `revision_id`."""
    state = (
        WorkflowState.objects.for_instance(instance)
        .filter(status=WorkflowState.STATUS_APPROVED, current_task_state__revision_id=revision_id)
        .first()
    )
    if state is None:
        return []
    task_states = (
        TaskState.objects.filter(workflow_state=state)
        .select_related("task", "finished_by")
        .order_by("started_at", "pk")
    )
    return [
        Step(
            str(task_state.task),
            task_state.status,
            person(task_state.finished_by),
            timezone.localtime(task_state.finished_at) if task_state.finished_at else None,
            task_state.comment,
        )
        for task_state in task_states
    ]


def publication_record(instance):
    """Every publication of `instance`, oldest first."""
    entries = list(
        log_registry.get_logs_for_instance(instance)
        .filter(action__in=[PUBLISH_ACTION, EMERGENCY_PUBLISH, EMERGENCY_ACKNOWLEDGE])
        .select_related("user")
        .order_by("timestamp", "pk")
    )
    emergencies = {entry.revision_id: entry for entry in entries if entry.action == EMERGENCY_PUBLISH}
    acknowledgements = {
        entry.data.get("emergency_publication_id"): entry
        for entry in entries
        if entry.action == EMERGENCY_ACKNOWLEDGE
    }
    live_revision_id = (
        getattr(instance, "live_revision_id", None) if getattr(instance, "live", False) else None
    )
    record = []
    for entry in entries:
        if entry.action != PUBLISH_ACTION:
            continue
        publication = Publication(
            at=timezone.localtime(entry.timestamp),
            by=person(entry.user),
            revision_id=entry.revision_id,
            live=entry.revision_id is not None and entry.revision_id == live_revision_id,
            steps=workflow_steps(instance, entry.revision_id) if entry.revision_id else [],
        )
        emergency = emergencies.get(entry.revision_id)
        if emergency is not None:
            publication.emergency_reason = emergency.data.get("reason", "")
            acknowledgement = acknowledgements.get(emergency.data.get("emergency_publication_id"))
            publication.acknowledged_by = person(acknowledgement.user) if acknowledgement else ""
        record.append(publication)
    return record
