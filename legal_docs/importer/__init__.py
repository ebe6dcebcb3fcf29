"""Importing legal documents from CSV, JSON or XLSX (the export format, `legal_docs.exports.COLUMNS`, plus
the relation columns of `parsing.RELATION_COLUMNS`).

Every row is validated first; nothing is written while any row is bad, unless the caller skips bad rows.
Rows are matched to existing records by issuer and number, so importing the same file twice changes
nothing. An import never removes what the file does not carry, and never publishes: it creates an import
batch (`models.ImportBatch`) whose documents go live when an editor-in-chief approves it
(`approval.approve_batch`); "as drafts" (administrators), each document is reviewed on its own instead.
A dry run does the whole import in a transaction that is rolled back: its counts are the real run's.

reading     the file's rows and cells
taxonomies  types, issuers, fields and signers found by slug, code or name
parsing     each row checked and turned into what it gives a document (`RowParser`)
writing     drafts, revisions, the batch's items, search index and audit log written in bulk
children    each document's fields, relations and attached files, read and written in bulk
approval    a batch approved (published) or rejected, under the two-person rule
"""

from pathlib import Path

from django.db import transaction

from core.gc_pause import paused_garbage_collection

from ..facet_cache import invalidate as invalidate_facets
from ..models import ImportBatch
from .parsing import ParsedRow, RowError, RowParser
from .reading import ImportError_, read_rows
from .writing import DocumentWriter, ImportResult

__all__ = ["ImportError_", "ImportResult", "Importer", "ParsedRow", "RowError"]


class DryRunRollback(Exception):
    """Raised to roll back a dry run's transaction."""


class Importer:
    def __init__(
        self,
        attachments_dir=None,
        user=None,
        progress=None,
        *,
        drafts=False,
        clear_empty=False,
        replace_relations=False,
        create_taxonomies=False,
    ):
        attachments_dir = Path(attachments_dir) if attachments_dir else None
        self.user = user
        self.drafts = drafts
        self.parser = RowParser(
            attachments_dir,
            clear_empty=clear_empty,
            replace_relations=replace_relations,
            create=create_taxonomies,
        )
        self.writer = DocumentWriter(attachments_dir, user=user, progress=progress)

    def validate(self, rows):
        return self.parser.validate(rows)

    def run(self, path, skip_invalid=False, dry_run=False, file_name=None):
        """Import the file; with `dry_run`, everything is done and then rolled back. The result carries
        the counts, the preview and (unless a dry run, or bad rows stopped it) the batch, which names the
        file `file_name` (default: the file's own name)."""
        with paused_garbage_collection():
            return self._run(path, skip_invalid, dry_run, file_name)

    def _run(self, path, skip_invalid, dry_run, file_name):
        rows = read_rows(path)
        self.writer.progress(0, len(rows))  # the rows are being checked
        valid, errors = self.validate(rows)
        result = ImportResult(errors=errors)
        result.preview["refused"] = [{"line": error.line, "reason": error.reason} for error in errors[:10]]
        if errors and not skip_invalid:
            return result
        result.skipped = len(errors)
        try:
            with transaction.atomic():
                result.batch = self.apply(file_name or Path(path).name, valid, result)
                if dry_run:
                    raise DryRunRollback
                invalidate_facets()
        except DryRunRollback:
            result.batch = None
        return result

    def apply(self, file_name, rows, result):
        for item in self.parser.new_taxonomy_items():
            item.save()
        batch = ImportBatch.objects.create(
            user=self.user,
            file_name=file_name[:255],
            status=ImportBatch.Status.DRAFTS if self.drafts else ImportBatch.Status.PENDING,
        )
        self.writer.write(rows, result, self.parser.references, batch)
        batch.created_count, batch.updated_count = result.created, result.updated
        batch.unchanged_count, batch.refused_count = result.unchanged, result.skipped
        batch.preview = result.preview
        batch.save()
        return batch
