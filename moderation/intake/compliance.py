"""The compliance report's check on the intake register: every record acted on — a draft made from it, or
its status set to published or not published (refused, with a reason) — within the set number of working
days after it was received (core.models.WorkingCalendar: holidays and the ward's days off).

QĐ 218/2025 Art 7.1 and 9.1.c make the editorial board receive and process what is sent to the portal but
set no time limit, so the limit is the ward's own: `COMPLIANCE_INTAKE_WORKING_DAYS`, 5 by default. When a
record was acted on is read from the audit log (its first `intake.draft_created` entry, or the first
`intake.status_changed` entry to published or not published). Registered in core.compliance when the app
is ready, so that `audit`, which runs the report, does not import `moderation`.
"""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import ModelLogEntry

from core.compliance import Result, check, overdue

from .models import IntakeRecord, Status
from .services import ACTION_DRAFT, ACTION_STATUS

ACTED_ON_STATUSES = {Status.PUBLISHED, Status.NOT_PUBLISHED}


def is_acted_on(record):
    return record.has_draft or record.status in ACTED_ON_STATUSES


def acted_on_dates():
    """Record id → the day (Vietnam time) it was first acted on, from the audit log."""
    entries = (
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(IntakeRecord),
            action__in=[ACTION_DRAFT, ACTION_STATUS],
        )
        .order_by("timestamp", "pk")
        .values_list("object_id", "action", "timestamp", "data")
    )
    first = {}
    for object_id, action, timestamp, data in entries:
        if action == ACTION_STATUS and (data or {}).get("to") not in ACTED_ON_STATUSES:
            continue
        first.setdefault(object_id, timezone.localdate(timestamp))
    return first


def intake_items():
    """(label, admin URL, day received, day acted on or None) of every record."""
    acted = acted_on_dates()
    records = IntakeRecord.objects.only(
        "tracking_code", "subject", "received_at", "status", "page_id", "target_object_id", "updated_at"
    ).order_by("received_at", "pk")
    for record in records:
        done_on = None
        if is_acted_on(record):
            done_on = acted.get(str(record.pk)) or timezone.localdate(record.updated_at)
        yield (
            str(record),
            reverse("intake_register:inspect", args=(record.pk,)),
            timezone.localdate(record.received_at),
            done_on,
        )


@check(
    "deadline.intake",
    gettext_lazy("Information sent to the portal acted on in time (a draft made, published or refused)"),
    gettext_lazy(
        "QĐ 218/2025 Art 7.1, 9.1.c set no time limit: the ward's own, 5 working days unless "
        "COMPLIANCE_INTAKE_WORKING_DAYS says otherwise"
    ),
    "deadlines",
)
def intake_acted_on(context):
    days = context.setting("COMPLIANCE_INTAKE_WORKING_DAYS", 5)
    note = _("Time limit used: %(days)d working days after the day received.") % {"days": days}
    return Result.of(overdue(context, intake_items(), days), note)
