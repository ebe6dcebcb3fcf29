"""`manage.py verify_audit_log`: walk the sealed audit log; exit 1 naming the first problem when broken."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from audit.verification import record, verify


def anchor_pair(text):
    seal_id, _, hash_ = text.partition(":")
    if not seal_id.isdigit() or len(hash_) != 64:
        raise CommandError(f"An anchor is SEAL_ID:SHA256, not {text!r}.")
    return int(seal_id), hash_.lower()


class Command(BaseCommand):
    help = "Verify the sealed chain of the audit log; names the first edited, deleted or inserted entry."

    def add_arguments(self, parser):
        parser.add_argument(
            "--anchor",
            action="append",
            type=anchor_pair,
            default=[],
            help="SEAL_ID:SHA256 from a copy kept outside the portal; may be repeated.",
        )
        parser.add_argument("--no-record", action="store_true", help="Do not store the result or an anchor.")

    def handle(self, *args, anchor, no_record, **options):
        report = verify(anchors=anchor)
        if not no_record:
            record(report)
        if not report.intact:
            for problem in report.problems[1:6]:
                self.stderr.write(problem.describe())
            raise CommandError(
                _("Audit log broken (%(count)s problems); first: %(first)s")
                % {"count": len(report.problems), "first": report.first_problem.describe()}
            )
        self.stdout.write(
            _("Audit log intact: %(count)s entries, head #%(id)s %(hash)s (%(seconds).1f s).")
            % {
                "count": report.checked,
                "id": report.head_id,
                "hash": report.head_hash,
                "seconds": report.seconds,
            }
        )
