"""What happens to an intake record: it is received (from any channel), acknowledged, assigned, moved
through its statuses and turned into a draft. Every change is written to the audit log."""

from functools import partial

from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from core.public_url import public_url
from moderation.tracking import acknowledge, store_once

from .models import Channel, IntakeAttachment, IntakeRecord, Status
from .signatures import check_pdf_signatures

ACTION_RECEIVED = "intake.received"
ACTION_ASSIGNED = "intake.assigned"
ACTION_STATUS = "intake.status_changed"
ACTION_DRAFT = "intake.draft_created"
ACTION_ACKNOWLEDGED = "intake.acknowledged"
RECEIPT_SUBJECT = gettext_lazy("Received: your information %(code)s")
PAGE_ACTION_FROM_INTAKE = "intake.page_from_record"
# Called with each new record and the channel it came by (before a signed PDF made it a signed document)
# once it is committed; the app adds moderation.intake.recipients.on_received.
RECEIVED_HANDLERS = []


def add_attachment(record, name, data, kind):
    signatures = check_pdf_signatures(data) if kind == "pdf" else []
    attachment = IntakeAttachment(record=record, original_name=name[:255], kind=kind, size=len(data))
    attachment.signatures = signatures
    attachment.file.save(name, ContentFile(data), save=False)
    attachment.save()
    return attachment


def receive(*, channel, subject, body="", files=(), user=None, message_id=None, **fields):
    """Store a new record with its (already checked) files: `files` is a list of (name, data, kind).

    A PDF that carries a digital signature makes the record a signed electronic document. The
    acknowledgement email is sent once the record is committed."""
    with transaction.atomic():
        record = IntakeRecord(
            channel=channel, subject=subject[:500], body=body, message_id=message_id, **fields
        )
        record.save()
        signed = False
        for name, data, kind in files:
            attachment = add_attachment(record, name, data, kind)
            signed = signed or bool(attachment.signatures)
        if signed and channel in {Channel.WEB_FORM, Channel.EMAIL}:
            record.channel = Channel.SIGNED_DOCUMENT
            record.save(update_fields=["channel"])
        log(
            instance=record,
            action=ACTION_RECEIVED,
            user=user,
            data={"channel": channel, "attachments": len(files), "signed": signed},
        )
        if record.sender_email:
            transaction.on_commit(lambda: send_acknowledgement(record.pk))
        for handler in RECEIVED_HANDLERS:
            transaction.on_commit(partial(handler, record, channel))
    return record


def receive_web_form(data):
    """The record of a valid public form: a new one, or the one its token already made (the citizen sent
    the form again after an error page, not knowing the first attempt had been stored)."""
    token = data.get("submission_token")
    fields = {
        "channel": Channel.WEB_FORM,
        "subject": data["subject"],
        "body": data["body"],
        "files": data["attachments"],
        "sender_name": data["sender_name"],
        "sender_email": data["sender_email"],
        "sender_phone": data["sender_phone"],
        "sender_address": data["sender_address"],
    }
    return store_once(IntakeRecord, token, lambda: receive(**fields, submission_token=token))


def send_acknowledgement(record_pk):
    """Tell the sender their information arrived, with its tracking code. A failure is logged only: the
    record is already safe in the register."""
    record = IntakeRecord.objects.filter(pk=record_pk).first()
    if record is None:
        return False
    template, context = "intake/acknowledgement_email.txt", {"tracking_url": tracking_url()}
    return acknowledge(record, record.sender_email, RECEIPT_SUBJECT, template, ACTION_ACKNOWLEDGED, context)


def tracking_url():
    return public_url(reverse("intake:track"))


def assign(record, assignee, user):
    previous = record.assignee
    record.assignee = assignee
    if assignee is not None and record.status == Status.NEW:
        record.status = Status.IN_PROGRESS
    record.save(update_fields=["assignee", "status", "updated_at"])
    log(
        instance=record,
        action=ACTION_ASSIGNED,
        user=user,
        data={
            "from": previous.get_username() if previous else "",
            "to": assignee.get_username() if assignee else "",
        },
    )


def change_status(record, status, user, reason=""):
    if status == Status.NOT_PUBLISHED and not reason.strip():
        raise ValueError("A reason is required")
    previous = record.status
    record.status = status
    record.status_reason = reason.strip()
    record.save(update_fields=["status", "status_reason", "updated_at"])
    log(
        instance=record,
        action=ACTION_STATUS,
        user=user,
        data={"from": previous, "to": status, "reason": record.status_reason},
    )
