"""What happens to a question: it is received and acknowledged, assigned, declined, answered by a Q&A page
that goes through the review workflow, and the asker is told when that page is published. Every change is
written to the audit log; an email that cannot be sent is logged only, the record is already stored."""

from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from core.public_url import public_url
from moderation.tracking import acknowledge, email_sender, store_once

from .models import OTHER_FIELD, QuestionRecord, Status

ACTION_RECEIVED = "questions.received"
ACTION_ACKNOWLEDGED = "questions.acknowledged"
RECEIPT_SUBJECT = gettext_lazy("Received: your question %(code)s")
ANSWER_SUBJECT = gettext_lazy("Answered: your question %(code)s")
ACTION_ASSIGNED = "questions.assigned"
ACTION_DECLINED = "questions.declined"
ACTION_DRAFT = "questions.answer_drafted"
ACTION_ANSWERED = "questions.answered"
ACTION_NOTIFIED = "questions.asker_notified"
PAGE_ACTION_FROM_QUESTION = "questions.page_from_question"


def receive(data):
    """Store the question of a valid public form (once per form token) and acknowledge it on commit."""
    token = data.get("submission_token")

    def create():
        record = QuestionRecord(
            asker_name=data["asker_name"],
            asker_email=data.get("asker_email") or "",
            asker_phone=data.get("asker_phone") or "",
            field="" if data["field"] == OTHER_FIELD else data["field"],
            question=data["question"],
            submission_token=token,
        )
        attachment = data.get("attachment")
        if attachment:
            name, content, _kind = attachment
            record.attachment_name = name[:255]
            record.attachment.save(name, ContentFile(content), save=False)
        record.save()
        log(instance=record, action=ACTION_RECEIVED, data={"attachment": bool(attachment)})
        if record.asker_email:
            transaction.on_commit(lambda: send_acknowledgement(record.pk))
        return record

    return store_once(QuestionRecord, token, create)


def tracking_url():
    return public_url(reverse("questions:track"))


def send_acknowledgement(record_pk):
    """Tell the asker the question arrived, with its code. A failure is logged only."""
    record = QuestionRecord.objects.filter(pk=record_pk).first()
    if record is None:
        return False
    template, context = "questions/acknowledgement_email.txt", {"tracking_url": tracking_url()}
    return acknowledge(record, record.asker_email, RECEIPT_SUBJECT, template, ACTION_ACKNOWLEDGED, context)


def assign(record, assignee, unit, user):
    record.assignee = assignee
    record.assignee_unit = (unit or "").strip()[:255]
    if record.status == Status.NEW:
        record.status = Status.ASSIGNED
    record.save(update_fields=["assignee", "assignee_unit", "status", "updated_at"])
    log(
        instance=record,
        action=ACTION_ASSIGNED,
        user=user,
        data={"to": assignee.get_username() if assignee else "", "unit": record.assignee_unit},
    )


def decline(record, reason, user):
    reason = (reason or "").strip()
    if not reason:
        raise ValueError("A reason is required")
    previous = record.status
    record.status = Status.DECLINED
    record.decline_reason = reason
    record.save(update_fields=["status", "decline_reason", "updated_at"])
    log(instance=record, action=ACTION_DECLINED, user=user, data={"from": previous, "reason": reason})


def mark_answered(page):
    """The answer page was published: its questions become answered and their askers are told on commit."""
    records = list(QuestionRecord.objects.filter(page_id=page.pk).exclude(status=Status.ANSWERED))
    for record in records:
        record.status = Status.ANSWERED
        record.answered_at = timezone.now()
        record.save(update_fields=["status", "answered_at", "updated_at"])
        log(instance=record, action=ACTION_ANSWERED, data={"page_id": page.pk, "title": page.title})
        if record.asker_email:
            transaction.on_commit(lambda pk=record.pk: send_answer_notice(pk))
    return records


def send_answer_notice(record_pk):
    """Tell the asker where the published answer is. A failure is logged only."""
    record = QuestionRecord.objects.select_related("page").filter(pk=record_pk).first()
    if record is None or not record.asker_email or record.notified_at or record.page is None:
        return False
    context = {"tracking_url": tracking_url(), "answer_url": public_url(record.page.url or "")}
    if not email_sender(record, record.asker_email, ANSWER_SUBJECT, "questions/answer_email.txt", context):
        return False
    QuestionRecord.objects.filter(pk=record.pk).update(notified_at=timezone.now())
    log(instance=record, action=ACTION_NOTIFIED, data={})
    return True
