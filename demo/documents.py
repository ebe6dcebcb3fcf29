"""Sample attachments: spreadsheets written with openpyxl and PDFs drawn with Pillow.

Both return bytes and never touch the database. A PDF is a sequence of A4 page images with the text
drawn on them (Pillow cannot write PDF text), laid out from a list of blocks as the data files write
them, one style and its content each:

    {header: {left: [lines], right: [lines]}}   the two-column heading of a Vietnamese administrative document
    {title: text} {subtitle: text} {center: text} {heading: text} {para: text} {right: text} {small: text}
    {field: label}                              a label followed by a dotted line to fill in by hand
    {space: pixels}
"""

import io
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from PIL import Image, ImageDraw

from .fonts import font

DPI = 100
PAGE_WIDTH, PAGE_HEIGHT = 827, 1169  # A4 at 100 dpi
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 90, 70, 70, 80

STYLES = {
    "title": (font(21, "bold"), "center", 10),
    "subtitle": (font(17, "bold"), "center", 6),
    "center": (font(15), "center", 4),
    "heading": (font(15, "bold"), "left", 8),
    "para": (font(15), "left", 6),
    "field": (font(15), "left", 10),
    "right": (font(15), "right", 4),
    "small": (font(13), "left", 2),
}


class _Pages:
    def __init__(self, footer):
        self.pages = []
        self.footer = footer
        self._new_page()

    def _new_page(self):
        self.image = Image.new("L", (PAGE_WIDTH, PAGE_HEIGHT), 255)
        self.draw = ImageDraw.Draw(self.image)
        self.pages.append(self.image)
        self.y = MARGIN_TOP

    def ensure(self, height):
        if self.y + height > PAGE_HEIGHT - MARGIN_BOTTOM:
            self._new_page()

    def finish(self):
        total = len(self.pages)
        small = font(12)
        for number, page in enumerate(self.pages, start=1):
            draw = ImageDraw.Draw(page)
            text = f"{self.footer} — Trang {number}/{total}"
            width = draw.textlength(text, font=small)
            draw.text(((PAGE_WIDTH - width) / 2, PAGE_HEIGHT - 50), text, font=small, fill=90)
        return self.pages


def _wrap(draw, text, text_font, width):
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=text_font) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines or [""]


def _line_height(text_font):
    return int(text_font.size * 1.55) if hasattr(text_font, "size") else 18


def _draw_lines(pages, lines, text_font, align, left, width):
    height = _line_height(text_font)
    for line in lines:
        pages.ensure(height)
        length = pages.draw.textlength(line, font=text_font)
        if align == "center":
            x = left + (width - length) / 2
        elif align == "right":
            x = left + width - length
        else:
            x = left
        pages.draw.text((x, pages.y), line, font=text_font, fill=0)
        pages.y += height


def pdf_bytes(blocks, footer="Tài liệu mẫu (minh họa)"):
    pages = _Pages(footer)
    text_width = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    for block in blocks:
        ((style, content),) = block.items()
        if style == "space":
            pages.y += int(content)
            continue
        if style == "header":
            left_lines, right_lines = content["left"], content["right"]
            column = text_width / 2
            top = pages.y
            _draw_lines(pages, left_lines, font(14, "bold"), "center", MARGIN_LEFT - 30, column)
            bottom = pages.y
            pages.y = top
            _draw_lines(
                pages, right_lines, font(14, "bold"), "center", MARGIN_LEFT + column - 10, column + 40
            )
            pages.y = max(bottom, pages.y) + 16
            continue
        text_font, align, spacing = STYLES[style]
        if style == "field":
            label = content
            dots_from = pages.draw.textlength(label + " ", font=text_font)
            dots = "." * max(
                3, int((text_width - dots_from) / max(1, pages.draw.textlength(".", font=text_font)))
            )
            _draw_lines(pages, [f"{label} {dots}"], text_font, "left", MARGIN_LEFT, text_width)
        else:
            lines = _wrap(pages.draw, content, text_font, text_width)
            _draw_lines(pages, lines, text_font, align, MARGIN_LEFT, text_width)
        pages.y += spacing
    images = pages.finish()
    buffer = io.BytesIO()
    images = [page.convert("1", dither=Image.Dither.NONE) for page in images]
    images[0].save(buffer, "PDF", save_all=True, append_images=images[1:], resolution=DPI)
    return buffer.getvalue()


THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="F2E6D9")


def xlsx_bytes(sheets, title=""):
    """A workbook with one sheet per entry of `sheets`.

    Each entry is a dict: name, heading (list of lines above the table), columns (list of
    [label, width]), rows (lists of values; a value written as a number, such as 38500 or 97.5, is a
    number), total (label of a SUM row over the numeric columns, or None), note (a line under the table).
    """
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.title = title
    workbook.properties.creator = "UBND phường Dương Kinh (dữ liệu mẫu)"
    for sheet_spec in sheets:
        sheet = workbook.create_sheet(sheet_spec["name"][:31])
        row = 1
        columns = sheet_spec["columns"]
        for line in sheet_spec.get("heading", []):
            sheet.cell(row=row, column=1, value=line).font = Font(bold=True, size=12)
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(columns))
            sheet.cell(row=row, column=1).alignment = Alignment(horizontal="center")
            row += 1
        row += 1
        header_row = row
        for index, (label, width) in enumerate(columns, start=1):
            width = int(width)
            cell = sheet.cell(row=row, column=index, value=label)
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            cell.border = BORDER
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            sheet.column_dimensions[get_column_letter(index)].width = width
        first_data_row = row + 1
        rows = [[_number_or_text(value) for value in values] for values in sheet_spec["rows"]]
        for values in rows:
            row += 1
            for index, value in enumerate(values, start=1):
                cell = sheet.cell(row=row, column=index, value=value)
                cell.border = BORDER
                if isinstance(value, (int, float)):
                    cell.number_format = "#,##0"
                else:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        if sheet_spec.get("total"):
            row += 1
            sheet.cell(row=row, column=1, value=sheet_spec["total"]).font = Font(bold=True)
            for index in range(1, len(columns) + 1):
                cell = sheet.cell(row=row, column=index)
                cell.border = BORDER
                sample = rows[0][index - 1] if rows else None
                if isinstance(sample, (int, float)) and index > 1:
                    letter = get_column_letter(index)
                    cell.value = f"=SUM({letter}{first_data_row}:{letter}{row - 1})"
                    cell.number_format = "#,##0"
                    cell.font = Font(bold=True)
        if sheet_spec.get("note"):
            row += 2
            sheet.cell(row=row, column=1, value=sheet_spec["note"]).font = Font(italic=True, color="555555")
        sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _number_or_text(value):
    if re.fullmatch(r"-?[0-9]+", value):
        return int(value)
    if re.fullmatch(r"-?[0-9]+\.[0-9]+", value):
        return float(value)
    return value
