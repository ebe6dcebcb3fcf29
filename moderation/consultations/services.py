"""What happens to a comment: it is received (stored before the commenter is answered), acknowledged by email
when an address was given, and approved or hidden by a moderator. Every step is written to the audit log."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from moderation.tracking import acknowledge, store_once

from .models import ConsultationComment, Status

ACTION_RECEIVED = "consultations.received"
ACTION_ACKNOWLEDGED = "consultations.acknowledged"
RECEIPT_SUBJECT = gettext_lazy("Received: your comment %(code)s")
ACTION_APPROVED = "consultations.approved"
ACTION_HIDDEN = "consultations.hidden"
ACTION_EXPORTED = "consultations.exported"


def receive(page, data):
    """The comment of a valid form: a new one, or the one its submission token already made."""
    token = data.get("submission_token")

    def create():
        comment = ConsultationComment.objects.create(
            page=page,
            name=data["name"],
            email=data.get("email") or "",
            phone=(data.get("phone") or "").strip(),
            organisation=(data.get("organisation") or "").strip(),
            article=data.get("article") or "",
            body=data["body"],
            submission_token=token,
        )
        log(instance=comment, action=ACTION_RECEIVED, data={"page": page.pk, "article": comment.article})
        if comment.email:
            transaction.on_commit(lambda: send_acknowledgement(comment.pk))
        return comment

    return store_once(ConsultationComment, token, create)


def send_acknowledgement(comment_pk):
    """The receipt by email. A failure is logged only: the comment is already stored."""
    comment = ConsultationComment.objects.select_related("page").filter(pk=comment_pk).first()
    if comment is None:
        return False
    template = "consultations/acknowledgement_email.txt"
    return acknowledge(
        comment, comment.email, RECEIPT_SUBJECT, template, ACTION_ACKNOWLEDGED, {"comment": comment}
    )


def moderate(comment, status, user, reason=""):
    """Approve (shown on the consultation page) or hide (with a reason) a comment."""
    if status == Status.HIDDEN and not reason.strip():
        raise ValueError("A reason is required to hide a comment")
    if status not in (Status.APPROVED, Status.HIDDEN):
        raise ValueError(f"Unknown decision {status!r}")
    previous = comment.status
    comment.status = status
    comment.status_reason = reason.strip() if status == Status.HIDDEN else ""
    comment.moderated_at = timezone.now()
    comment.moderated_by = user
    comment.save(update_fields=["status", "status_reason", "moderated_at", "moderated_by"])
    log(
        instance=comment,
        action=ACTION_APPROVED if status == Status.APPROVED else ACTION_HIDDEN,
        user=user,
        data={"from": previous, "reason": comment.status_reason},
    )
