"""The compliance report's check on the question register: every question from a citizen answered (its
answer page published) or declined with a reason within 15 working days of the day it was received
(NĐ 43/2011 Art 15.2; core.models.WorkingCalendar: holidays and the ward's days off).

The Q&A pages' own check (`deadline.questions`, audit/compliance/deadlines.py) reads the dates typed on the
pages; this one reads the register, so a question that never became a page is not forgotten. When a
question was declined is read from the audit log (its first `questions.declined` entry). Registered in
core.compliance when the app is ready, so that `audit`, which runs the report, does not import
`moderation`.
"""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail.models import ModelLogEntry

from core.compliance import Result, check, overdue

from .models import QuestionRecord, Status
from .services import ACTION_DECLINED


def declined_dates():
    """Record id → the day (Vietnam time) it was first declined, from the audit log."""
    entries = (
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(QuestionRecord), action=ACTION_DECLINED
        )
        .order_by("timestamp", "pk")
        .values_list("object_id", "timestamp")
    )
    first = {}
    for object_id, timestamp in entries:
        first.setdefault(object_id, timezone.localdate(timestamp))
    return first


def question_record_items():
    """(label, admin URL, day received, day answered or declined, or None) of every question."""
    declined = declined_dates()
    records = QuestionRecord.objects.only(
        "tracking_code", "question", "received_at", "status", "answered_at", "updated_at"
    ).order_by("received_at", "pk")
    for record in records:
        done_on = None
        if record.status == Status.ANSWERED and record.answered_at:
            done_on = timezone.localdate(record.answered_at)
        elif record.status == Status.DECLINED:
            done_on = declined.get(str(record.pk)) or timezone.localdate(record.updated_at)
        yield (
            str(record),
            reverse("citizen_questions:inspect", args=(record.pk,)),
            timezone.localdate(record.received_at),
            done_on,
        )


@check(
    "deadline.question_register",
    gettext_lazy("Questions from citizens answered or declined within 15 working days of receipt"),
    "NĐ 43/2011 Art 15.2; LTCTT Art 17",
    "deadlines",
)
def question_register_on_time(context):
    days = context.setting("COMPLIANCE_QUESTION_WORKING_DAYS", 15)
    return Result.of(overdue(context, question_record_items(), days))
