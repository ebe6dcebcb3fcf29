"""Open data: the (filtered) list as CSV or JSON, every matching document, streamed.

The columns are the import format too (`import_legal_docs` reads what this writes), so they are part of
the public contract. Lists inside a cell are separated by "; ". Relations read "kind:slug". A CSV cell that
a spreadsheet would read as a formula starts with an apostrophe (`core.spreadsheets`), which the import
takes away again.
"""

import csv
import json

from django.http import StreamingHttpResponse
from django.utils import timezone

from core.spreadsheets import neutralised_row

from .models.documents import LegalDocument
from .models.validity import compute_status

EXPORT_FORMATS = ("csv", "json")
LIST_SEPARATOR = "; "
COLUMNS = [
    "so_ky_hieu",
    "duong_dan",
    "loai",
    "loai_ten",
    "co_quan",
    "co_quan_ten",
    "cap_ban_hanh",
    "nguoi_ky",
    "nguoi_ky_ten",
    "chuc_vu",
    "ngay_ban_hanh",
    "ngay_hieu_luc",
    "ngay_het_hieu_luc",
    "trich_yeu",
    "linh_vuc",
    "linh_vuc_ten",
    "tinh_trang",
    "tinh_trang_thu_cong",
    "noi_nhan_cong",
    "quan_he",
    "tep_dinh_kem",
    "url",
]
CHUNK_SIZE = 1000


def _date(value):
    return value.isoformat() if value else ""


def _file_name(attachment):
    return attachment.file.file.name.rsplit("/", 1)[-1]


def export_row(document, base_url=""):
    fields = sorted(document.fields.all(), key=lambda item: item.slug)
    return {
        "so_ky_hieu": document.number,
        "duong_dan": document.slug,
        "loai": document.document_type.slug,
        "loai_ten": document.document_type.name,
        "co_quan": document.issuer.slug,
        "co_quan_ten": document.issuer.name,
        "cap_ban_hanh": document.level,
        "nguoi_ky": document.signer.slug if document.signer_id else "",
        "nguoi_ky_ten": document.signer.name if document.signer_id else "",
        "chuc_vu": document.signer_position,
        "ngay_ban_hanh": _date(document.issued_on),
        "ngay_hieu_luc": _date(document.effective_on),
        "ngay_het_hieu_luc": _date(document.expires_on),
        "trich_yeu": document.summary,
        "linh_vuc": LIST_SEPARATOR.join(item.slug for item in fields),
        "linh_vuc_ten": LIST_SEPARATOR.join(item.name for item in fields),
        "tinh_trang": document.__dict__.get("status") or compute_status(document),
        "tinh_trang_thu_cong": document.status_override,
        "noi_nhan_cong": "1" if document.portal_is_recipient else "0",
        "quan_he": LIST_SEPARATOR.join(
            f"{relation.kind}:{relation.target.slug}"
            for relation in sorted(document.relations.all(), key=lambda item: (item.sort_order or 0, item.pk))
        ),
        "tep_dinh_kem": LIST_SEPARATOR.join(_file_name(item) for item in document.attachments.all()),
        "url": f"{base_url}{document.slug}/" if base_url else "",
    }


def export_queryset(queryset):
    return (
        queryset.select_related("document_type", "issuer", "signer")
        .prefetch_related("fields", "relations__target", "attachments__file")
        .order_by("-issued_on", "-pk")
    )


def iter_rows(queryset, base_url=""):
    for document in export_queryset(queryset).iterator(chunk_size=CHUNK_SIZE):
        yield export_row(document, base_url)


class _Echo:
    def write(self, value):
        return value


def _csv_stream(rows):
    writer = csv.DictWriter(_Echo(), fieldnames=COLUMNS)
    yield "\ufeff"  # so that spreadsheet programs read the file as UTF-8
    yield writer.writeheader()
    for row in rows:
        yield writer.writerow(neutralised_row(row))  # a summary "=HYPERLINK(…)" stays text


def _json_stream(rows):
    yield "["
    first = True
    for row in rows:
        yield ("\n" if first else ",\n") + json.dumps(row, ensure_ascii=False)
        first = False
    yield "\n]\n"


def write_export(queryset, export_format, stream, base_url=""):
    """Write the export to an open text file (used by tests and by operators' scripts)."""
    chunks = _csv_stream if export_format == "csv" else _json_stream
    for chunk in chunks(iter_rows(queryset, base_url)):
        stream.write(chunk)


def export_response(queryset, export_format, index_page, request):
    base_url = index_page.get_full_url(request) or ""
    rows = iter_rows(queryset, base_url)
    stamp = timezone.localdate().isoformat()
    if export_format == "csv":
        response = StreamingHttpResponse(_csv_stream(rows), content_type="text/csv; charset=utf-8")
    else:
        response = StreamingHttpResponse(_json_stream(rows), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="van-ban-{stamp}.{export_format}"'
    return response


__all__ = ["COLUMNS", "EXPORT_FORMATS", "LegalDocument", "export_response", "write_export"]
