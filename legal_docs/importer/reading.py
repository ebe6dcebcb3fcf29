"""Reading an import file: the rows of a CSV, JSON or XLSX file in the export format, and the cells' text.

A row holds the columns its file has and only those: a column the file lacks is absent from the row (the
import then leaves that field alone), an empty cell is "".
"""

import csv
import datetime
import io
import json
from pathlib import Path

from django.utils.translation import gettext as _
from openpyxl import load_workbook

from core.spreadsheets import restore_cell
from core.text import nfc as normalise


class ImportError_(Exception):
    """The file cannot be read as a list of documents."""


def read_rows(path):
    """(line number, row dict) pairs from a CSV or JSON file; the line of a JSON row is its position + 1."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        return read_xlsx(path)
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


def read_xlsx(path):
    """(line number, row dict) pairs from the first sheet of a workbook, its first row naming the columns.
    Dates typed as dates become yyyy-mm-dd; whole numbers lose their ".0"; empty rows are skipped."""
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises several types for a file that is not a workbook
        raise ImportError_(_("The file is not an Excel workbook (.xlsx).")) from error
    try:
        sheet = workbook.worksheets[0]
        lines = sheet.iter_rows(values_only=True)
        header = [str(value).strip() if value is not None else "" for value in next(lines, ())]
        rows = []
        for line, values in enumerate(lines, start=2):
            if all(value in (None, "") for value in values):
                continue
            row = {key: _xlsx_text(value) for key, value in zip(header, values, strict=False) if key}
            rows.append((line, row))
        return rows
    finally:
        workbook.close()


def _xlsx_text(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime | datetime.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def cell(value):
    """A cell of an imported row: NFC, without surrounding spaces."""
    return normalise(value).strip()


def split_list(value):
    """The items of a list cell ("a; b; c"), or of a JSON list."""
    if isinstance(value, list):
        return [cell(str(item)) for item in value if cell(str(item))]
    return [item for item in (cell(part) for part in str(value or "").split(";")) if item]
