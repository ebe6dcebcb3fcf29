"""What happens to a record: it is received from the public form (stored, then acknowledged by email once
committed), and staff change it (status, assignee, reply, deadline, answer). Every change is logged; an
email that cannot be sent is logged only, the record is already safe."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from moderation.tracking import acknowledge, email_sender, store_once

from .models import InformationRequest, PortalFeedback

ACTION_RECEIVED = "reports.received"
ACTION_ACKNOWLEDGED = "reports.acknowledged"
RECEIPT_SUBJECT = gettext_lazy("Received: %(code)s")
REPLY_SUBJECT = gettext_lazy("Reply to your feedback %(code)s")
ACTION_ASSIGNED = "reports.assigned"
ACTION_STATUS = "reports.status_changed"
ACTION_REPLIED = "reports.replied"
ACTION_EXTENDED = "reports.extended"
ACTION_ANSWERED = "reports.answered"


def receive(model, data, fields):
    """Store a record from a valid public form, or return the one its token already made (the same form
    sent again after an error page). The acknowledgement is sent once the record is committed."""
    token = data.get("submission_token")

    def create():
        record = model.objects.create(submission_token=token, **fields)
        log(instance=record, action=ACTION_RECEIVED, data={})
        if contact_email(record):
            transaction.on_commit(lambda: send_acknowledgement(type(record), record.pk))
        return record

    return store_once(model, token, create)


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


def send_acknowledgement(model, pk):
    record = model.objects.filter(pk=pk).first()
    if record is None:
        return False
    template = "reports/acknowledgement_email.txt"
    return acknowledge(record, contact_email(record), RECEIPT_SUBJECT, template, ACTION_ACKNOWLEDGED)


def send_reply(pk):
    record = PortalFeedback.objects.filter(pk=pk).first()
    if record is None or not record.sender_email or not record.reply:
        return False
    if not email_sender(record, record.sender_email, REPLY_SUBJECT, "reports/reply_email.txt"):
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
