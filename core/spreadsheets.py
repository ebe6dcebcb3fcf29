"""Spreadsheet cells that stay text: no formula runs when someone opens one of the portal's CSV files.

A cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return, which some programs skip before
reading one of those) is a formula to Excel and LibreOffice: `=HYPERLINK(…)` typed into a public form would
become a live link in the editor's spreadsheet (OWASP "CSV injection"). Such a cell is written with a
leading apostrophe, which the programs show as plain text; `restore_cell` takes it away again for the
portal's own CSV import.

Every CSV the portal writes goes through `neutralise`: the open-data export of /van-ban/ directly, and
every admin list (the portal's and Wagtail's own reports) through `SpreadsheetExportMixin.write_csv_row`,
which `core.apps` wraps once at start-up.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def neutralise(value):
    """The value as a cell that a spreadsheet program reads as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return QUOTE + value
    return value


def restore_cell(value):
    """The value `neutralise` was given (for reading the portal's own CSV back)."""
    if isinstance(value, str) and value.startswith(QUOTE) and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def neutralised_row(row):
    return {key: neutralise(value) for key, value in row.items()}


def protect_admin_exports(mixin):
    """Replace `mixin.write_csv_row` (Wagtail's SpreadsheetExportMixin) by the same method that neutralises
    each cell after Wagtail has turned its value into text."""
    if getattr(mixin.write_csv_row, "neutralises_formulas", False):
        return

    def write_csv_row(self, writer, row_dict):
        # As Wagtail's own method: its preprocessing turns dates, users and models into text first.
        cells = {
            field: self.preprocess_field_value(field, value, self.FORMAT_CSV)
            for field, value in row_dict.items()
        }
        return writer.writerow(neutralised_row(cells))

    write_csv_row.neutralises_formulas = True
    mixin.write_csv_row = write_csv_row
