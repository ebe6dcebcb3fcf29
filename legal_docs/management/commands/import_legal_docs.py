"""python manage.py import_legal_docs FILE --user USERNAME [--attachments-dir DIR] [--skip-invalid]
[--dry-run] [--drafts] [--clear-empty] [--replace-relations] [--create-taxonomies]"""

import sys
import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from core.permissions import is_administrator
from legal_docs.importer import Importer, ImportError_


class Command(BaseCommand):
    help = (
        "Import legal documents from a CSV, JSON or XLSX file (the columns of /van-ban/?format=csv, plus "
        "relation columns). Every row is checked first; nothing is written if a row is bad, unless "
        "--skip-invalid. Nothing is published: the import makes a batch for the editor-in-chief to approve."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--user", help="User name of the person importing (required unless --dry-run).")
        parser.add_argument("--attachments-dir", help="Folder holding the files named in tep_dinh_kem.")
        parser.add_argument(
            "--skip-invalid", action="store_true", help="Import the good rows, report the bad."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Do the whole import, show what it would do, roll back."
        )
        parser.add_argument(
            "--drafts",
            "--draft",
            action="store_true",
            help="Administrators: leave the documents as drafts for review one by one (no batch approval).",
        )
        parser.add_argument(
            "--clear-empty",
            action="store_true",
            help="Empty cells clear their field (else they are ignored).",
        )
        parser.add_argument(
            "--replace-relations",
            action="store_true",
            help="The file's relation columns are complete lists: relations they leave out are removed.",
        )
        parser.add_argument(
            "--create-taxonomies",
            action="store_true",
            help="Create the issuers, fields and signers the portal lacks (else their rows are refused).",
        )

    def handle(self, file, **options):
        verbosity = options.get("verbosity", 1)
        dry_run = options.get("dry_run", False)
        skip_invalid = options.get("skip_invalid", False)
        user = self._user(options.get("user"), dry_run, options.get("drafts", False))
        started = time.monotonic()
        importer = Importer(
            attachments_dir=options.get("attachments_dir"),
            user=user,
            progress=self._progress if verbosity else None,
            drafts=options.get("drafts", False),
            clear_empty=options.get("clear_empty", False),
            replace_relations=options.get("replace_relations", False),
            create_taxonomies=options.get("create_taxonomies", False),
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
        if dry_run and verbosity:
            self._preview(result.preview)
        summary = _(
            "%(created)d created, %(updated)d updated, %(unchanged)d unchanged, %(skipped)d skipped "
            "in %(seconds).1f s."
        ) % {
            "created": result.created,
            "updated": result.updated,
            "unchanged": result.unchanged,
            "skipped": result.skipped,
            "seconds": time.monotonic() - started,
        }
        if dry_run:
            self.stdout.write(_("Dry run (nothing was kept): %(summary)s") % {"summary": summary})
        elif result.batch is not None:
            self.stdout.write(
                _("%(summary)s Import batch %(batch)d: %(next)s")
                % {
                    "summary": summary,
                    "batch": result.batch.pk,
                    "next": _("drafts for review one by one.")
                    if options.get("drafts")
                    else _("awaiting the editor-in-chief's approval (Legal documents → Import batches)."),
                }
            )

    def _user(self, username, dry_run, drafts):
        if not username:
            if dry_run:
                return None
            raise CommandError(_("Say who imports: --user USERNAME (the import batch names its importer)."))
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(_("No active user “%(name)s”.") % {"name": username})
        if drafts and not is_administrator(user):
            raise CommandError(_("Only administrators may import straight to drafts."))
        return user

    def _preview(self, preview):
        labels = {
            "created": _("New"),
            "updated": _("Changed"),
            "unchanged": _("Unchanged"),
            "refused": _("Refused"),
        }
        for kind, label in labels.items():
            for row in preview.get(kind, []):
                detail = row.get("reason") or ", ".join(row.get("changes", []))
                number = row.get("number", "")
                self.stdout.write(
                    _("%(label)s: line %(line)d %(number)s %(detail)s")
                    % {"label": label, "line": row["line"], "number": number, "detail": detail}
                )

    def _progress(self, done, total):
        if not sys.stdout.isatty() and done != total:
            return
        width = 30
        filled = int(width * done / max(total, 1))
        self.stdout.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")
        self.stdout.flush()
