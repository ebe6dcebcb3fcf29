"""Reading an import file: the rows of a CSV or JSON file in the export format, and the cells' text."""

import csv
import io
import json
from pathlib import Path

from django.utils.translation import gettext as _

from core.spreadsheets import restore_cell
from core.text import nfc as normalise


class ImportError_(Exception):
    """The file cannot be read as a list of documents."""


def read_rows(path):
    """(line number, row dict) pairs from a CSV or JSON file; the line of a JSON row is its position + 1."""
    path = Path(path)
    raw = path.read_bytes().decode("utf-8-sig")
    if path.suffix.lower() == ".json" or raw.lstrip().startswith("["):
        data = json.loads(raw)
        if not isinstance(data, list):
            raise ImportError_(_("A JSON file must hold a list of documents."))
        return [(index + 1, row if isinstance(row, dict) else {}) for index, row in enumerate(data)]
    reader = csv.DictReader(io.StringIO(raw))
    # The export wrote cells that looked like formulas with a leading apostrophe (core.spreadsheets).
    return [
        (reader.line_num, {key: restore_cell(value or "") for key, value in row.items() if key})
        for row in reader
    ]


def cell(value):
    """A cell of an imported row: NFC, without surrounding spaces."""
    return normalise(value).strip()


def split_list(value):
    """The items of a list cell ("a; b; c"), or of a JSON list."""
    if isinstance(value, list):
        return [cell(str(item)) for item in value if cell(str(item))]
    return [item for item in (cell(part) for part in str(value or "").split(";")) if item]
