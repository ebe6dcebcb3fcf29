"""What happens to a question: it is received and acknowledged, assigned, declined, answered by a Q&A page
that goes through the review workflow, and the asker is told when that page is published. Every change is
written to the audit log; an email that cannot be sent is logged only, the record is already stored."""

import logging

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from .models import OTHER_FIELD, QuestionRecord, Status

logger = logging.getLogger(__name__)

ACTION_RECEIVED = "questions.received"
ACTION_ACKNOWLEDGED = "questions.acknowledged"
ACTION_ASSIGNED = "questions.assigned"
ACTION_DECLINED = "questions.declined"
ACTION_DRAFT = "questions.answer_drafted"
ACTION_ANSWERED = "questions.answered"
ACTION_NOTIFIED = "questions.asker_notified"
PAGE_ACTION_FROM_QUESTION = "questions.page_from_question"


def receive(data):
    """Store the question of a valid public form (once per form token) and acknowledge it on commit."""
    token = data.get("submission_token")
    if token is not None:
        existing = QuestionRecord.objects.filter(submission_token=token).first()
        if existing is not None:
            return existing
    try:
        with transaction.atomic():
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
    except IntegrityError:  # the same form sent twice at the same moment: the other request stored it
        existing = QuestionRecord.objects.filter(submission_token=token).first() if token else None
        if existing is None:
            raise
        return existing
    return record


def absolute(url):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def tracking_url():
    return absolute(reverse("questions:track"))


def email_asker(record, subject, template, context):
    with translation.override(settings.LANGUAGE_CODE):
        message = render_to_string(template, {"record": record, "tracking_url": tracking_url(), **context})
        send_mail(str(subject), message, settings.DEFAULT_FROM_EMAIL, [record.asker_email])


def send_acknowledgement(record_pk):
    """Tell the asker the question arrived, with its code. A failure is logged only."""
    record = QuestionRecord.objects.filter(pk=record_pk).first()
    if record is None or not record.asker_email or record.acknowledged_at:
        return False
    try:
        with translation.override(settings.LANGUAGE_CODE):
            subject = _("Received: your question %(code)s") % {"code": record.tracking_code}
        email_asker(record, subject, "questions/acknowledgement_email.txt", {})
    except Exception:
        logger.exception("Questions: acknowledgement of %s failed", record.tracking_code)
        return False
    QuestionRecord.objects.filter(pk=record.pk).update(acknowledged_at=timezone.now())
    log(instance=record, action=ACTION_ACKNOWLEDGED, data={})
    return True


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
    try:
        with translation.override(settings.LANGUAGE_CODE):
            subject = _("Answered: your question %(code)s") % {"code": record.tracking_code}
        answer_url = record.page.get_full_url() or absolute(record.page.url or "")
        email_asker(record, subject, "questions/answer_email.txt", {"answer_url": answer_url})
    except Exception:
        logger.exception("Questions: answer notice of %s failed", record.tracking_code)
        return False
    QuestionRecord.objects.filter(pk=record.pk).update(notified_at=timezone.now())
    log(instance=record, action=ACTION_NOTIFIED, data={})
    return True
