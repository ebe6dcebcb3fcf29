"""What may be attached: a short list of file types, recognised by their content, under a size cap."""

import io
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from core.uploads import check_upload

ALLOWED_EXTENSIONS = {
    "pdf": "pdf",
    "doc": "doc",
    "docx": "docx",
    "xls": "xls",
    "xlsx": "xlsx",
    "jpg": "jpg",
    "jpeg": "jpg",
    "png": "png",
    "mp4": "mp4",
}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def max_size():
    return settings.INTAKE_MAX_ATTACHMENT_SIZE


def sniff(data):
    """The kinds of file `data` can be, from its first bytes (and, for zip containers, their parts)."""
    if data.startswith(b"%PDF-"):
        return {"pdf"}
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return {"png"}
    if data.startswith(b"\xff\xd8\xff"):
        return {"jpg"}
    if data.startswith(OLE_MAGIC):
        return {"doc", "xls"}
    if len(data) > 12 and data[4:8] == b"ftyp":
        return {"mp4"}
    if data.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return set()
        kinds = set()
        if any(name.startswith("word/") for name in names):
            kinds.add("docx")
        if any(name.startswith("xl/") for name in names):
            kinds.add("xlsx")
        return kinds
    return set()


def check_attachment(name, data):
    """The file's kind ("pdf", "docx", …) if it may be attached; otherwise a ValidationError saying why."""
    if len(data) > max_size():
        raise ValidationError(
            _("“%(name)s” is too large (%(size)s). Each file may be at most %(limit)s.")
            % {"name": name, "size": filesizeformat(len(data)), "limit": filesizeformat(max_size())},
            code="too_large",
        )
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    kind = ALLOWED_EXTENSIONS.get(ext)
    if kind is None:
        raise ValidationError(
            _("“%(name)s” is not an accepted file type. Accepted: PDF, Word, Excel, JPG, PNG, MP4.")
            % {"name": name},
            code="bad_type",
        )
    # Before anything opens it: a zip's directory (entries, unpacked size), a PDF's scripts, markup.
    check_upload(name, data)
    if kind not in sniff(data[: 64 * 1024] if kind not in {"docx", "xlsx"} else data):
        raise ValidationError(
            _("The content of “%(name)s” does not match its extension; the file was refused.")
            % {"name": name},
            code="disguised",
        )
    return kind
