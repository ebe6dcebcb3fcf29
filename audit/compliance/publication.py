"""Published without approval: every live version of a page or a legal document must have been put out by
the review workflow's final approval; an emergency publication is listed with its reason until the
editor-in-chief acknowledges it (moderation/emergency.py writes both log actions)."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page, PageLogEntry, WorkflowState

from core.compliance import Finding, Result, check
from legal_docs.models import LegalDocument

EMERGENCY_PUBLISH = "portal.emergency_publish"
EMERGENCY_ACKNOWLEDGE = "portal.emergency_publish.acknowledge"


def approved_revision_ids():
    """The revisions that a completed workflow approved (its last task's revision)."""
    return set(
        WorkflowState.objects.filter(status=WorkflowState.STATUS_APPROVED).values_list(
            "current_task_state__revision_id", flat=True
        )
    )


def emergencies():
    """Emergency publications by revision id: (reason, acknowledged)."""
    acknowledged = {
        entry.data.get("emergency_publication_id")
        for entry in PageLogEntry.objects.filter(action=EMERGENCY_ACKNOWLEDGE).only("data")
    }
    found = {}
    for entry in PageLogEntry.objects.filter(action=EMERGENCY_PUBLISH).only("data", "revision_id"):
        record = entry.data.get("emergency_publication_id")
        found[entry.revision_id] = (entry.data.get("reason", ""), record in acknowledged)
    return found


def live_versions():
    """(label, admin URL, live revision id) of every live page and legal document published by a revision."""
    for page in (
        Page.objects.live().filter(depth__gt=1, live_revision__isnull=False).only("title", "live_revision_id")
    ):
        yield page.title, f"/admin/pages/{page.pk}/history/", page.live_revision_id
    for document in LegalDocument.objects.filter(live=True, live_revision__isnull=False).only(
        "number", "live_revision_id"
    ):
        yield str(document), "", document.live_revision_id


@check(
    "publication.approval",
    gettext_lazy("Every live version was approved by the editorial board"),
    "Quy chế (QĐ 218/2025) Art 9.1; NĐ 224/2026 Art 10",
    "publication",
)
def published_without_approval(context):
    approved, emergency = approved_revision_ids(), emergencies()
    findings = []
    for label, url, revision_id in live_versions():
        if revision_id in approved:
            continue
        if revision_id in emergency:
            reason, acknowledged = emergency[revision_id]
            if acknowledged:
                continue
            findings.append(
                Finding(label, _("Emergency publication awaiting acknowledgement: %s") % reason, url)
            )
        else:
            findings.append(Finding(label, _("The live version did not complete the review workflow."), url))
    return Result.of(findings)
