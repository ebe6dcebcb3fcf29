"""Uploaded files checked by what they hold, before anything opens them; request bodies refused by size
before they are read.

Used by the public intake form (moderation/intake/files.py) and the admin's documents
(`core.forms.DocumentForm`, WAGTAILDOCS_DOCUMENT_FORM_BASE). Each check raises a `ValidationError` with a
Vietnamese message naming the file:

* `check_archive`: a zip container (docx, xlsx, odt, ods, zip) is read only from its central directory,
  which lists every entry with its unpacked size. More than UPLOAD_MAX_ARCHIVE_ENTRIES entries, or more
  than UPLOAD_MAX_UNPACKED_SIZE bytes once unpacked (a 200 KB file that inflates to 200 MB), and the file is
  refused before any program unpacks it.
* `check_pdf`: a PDF that carries JavaScript, launches a program or embeds files (the names /JavaScript,
  /JS, /Launch, /EmbeddedFile, /RichMedia, in the file or inside its compressed object streams) is refused.
* `check_not_markup`: a binary file (image, video, old Office format) whose first kilobytes hold HTML, SVG or
  XML markup (an "MP4" that a browser would run as a page) is refused, whatever its name and first bytes say.
* `check_virus`: when CLAMD_URL is set, the file is streamed to ClamAV's daemon (core/antivirus.py) and a file
  it finds infected is refused. When clamd cannot give a verdict (stopped, too slow, a file larger than
  CLAMD_MAX_SIZE) the file is refused too, with a message asking to try again later: configured means
  required, for the public and for staff (docs/hardening.md, "Virus scan"). Every such refusal is logged as
  a warning of this module's logger, with the file's name, size and SHA-256. Unset, nothing is sent anywhere.

`RequestSizeLimitMiddleware` answers 413 to a request whose Content-Length is above REQUEST_MAX_SIZE before
Django reads its body; the web server in front keeps its own, equal limit (docs/hardening.md).
"""

import hashlib
import io
import logging
import re
import zipfile
import zlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from . import antivirus

logger = logging.getLogger(__name__)
PDF_ACTIVE_NAMES = re.compile(rb"/(JavaScript|JS|Launch|EmbeddedFile|RichMedia|XFA)\b")
PDF_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.DOTALL)
MARKUP = re.compile(rb"<\s*(!doctype\s+html|html|head|body|script|svg|iframe|object|embed|\?xml)\b", re.I)
MARKUP_WINDOW = 4096
#: At most this many bytes of a PDF's compressed streams are unpacked to look for active content.
PDF_INFLATE_LIMIT = 64 * 1024 * 1024
#: The code of the ValidationError for a file refused only because clamd could not answer: the mail intake
#: leaves such a message unread for the next fetch instead of dropping its attachment.
SCAN_UNAVAILABLE = "virus_scan_unavailable"


def check_archive(name, data):
    """Refuse a zip container with too many entries or too much unpacked data (read from its directory)."""
    try:
        entries = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise ValidationError(
            _("“%(name)s” is damaged and cannot be read; the file was refused.") % {"name": name},
            code="damaged",
        ) from error
    if len(entries) > settings.UPLOAD_MAX_ARCHIVE_ENTRIES:
        raise ValidationError(
            _("“%(name)s” holds too many parts (%(count)d); the file was refused.")
            % {"name": name, "count": len(entries)},
            code="archive_entries",
        )
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > settings.UPLOAD_MAX_UNPACKED_SIZE:
        raise ValidationError(
            _("“%(name)s” would unpack to %(size)s, more than the %(limit)s allowed; the file was refused.")
            % {
                "name": name,
                "size": filesizeformat(unpacked),
                "limit": filesizeformat(settings.UPLOAD_MAX_UNPACKED_SIZE),
            },
            code="archive_size",
        )


def pdf_has_active_content(data):
    if PDF_ACTIVE_NAMES.search(data):
        return True
    budget = PDF_INFLATE_LIMIT
    for match in PDF_STREAM.finditer(data):
        inflater = zlib.decompressobj()
        try:
            text = inflater.decompress(match.group(1), budget)
        except zlib.error:
            continue  # not a deflated stream (an image, a font in another filter)
        budget -= len(text)
        if PDF_ACTIVE_NAMES.search(text):
            return True
        if budget <= 0:
            return True  # more packed data than any office document holds: treated as hostile
    return False


def check_pdf(name, data):
    if pdf_has_active_content(data):
        raise ValidationError(
            _("“%(name)s” contains scripts or embedded programs; the file was refused.") % {"name": name},
            code="pdf_active",
        )


def check_not_markup(name, data):
    if MARKUP.search(data[:MARKUP_WINDOW]):
        raise ValidationError(
            _("The content of “%(name)s” does not match its extension; the file was refused.")
            % {"name": name},
            code="disguised",
        )


def check_virus(name, data):
    """Refuse a file clamd finds infected, or one it cannot vouch for; nothing at all without CLAMD_URL."""
    if not antivirus.enabled():
        return
    try:
        signature = antivirus.scan(data)
    except antivirus.ScanTooLarge:
        log_refusal("too large for the virus scan", name, data)
        raise ValidationError(
            _("“%(name)s” is larger than the %(limit)s the virus scan reads; the file was refused.")
            % {"name": name, "limit": filesizeformat(settings.CLAMD_MAX_SIZE)},
            code="virus_scan_too_large",
        ) from None
    except antivirus.ScannerUnavailable as error:
        log_refusal(f"not scanned, {error}", name, data)
        raise ValidationError(
            _(
                "“%(name)s” could not be checked for viruses right now, so it was not accepted. "
                "Please try again in a few minutes."
            )
            % {"name": name},
            code=SCAN_UNAVAILABLE,
        ) from None
    if signature:
        log_refusal(f"infected ({signature})", name, data)
        raise ValidationError(
            _("“%(name)s” contains a virus or malicious code (%(signature)s); the file was refused.")
            % {"name": name, "signature": signature},
            code="virus",
        )


def log_refusal(reason, name, data):
    logger.warning(
        "Upload refused, %s: %r, %d bytes, sha256 %s",
        reason,
        name,
        len(data),
        hashlib.sha256(data).hexdigest(),
    )


def is_zip(data):
    return data.startswith(b"PK\x03\x04")


#: Text formats, which may mention any markup.
TEXT_EXTENSIONS = (".csv", ".txt")


def check_upload(name, data):
    """Every check that applies to `data` (the caller checks the kind and size it accepts): a zip
    container's directory, a PDF's active content, and markup in anything else but text; then, of a file
    that passed them, the virus scan when one is configured."""
    if is_zip(data):
        check_archive(name, data)
    elif data.startswith(b"%PDF-"):
        check_pdf(name, data)
    elif not name.lower().endswith(TEXT_EXTENSIONS):
        check_not_markup(name, data)
    check_virus(name, data)


class RequestSizeLimitMiddleware:
    """413 for a body declared larger than REQUEST_MAX_SIZE, before anything reads it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.REQUEST_MAX_SIZE:
            message = _("What you sent is larger than %(limit)s and was not received.") % {
                "limit": filesizeformat(settings.REQUEST_MAX_SIZE)
            }
            return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
