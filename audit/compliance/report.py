"""Running the compliance report: every registered check, its result, when it ran; as JSON or XLSX."""

import io
import json
from dataclasses import asdict, dataclass

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext

from core.compliance import CHECKS, FAIL, Context, Result

from . import (  # noqa: F401 - they register the checks
    conformance,
    content,
    deadlines,
    links,
    publication,
    spokespeople,
)

GROUPS = {
    "publication": gettext_lazy("Publication"),
    "deadlines": gettext_lazy("Deadlines"),
    "content": gettext_lazy("Mandatory content"),
    "conformance": gettext_lazy("Conformance self-check"),
}


@dataclass
class Line:
    check: object
    result: Result


@dataclass
class Report:
    ran_at: object
    lines: list

    @property
    def failed(self):
        return [line for line in self.lines if line.result.status == FAIL]

    def as_dict(self):
        return {
            "ran_at": timezone.localtime(self.ran_at).isoformat(timespec="seconds"),
            "passed": not self.failed,
            "checks": [
                {
                    "code": line.check.code,
                    "group": line.check.group,
                    "title": str(line.check.title),
                    "basis": str(line.check.basis),
                    "checked_by_people": line.check.by_people,
                    "status": line.result.status,
                    "note": line.result.note,
                    "findings": [asdict(finding) for finding in line.result.findings],
                }
                for line in self.lines
            ],
        }


def run(context=None):
    context = context or Context()
    lines = []
    for item in CHECKS.values():
        result = conformance.signed_off(context, item.code) if item.by_people else item.function(context)
        lines.append(Line(item, result))
    order = list(GROUPS)
    lines.sort(key=lambda line: order.index(line.check.group))
    return Report(context.now, lines)


def as_json(report):
    return json.dumps(report.as_dict(), ensure_ascii=False, indent=2, default=str)


def as_xlsx(report):
    """One row per finding (or per check that passes), with the check's basis and status."""
    from openpyxl import Workbook  # noqa: PLC0415 - openpyxl is heavy and only the export needs it

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Compliance")
    sheet.append([_("Ran at"), timezone.localtime(report.ran_at).strftime("%d/%m/%Y %H:%M")])
    sheet.append(
        [
            pgettext("compliance report", "Group"),
            pgettext("compliance report", "Code"),
            _("Check"),
            _("Legal basis"),
            _("Status"),
            _("Item"),
            _("Detail"),
            _("Working days late"),
            _("Hours late"),
        ]
    )
    for line in report.lines:
        base = [
            str(GROUPS[line.check.group]),
            line.check.code,
            str(line.check.title),
            str(line.check.basis),
            _("pass") if line.result.status != FAIL else _("fail"),
        ]
        if not line.result.findings:
            sheet.append([*base, "", line.result.note, None, None])
        for finding in line.result.findings:
            sheet.append(
                [*base, finding.label, finding.detail, finding.late_working_days, finding.late_hours]
            )
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()
