"""What happens to a record: it is received from the public form (stored, then acknowledged by email once
committed), and staff change it (status, assignee, reply, deadline, answer). Every change is logged; an
email that cannot be sent is logged only, the record is already safe."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from .models import InformationRequest, PortalFeedback

logger = logging.getLogger(__name__)

ACTION_RECEIVED = "reports.received"
ACTION_ACKNOWLEDGED = "reports.acknowledged"
ACTION_ASSIGNED = "reports.assigned"
ACTION_STATUS = "reports.status_changed"
ACTION_REPLIED = "reports.replied"
ACTION_EXTENDED = "reports.extended"
ACTION_ANSWERED = "reports.answered"


def receive(model, data, fields):
    """Store a record from a valid public form, or return the one its token already made (the same form
    sent again after an error page). The acknowledgement is sent once the record is committed."""
    token = data.get("submission_token")
    if token is not None:
        existing = model.objects.filter(submission_token=token).first()
        if existing is not None:
            return existing
    try:
        with transaction.atomic():
            record = model.objects.create(submission_token=token, **fields)
            log(instance=record, action=ACTION_RECEIVED, data={})
            if contact_email(record):
                transaction.on_commit(lambda: send_acknowledgement(type(record), record.pk))
    except IntegrityError:  # the same form, sent twice at the same moment
        existing = model.objects.filter(submission_token=token).first() if token else None
        if existing is None:
            raise
        return existing
    return record


FEEDBACK_FIELDS = ["kind", "page_url", "description", "sender_name", "sender_email"]
REQUEST_FIELDS = [
    "requester_kind",
    "full_name",
    "id_number",
    "address",
    "phone",
    "email",
    "organisation",
    "organisation_role",
    "information",
    "purpose",
    "delivery",
    "delivery_address",
    "copies",
]


def receive_feedback(data):
    return receive(PortalFeedback, data, {name: data[name] for name in FEEDBACK_FIELDS})


def receive_request(data):
    fields = {name: data[name] for name in REQUEST_FIELDS}
    fields["id_number"] = fields["id_number"].upper()
    return receive(InformationRequest, data, fields)


def contact_email(record):
    return record.sender_email if isinstance(record, PortalFeedback) else record.email


def send_email(record, subject, template, context=None):
    """Send one message to the record's sender; False (and a log line) when it cannot be sent."""
    try:
        with translation.override(settings.LANGUAGE_CODE):
            message = render_to_string(template, {"record": record, **(context or {})})
            send_mail(str(subject), message, settings.DEFAULT_FROM_EMAIL, [contact_email(record)])
    except Exception:
        logger.exception("Reports: email to the sender of %s failed", record.tracking_code)
        return False
    return True


def send_acknowledgement(model, pk):
    record = model.objects.filter(pk=pk).first()
    if record is None or not contact_email(record) or record.acknowledged_at:
        return False
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Received: %(code)s") % {"code": record.tracking_code}
    if not send_email(record, subject, "reports/acknowledgement_email.txt"):
        return False
    model.objects.filter(pk=pk).update(acknowledged_at=timezone.now())
    log(instance=record, action=ACTION_ACKNOWLEDGED, data={})
    return True


def send_reply(pk):
    record = PortalFeedback.objects.filter(pk=pk).first()
    if record is None or not record.sender_email or not record.reply:
        return False
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Reply to your feedback %(code)s") % {"code": record.tracking_code}
    if not send_email(record, subject, "reports/reply_email.txt"):
        return False
    PortalFeedback.objects.filter(pk=pk).update(replied_at=timezone.now())
    log(instance=record, action=ACTION_REPLIED, data={"sent": True})
    return True


def log_changes(record, before, user):
    """Log what staff changed in one save: assignee, status (with its reason), extension, answer, reply."""
    if before.assignee_id != record.assignee_id:
        log(
            instance=record,
            action=ACTION_ASSIGNED,
            user=user,
            data={"to": record.assignee.get_username() if record.assignee else ""},
        )
    if before.status != record.status:
        reason = getattr(record, "status_reason", "") or getattr(record, "refusal_reason", "")
        log(
            instance=record,
            action=ACTION_STATUS,
            user=user,
            data={"from": before.status, "to": record.status, "reason": reason},
        )
    if isinstance(record, InformationRequest):
        if before.extension_days != record.extension_days:
            log(
                instance=record,
                action=ACTION_EXTENDED,
                user=user,
                data={
                    "days": record.extension_days,
                    "reason": record.extension_reason,
                    "deadline": record.deadline.isoformat(),
                },
            )
        if before.answer != record.answer and record.answer:
            log(instance=record, action=ACTION_ANSWERED, user=user, data={})
    elif before.reply != record.reply and record.reply:
        log(instance=record, action=ACTION_REPLIED, user=user, data={"sent": False})
        if record.sender_email:
            transaction.on_commit(lambda: send_reply(record.pk))
