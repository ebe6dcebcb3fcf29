"""The import template an office clerk fills in: the columns, what each holds, and one real example row.

Served from the admin (Legal documents → Import batches → template, as XLSX or CSV) and described in
docs/legal-documents.md. A file may leave out any column but the number and the issuer: what it leaves out
is left as it is.
"""

import csv
import io

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from openpyxl import Workbook
from openpyxl.styles import Font

TEMPLATE_COLUMNS = [
    ("so_ky_hieu", _("Number and symbol, as printed (required)")),
    ("loai_ten", _("Document type: name, code (NĐ, QĐ…) or slug")),
    ("co_quan_ten", _("Issuing authority: name, code or slug (required)")),
    ("cap_ban_hanh", _("Issuing level: trung-uong, thanh-pho or phuong")),
    ("ngay_ban_hanh", _("Date of issue (dd/mm/yyyy)")),
    ("ngay_hieu_luc", _("In force from (dd/mm/yyyy)")),
    ("ngay_het_hieu_luc", _("In force until (dd/mm/yyyy)")),
    ("trich_yeu", pgettext_lazy("legal document", "Summary")),
    ("linh_vuc_ten", _("Fields, separated by ;")),
    ("nguoi_ky_ten", _("Signed by")),
    ("chuc_vu", _("Position of the signer")),
    ("tinh_trang_thu_cong", _("Validity status, when it must be set by hand")),
    ("tinh_trang_tu_ngay", _("Date the manual validity status applies from")),
    ("can_cu", _("Based on: document numbers, separated by ;")),
    ("thay_the", _("Replaces")),
    ("bi_thay_the_boi", _("Replaced by")),
    ("sua_doi", _("Amends or supplements")),
    ("bi_sua_doi_boi", _("Amended or supplemented by")),
    ("bai_bo", _("Repeals")),
    ("bi_bai_bo_boi", _("Repealed by")),
    ("huong_dan", _("Guides the implementation of")),
    ("duoc_huong_dan_boi", _("Implementation guided by")),
    ("noi_nhan_cong", _("1 when the portal is among the recipients")),
]
# A real national decree, with its metadata as published in the national legal database.
EXAMPLE_ROW = {
    "so_ky_hieu": "13/2023/NĐ-CP",
    "loai_ten": "Nghị định",
    "co_quan_ten": "Chính phủ",
    "cap_ban_hanh": "trung-uong",
    "ngay_ban_hanh": "17/04/2023",
    "ngay_hieu_luc": "01/07/2023",
    "trich_yeu": "Bảo vệ dữ liệu cá nhân",
    "linh_vuc_ten": "Công nghệ thông tin",
    "nguoi_ky_ten": "Trần Lưu Quang",
    "chuc_vu": "Phó Thủ tướng",
}


def template_csv():
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.DictWriter(buffer, fieldnames=[name for name, _help in TEMPLATE_COLUMNS])
    writer.writeheader()
    writer.writerow(EXAMPLE_ROW)
    return buffer.getvalue().encode("utf-8")


def template_xlsx():
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "van-ban"
    names = [name for name, _help in TEMPLATE_COLUMNS]
    sheet.append(names)
    sheet.append([EXAMPLE_ROW.get(name, "") for name in names])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    notes = workbook.create_sheet(str(_("Columns")))
    for name, help_text in TEMPLATE_COLUMNS:
        notes.append([name, str(help_text)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
