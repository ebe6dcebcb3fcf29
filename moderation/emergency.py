"""Emergency publishing: the one road to the public outside the review workflow, always recorded.

Whitehall's force-publish is the model: it demands a written reason, it is marked in the audit log, and it
stays in a report until the editor-in-chief has acknowledged it.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import LogContext, log

from .models import EmergencyPublication
from .review_rule import rule_is_on

EMERGENCY_PUBLISH = "portal.emergency_publish"
EMERGENCY_ACKNOWLEDGE = "portal.emergency_publish.acknowledge"


def publishable_revision(page, user):
    """The latest revision, made to go live now: a future go-live time would only schedule it."""
    revision = page.get_latest_revision()
    if revision is None:
        return page.save_revision(user=user, log_action=True)
    content = revision.as_object()
    if content.go_live_at and content.go_live_at > timezone.now():
        content.go_live_at = None
        return content.save_revision(user=user, log_action=True)
    return revision


@transaction.atomic
def publish_in_emergency(page, user, reason):
    page = page.specific
    with LogContext(user=user):
        revision = publishable_revision(page, user)
        revision.publish(user=user, skip_permission_checks=True)
        record = EmergencyPublication.objects.create(
            page=page, page_title=page.title[:255], revision=revision, user=user, reason=reason
        )
        log(
            instance=page,
            action=EMERGENCY_PUBLISH,
            user=user,
            revision=revision,
            data={"reason": reason, "emergency_publication_id": record.pk, "revision_id": revision.pk},
        )
    return record


@transaction.atomic
def acknowledge(record, user):
    """The editor-in-chief has read the reason. Nobody acknowledges their own emergency publication,
    superusers included (unless the review rule is switched off for a one-person test install)."""
    if record.is_acknowledged:
        return record
    if record.user_id == user.pk and rule_is_on():
        raise PermissionDenied
    record.acknowledged_by = user
    record.acknowledged_at = timezone.now()
    record.save(update_fields=["acknowledged_by", "acknowledged_at"])
    log(
        instance=record.page.specific if record.page_id else record,
        action=EMERGENCY_ACKNOWLEDGE,
        user=user,
        data={"reason": record.reason, "emergency_publication_id": record.pk},
    )
    return record
