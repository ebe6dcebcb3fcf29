"""What happens to a comment: it is received (stored before the commenter is answered), acknowledged by email
when an address was given, and approved or hidden by a moderator. Every step is written to the audit log."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from .models import ConsultationComment, Status

logger = logging.getLogger(__name__)

ACTION_RECEIVED = "consultations.received"
ACTION_ACKNOWLEDGED = "consultations.acknowledged"
ACTION_APPROVED = "consultations.approved"
ACTION_HIDDEN = "consultations.hidden"
ACTION_EXPORTED = "consultations.exported"


def receive(page, data):
    """The comment of a valid form: a new one, or the one its submission token already made."""
    token = data.get("submission_token")
    if token is not None:
        existing = ConsultationComment.objects.filter(submission_token=token).first()
        if existing is not None:
            return existing
    try:
        with transaction.atomic():
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
    except IntegrityError:  # the same form sent twice at the same moment: the other request stored it
        existing = ConsultationComment.objects.filter(submission_token=token).first() if token else None
        if existing is None:
            raise
        return existing
    return comment


def send_acknowledgement(comment_pk):
    """The receipt by email. A failure is logged only: the comment is already stored."""
    comment = ConsultationComment.objects.select_related("page").filter(pk=comment_pk).first()
    if comment is None or not comment.email or comment.acknowledged_at:
        return False
    try:
        with translation.override(settings.LANGUAGE_CODE):
            subject = _("Received: your comment %(code)s") % {"code": comment.tracking_code}
            message = render_to_string("consultations/acknowledgement_email.txt", {"comment": comment})
            send_mail(subject, message, settings.DEFAULT_FROM_EMAIL, [comment.email])
    except Exception:
        logger.exception("Consultations: receipt for %s failed", comment.tracking_code)
        return False
    ConsultationComment.objects.filter(pk=comment.pk).update(acknowledged_at=timezone.now())
    log(instance=comment, action=ACTION_ACKNOWLEDGED)
    return True


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
