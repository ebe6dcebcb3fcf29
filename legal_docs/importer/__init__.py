"""Importing legal documents from CSV or JSON (the export format, `legal_docs.exports.COLUMNS`).

Every row is validated first; nothing is written while any row is bad, unless the caller skips bad rows.
Rows are matched to existing records by issuer and number, so importing the same file twice changes
nothing. Writes are batched (bulk create/update) so that tens of thousands of rows import in seconds.

Imported documents are published: they were issued and published before, the import is an operator's
action recorded in the audit log ("legal_docs.import"), and `--draft` leaves them for the workflow instead.

reading   the file's rows and cells
parsing   each row checked and turned into a document's values (`RowParser`)
writing   documents, search index and audit log written in bulk (`DocumentWriter`)
children  each document's fields, relations and attached files made those of its row
"""

from pathlib import Path

from django.db import transaction

from ..facet_cache import invalidate as invalidate_facets
from .parsing import ParsedRow, RowError, RowParser
from .reading import ImportError_, read_rows
from .writing import DocumentWriter, ImportResult

__all__ = ["ImportError_", "ImportResult", "Importer", "ParsedRow", "RowError"]


class Importer:
    def __init__(self, attachments_dir=None, publish=True, user=None, progress=None):
        attachments_dir = Path(attachments_dir) if attachments_dir else None
        self.parser = RowParser(attachments_dir)
        self.writer = DocumentWriter(attachments_dir, publish=publish, user=user, progress=progress)

    def validate(self, rows):
        return self.parser.validate(rows)

    def run(self, path, skip_invalid=False, dry_run=False):
        rows = read_rows(path)
        valid, errors = self.validate(rows)
        result = ImportResult(errors=errors)
        if errors and not skip_invalid:
            return result
        result.skipped = len(errors)
        if dry_run:
            return result
        with transaction.atomic():
            self.apply(valid, result)
            invalidate_facets()
        return result

    def apply(self, rows, result):
        for item in self.parser.new_taxonomy_items():
            item.save()
        self.writer.write(rows, result)
