"""Walking the chain: which entry, if any, was edited, deleted or slipped in since it was sealed.

The walk reads the seals in chain order, a batch at a time, and the entries they name with one query per
log model and batch. It stops at nothing: every problem is collected, and the first in chain order is the
one the command names. Entries that no seal names are listed after, oldest first: they were inserted
outside the portal (or before the audit app was installed and not sealed by its migration).
"""

import json
import time
from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from .chain import GENESIS, canonical, digest, entry_fields, stream
from .models import Anchor, LogSeal, Verification
from .sealing import log_models

BATCH_SIZE = 5000


@dataclass
class Problem:
    kind: str  # "edited", "deleted", "inserted", "broken"
    entry_model: str
    entry_id: int
    seal_id: int | None
    detail: str = ""

    def describe(self):
        where = f"{self.entry_model} #{self.entry_id}"
        seal = _(" (seal #%(seal)s)") % {"seal": self.seal_id} if self.seal_id else ""
        messages = {
            "edited": _("Entry %(where)s was edited after it was sealed%(seal)s: %(detail)s"),
            "deleted": _("Entry %(where)s was deleted after it was sealed%(seal)s."),
            "inserted": _("Entry %(where)s was inserted without a seal, outside the portal: %(detail)s"),
            "broken": _("The chain is broken at %(where)s%(seal)s: %(detail)s"),
        }
        return messages[self.kind] % {"where": where, "seal": seal, "detail": self.detail}


@dataclass
class Report:
    checked: int = 0
    head_id: int | None = None
    head_hash: str = GENESIS
    problems: list = field(default_factory=list)
    seconds: float = 0.0

    @property
    def intact(self):
        return not self.problems

    @property
    def first_problem(self):
        return self.problems[0] if self.problems else None


def changed_fields(sealed_content, entry):
    sealed, current = json.loads(sealed_content), entry_fields(entry)
    return ", ".join(
        sorted(name for name in set(sealed) | set(current) if sealed.get(name) != current.get(name))
    )


def check_batch(seals, previous, report):
    ids_by_model = {}
    for seal in seals:
        ids_by_model.setdefault(seal.entry_model, []).append(seal.entry_id)
    entries = {}
    for label, ids in ids_by_model.items():
        model = apps.get_model(label)
        entries.update({(label, pk): entry for pk, entry in model.objects.in_bulk(ids).items()})
    for seal in seals:
        if seal.previous_hash != previous:
            report.problems.append(
                Problem("broken", seal.entry_model, seal.entry_id, seal.pk, _("a seal before it is missing"))
            )
        elif digest(previous, seal.content) != seal.hash:
            report.problems.append(
                Problem("broken", seal.entry_model, seal.entry_id, seal.pk, _("the seal was altered"))
            )
        entry = entries.get((seal.entry_model, seal.entry_id))
        if entry is None:
            report.problems.append(Problem("deleted", seal.entry_model, seal.entry_id, seal.pk))
        elif canonical(entry) != seal.content:
            detail = changed_fields(seal.content, entry)
            report.problems.append(Problem("edited", seal.entry_model, seal.entry_id, seal.pk, detail))
        previous = seal.hash
        report.checked += 1
        report.head_id, report.head_hash = seal.pk, seal.hash
    return previous


def unsealed_entries(report):
    found = []
    for model in log_models():
        label = model._meta.label_lower
        sealed = LogSeal.objects.filter(entry_model=label).values("entry_id")
        for entry in model.objects.exclude(pk__in=Subquery(sealed)).order_by("timestamp", "pk"):
            detail = f"{entry.action} {entry.timestamp:%Y-%m-%d %H:%M:%S}"
            found.append((entry.timestamp, Problem("inserted", label, entry.pk, None, detail)))
    report.problems.extend(problem for _, problem in sorted(found, key=lambda pair: pair[0]))


def check_anchors(report, anchors):
    """Each anchor (seal id, hash) must still be the hash of that seal."""
    hashes = dict(
        LogSeal.objects.filter(pk__in=[seal_id for seal_id, _ in anchors]).values_list("pk", "hash")
    )
    for seal_id, expected in anchors:
        if hashes.get(seal_id) != expected:
            report.problems.append(
                Problem(
                    "broken",
                    "audit.logseal",
                    seal_id,
                    seal_id,
                    _("the anchor %(hash)s no longer matches") % {"hash": expected[:16]},
                )
            )


def verify(anchors=None):
    """Walk the whole chain; `anchors` are (seal id, hash) pairs to check besides the stored anchors."""
    started = time.monotonic()
    report = Report()
    previous, last_id = GENESIS, 0
    while True:
        seals = list(LogSeal.objects.filter(pk__gt=last_id).order_by("pk")[:BATCH_SIZE])
        if not seals:
            break
        previous = check_batch(seals, previous, report)
        last_id = seals[-1].pk
    unsealed_entries(report)
    stored = list(Anchor.objects.values_list("seal_id_at", "hash"))
    check_anchors(report, stored + list(anchors or []))
    report.seconds = time.monotonic() - started
    return report


def record(report):
    """Store the run for the administrators and, when the chain is whole, write a new anchor."""
    now = timezone.now()
    first = report.first_problem
    Verification.objects.create(
        ran_at=now,
        intact=report.intact,
        entries_checked=report.checked,
        first_problem=first.describe() if first else "",
        seconds=report.seconds,
    )
    if report.intact and report.head_id is not None:
        anchor = Anchor.objects.create(seal_id_at=report.head_id, hash=report.head_hash, created_at=now)
        stream.info(
            json.dumps({"anchor": {"seal": anchor.seal_id_at, "hash": anchor.hash, "at": now.isoformat()}})
        )
        return anchor
    return None
