"""python manage.py import_legal_docs FILE [--attachments-dir DIR] [--skip-invalid] [--dry-run] [--draft]"""

import sys
import time

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from legal_docs.importer import Importer, ImportError_


class Command(BaseCommand):
    help = (
        "Import legal documents from a CSV or JSON file in the export format of /van-ban/?format=csv|json. "
        "Every row is checked first; nothing is written if a row is bad, unless --skip-invalid. "
        "Importing the same file again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--attachments-dir", help="Folder holding the files named in tep_dinh_kem.")
        parser.add_argument(
            "--skip-invalid", action="store_true", help="Import the good rows, report the bad."
        )
        parser.add_argument("--dry-run", action="store_true", help="Check the file and write nothing.")
        parser.add_argument(
            "--draft", action="store_true", help="Leave new documents as drafts for the review workflow."
        )

    def handle(self, file, attachments_dir=None, skip_invalid=False, dry_run=False, draft=False, **options):
        verbosity = options.get("verbosity", 1)
        started = time.monotonic()
        importer = Importer(
            attachments_dir=attachments_dir, publish=not draft, progress=self._progress if verbosity else None
        )
        try:
            result = importer.run(file, skip_invalid=skip_invalid, dry_run=dry_run)
        except (OSError, ValueError, ImportError_) as error:
            raise CommandError(f"{file}: {error}") from error
        for error in result.errors:
            self.stderr.write(f"{file}: {error}")
        if verbosity:
            self.stdout.write("\r" + " " * 40 + "\r", ending="")
        if result.errors and not skip_invalid:
            raise CommandError(
                _("%(count)d invalid row(s); nothing was imported (use --skip-invalid to import the rest).")
                % {"count": len(result.errors)}
            )
        elapsed = time.monotonic() - started
        summary = _(
            "%(created)d created, %(updated)d updated, %(unchanged)d unchanged, %(skipped)d skipped "
            "in %(seconds).1f s."
        ) % {
            "created": result.created,
            "updated": result.updated,
            "unchanged": result.unchanged,
            "skipped": result.skipped,
            "seconds": elapsed,
        }
        self.stdout.write(_("Dry run: %(summary)s") % {"summary": summary} if dry_run else summary)

    def _progress(self, done, total):
        if not sys.stdout.isatty() and done != total:
            return
        width = 30
        filled = int(width * done / max(total, 1))
        self.stdout.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")
        self.stdout.flush()
