"""“Tạo bản nháp” as a legal document: an intake record (typically a document received by email or signed
electronically) becomes a draft `legal_docs.LegalDocument` with its text and attachments.

One choice per document type. What the record cannot say for sure is filled in so that the draft can be
saved, and the editor checks it before submitting the draft to the review workflow:
- the number and symbol: the first "218/2025/QĐ-UBND"-like number in the subject or text, else the record's
  tracking code (replace it, and empty the Address field so that it is made again from the real number);
- the issuing authority: the first one named in the subject, text or sender, else the ward's own;
- the date of issue: the first "ngày 12 tháng 3 năm 2026" in the text, else the day it was received.
Only LegalDocument's public model API is used; the draft is a revision, never published.
"""

import datetime
import re

from django.apps import apps
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import capfirst
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.documents import get_document_model

from core.text import nfc

from .drafts import DraftTarget, paragraphs_html
from .privacy import private_collection, private_name

KEY_PREFIX = "legal:"
NUMBER_PATTERN = re.compile(r"(?<![\w/])\d{1,5}/(?:\d{4}/)?[A-ZĐ]{1,10}(?:-[A-ZĐ0-9]{1,12})*(?![\w/])")
DATE_PATTERN = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)


def models():
    return (
        apps.get_model("legal_docs", "LegalDocument"),
        apps.get_model("legal_docs", "DocumentType"),
        apps.get_model("legal_docs", "Issuer"),
    )


def choices(user):
    LegalDocument, DocumentType, Issuer = models()
    if user is None or not user.has_perm("legal_docs.add_legaldocument") or not Issuer.objects.exists():
        return []
    label = capfirst(LegalDocument._meta.verbose_name)
    return [(f"{KEY_PREFIX}{kind.pk}", f"{label} – {kind.name}") for kind in DocumentType.objects.all()]


def number_from(record, text=None):
    for source in (record.subject, record.body if text is None else text):
        match = NUMBER_PATTERN.search(nfc(source))
        if match:
            return match.group(0)
    return record.tracking_code


def issued_on_from(record, text=None):
    for match in DATE_PATTERN.finditer(nfc(record.body if text is None else text)):
        day, month, year = (int(part) for part in match.groups())
        try:
            return datetime.date(year, month, day)
        except ValueError:
            continue
    return timezone.localdate(record.received_at)


def issuer_from(record, text=None):
    _LegalDocument, _DocumentType, Issuer = models()
    body = record.body if text is None else text
    text = nfc(f"{record.subject}\n{body}\n{record.sender_name}").casefold()
    named = [issuer for issuer in Issuer.objects.all() if nfc(issuer.name).casefold() in text]
    if named:
        return max(named, key=lambda issuer: len(issuer.name))  # "UBND phường Dương Kinh" over "UBND"
    return Issuer.objects.filter(level="phuong").first() or Issuer.objects.first()


def attachment_kind(attachment, has_main_text):
    """A signed PDF is the signed copy; the first other PDF or Word file is the text; the rest annexes."""
    Kind = apps.get_model("legal_docs", "LegalDocumentAttachment").Kind
    if attachment.signatures:
        return Kind.SIGNED
    if not has_main_text and attachment.kind in {"pdf", "doc", "docx"}:
        return Kind.MAIN
    return Kind.ANNEX


def attach_files(document, record, user):
    """Every attachment of the record becomes a private Wagtail document attached to the legal document
    (public once the document is published: moderation/intake/privacy.py)."""
    Attachment = apps.get_model("legal_docs", "LegalDocumentAttachment")
    collection = private_collection()
    has_main_text = False
    # Numbered in the order they arrived: an Orderable added outside the admin's formset has no sort_order,
    # and rows that tie come back in any order (PostgreSQL does not keep insertion order).
    for position, attachment in enumerate(record.attachments.all()):
        with attachment.file.open("rb") as handle:
            data = handle.read()
        stored = get_document_model()(
            title=f"{attachment.original_name} ({record.tracking_code})",
            collection=collection,
            uploaded_by_user=user,
        )
        stored.file.save(private_name(attachment.original_name), ContentFile(data), save=False)
        stored.save()
        kind = attachment_kind(attachment, has_main_text)
        has_main_text = has_main_text or kind == Attachment.Kind.MAIN
        document.attachments.add(
            Attachment(file=stored, title=attachment.original_name[:255], kind=kind, sort_order=position)
        )


def build(record, key, user):
    _LegalDocument, DocumentType, _Issuer = models()
    if not user.has_perm("legal_docs.add_legaldocument"):
        raise PermissionError
    document_type = DocumentType.objects.get(pk=int(key.removeprefix(KEY_PREFIX)))
    return build_document(record, document_type, user)


def build_document(record, document_type, user, text=None, **fields):
    """The draft legal document of `record`, read from `text` (the record's text by default; the text of
    its files when it was received as attachments). `user` is None when the portal makes it by itself."""
    LegalDocument, _DocumentType, _Issuer = models()
    text = record.body if text is None else text
    document = LegalDocument(
        number=number_from(record, text)[:100],
        document_type=document_type,
        issuer=issuer_from(record, text),
        issued_on=issued_on_from(record, text),
        summary=nfc(record.subject),
        full_text="".join(paragraphs_html(nfc(text))),
        live=False,
        **fields,
    )
    attach_files(document, record, user)
    document.save()
    document.save_revision(user=user, log_action=True)
    admin_url = AdminURLFinder(user).get_edit_url(document) or ""
    return document, str(document), admin_url


LEGAL_DOCUMENT_TARGET = DraftTarget(choices=choices, build=build)
