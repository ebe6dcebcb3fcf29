"""A spokesperson change posted within 24 hours of the assignment decision (NĐ 244/2026 Art 3.3, 5.2).

The 24 hours are calendar hours: the decree counts hours, not working days, so a holiday inside them gives
no extra time. A decision has a date but no time, so the hours run from the end of its day: a person
assigned on 16/2 must be live on the portal by 24:00 on 17/2 (Vietnam time).

When a person went live is read from the page's publication history (its `wagtail.publish` and
`wagtail.unpublish` log entries and the revisions they published): the start of the person's current,
unbroken presence in the live version. The people checked are those of the newest version of the page
(the draft, when it has unpublished changes: a decision already typed in but not yet published is overdue
too). People are matched by name, compared in NFC and without case.
"""

import datetime
import math
import unicodedata

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale, PageLogEntry, Revision

from core.compliance import Finding, Result, check
from sections.models import SpokespersonPage

PUBLISH, UNPUBLISH = "wagtail.publish", "wagtail.unpublish"
POSTING_HOURS = 24


def person_key(name):
    return " ".join(unicodedata.normalize("NFC", name or "").casefold().split())


def parse_date(value):
    if not value or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(value)


def current_people(page):
    """(name, decision date) of the newest version of the page."""
    if page.has_unpublished_changes and page.latest_revision_id:
        rows = Revision.objects.get(pk=page.latest_revision_id).content.get("spokespeople", [])
        return [(row.get("name", ""), parse_date(row.get("assigned_on"))) for row in rows]
    return list(page.spokespeople.values_list("name", "assigned_on"))


def live_since(page):
    """When each person (by key) last went live without being taken off since; a page published before
    the portal logged publications counts from its first publication."""
    events = list(
        PageLogEntry.objects.filter(page=page, action__in=[PUBLISH, UNPUBLISH])
        .order_by("timestamp", "pk")
        .values_list("action", "timestamp", "revision_id")
    )
    if not events:
        moment = page.first_published_at if page.live else None
        return {person_key(name): moment for name in page.spokespeople.values_list("name", flat=True)}
    contents = dict(
        Revision.objects.filter(pk__in={revision for _a, _t, revision in events if revision}).values_list(
            "pk", "content"
        )
    )
    since = {}
    for action, moment, revision_id in events:
        rows = contents.get(revision_id, {}).get("spokespeople", []) if action == PUBLISH else []
        live = {person_key(row.get("name")) for row in rows}
        since = {key: since.get(key, moment) for key in live}
    return since


def posting_deadline(assigned_on):
    """24 hours after the end of the decision's day, Vietnam time."""
    end_of_day = datetime.datetime.combine(assigned_on + datetime.timedelta(days=1), datetime.time.min)
    return timezone.make_aware(end_of_day) + datetime.timedelta(hours=POSTING_HOURS)


def hours_late(deadline, moment):
    return math.ceil((moment - deadline).total_seconds() / 3600)


def page_findings(context, page):
    url = f"/admin/pages/{page.pk}/edit/"
    since = live_since(page)
    findings = []
    for name, assigned_on in current_people(page):
        if assigned_on is None:
            detail = _("no date of the assignment decision: the deadline cannot be checked")
            findings.append(Finding(name, detail, url))
            continue
        deadline = posting_deadline(assigned_on)
        key = person_key(name)
        posted_at = since.get(key)
        if key in since and (posted_at is None or posted_at <= deadline):
            continue
        if posted_at is None and context.now <= deadline:
            continue
        state = (
            _("posted %s") % timezone.localtime(posted_at).strftime("%H:%M %d/%m/%Y")
            if posted_at
            else _("not posted yet")
        )
        detail = _("decision of %(decision)s, due %(deadline)s, %(state)s") % {
            "decision": assigned_on.strftime("%d/%m/%Y"),
            "deadline": timezone.localtime(deadline).strftime("%H:%M %d/%m/%Y"),
            "state": state,
        }
        late = hours_late(deadline, posted_at or context.now)
        findings.append(Finding(name, detail, url, late_hours=late))
    return findings


@check(
    "deadline.spokesperson",
    gettext_lazy("A spokesperson change posted within 24 hours of the assignment decision"),
    "NĐ 244/2026 Art 3.3, 5.2",
    "deadlines",
)
def spokesperson_posted_in_time(context):
    pages = SpokespersonPage.objects.filter(locale=Locale.get_default()).order_by("path")
    return Result.of(finding for page in pages for finding in page_findings(context, page))
