"""Documents addressed to the portal (Quy chế Art 7.1.c): a document received through the intake register
whose "Nơi nhận" (list of recipients) names the portal becomes a draft legal document by itself, linked to
its record. The draft is a revision only: it goes through the review workflow like any other.

The recipients are read from the record's text (an email's body, a typed paper) and from the text of its PDF
and Word files. The portal is named as "Cổng Thông tin điện tử phường (Dương Kinh)", "Cổng TTĐT (phường)"
or by its domain; "Cổng TTĐT thành phố" or another ward's portal is not this one. Only documents that came
from the ward's administrative channels (email, signed electronic documents, paper typed in by staff) are
read: a public web form cannot make drafts.
"""

import logging
import re
from urllib.parse import urlsplit

from django.apps import apps
from django.db import transaction
from django_tasks import task

from core.public_url import public_base
from core.text import fold, nfc

from .models import Channel, IntakeRecord

logger = logging.getLogger(__name__)

ACTION_ADDRESSED_DRAFT = "intake.legal_draft_addressed"
CHANNELS = {Channel.EMAIL, Channel.SIGNED_DOCUMENT, Channel.PAPER}
WARD = "duong kinh"
# Domains the portal has had or is known by, besides the one it is served at (PORTAL_PUBLIC_URL).
KNOWN_DOMAINS = ("duongkinh.haiphong.gov.vn",)
MAX_RECIPIENT_LINES = 25

HEADING = re.compile(r"^\W*noi nhan\s*:?(.*)$")
PORTAL = re.compile(r"\bcong\s+(?:thong\s+tin\s+dien\s+tu|ttdt|tt\s*dt)\b(.*)")
CLAUSE_END = re.compile(r"[;,.:]")
ASIDE = re.compile(r"\([^)]*\)?")


def recipient_lines(text):
    """The folded lines of the "Nơi nhận:" list, up to its conventional last line ("- Lưu: VT")."""
    lines = fold(nfc(text or "")).splitlines()
    for position, line in enumerate(lines):
        heading = HEADING.match(line.strip())
        if heading is None:
            continue
        block = [heading.group(1)]
        for following in lines[position + 1 : position + 1 + MAX_RECIPIENT_LINES]:
            block.append(following)
            if re.match(r"^\W*luu\b", following.strip()):
                break
        return block
    return []


def portal_domains():
    host = urlsplit(public_base()).hostname or ""
    domains = {domain for domain in KNOWN_DOMAINS}
    if "." in host and not host.replace(".", "").isdigit():
        domains.add(host.lower())
    return domains


def names_this_portal(line):
    """True when the recipient line names this ward's portal (not the city's, not another ward's)."""
    match = PORTAL.search(line)
    if match is None:
        return False
    rest = ASIDE.sub(" ", CLAUSE_END.split(match.group(1), 1)[0])
    rest = " ".join(re.findall(r"\w+", rest))
    if rest.startswith("phuong"):
        rest = rest.removeprefix("phuong").strip()
    return rest == "" or rest.startswith(WARD)


def addressed_to_portal(text):
    lines = recipient_lines(text)
    domains = portal_domains()
    return any(names_this_portal(line) or any(domain in line for domain in domains) for line in lines)


def texts_of(record):
    """The record's own text, then the text of each of its PDF and Word files."""
    from legal_docs.tasks import extract_text

    texts = [record.body]
    for attachment in record.attachments.all():
        if attachment.kind not in {"pdf", "docx"}:
            continue
        with attachment.file.open("rb") as handle:
            texts.append(extract_text(attachment.original_name, handle.read()))
    return [nfc(text) for text in texts if text and text.strip()]


def document_type_for(text):
    """The document type named first at the start of a line ("QUYẾT ĐỊNH", "Kế hoạch"), else the one the
    number's symbol abbreviates ("…/QĐ-UBND"), else the first type of the library."""
    DocumentType = apps.get_model("legal_docs", "DocumentType")
    kinds = list(DocumentType.objects.all())
    if not kinds:
        return None
    folded = fold(text)
    found = []
    for kind in kinds:
        match = re.search(rf"(?m)^\W*{re.escape(fold(kind.name))}\b", folded)
        if match:
            found.append((match.start(), -len(kind.name), kind))
    if found:
        return min(found, key=lambda item: item[:2])[2]
    for kind in kinds:
        initials = "".join(word[0] for word in fold(kind.name).split())
        if re.search(rf"/{initials}-", folded):
            return kind
    return kinds[0]


def draft_if_addressed(record):
    """Make the draft legal document of `record` when its recipients name the portal; returns it or None."""
    from .drafts import link_target
    from .legal_drafts import build_document, models

    if record.channel not in CHANNELS or record.has_draft:
        return None
    source = next((text for text in texts_of(record) if addressed_to_portal(text)), None)
    if source is None:
        return None
    _LegalDocument, _DocumentType, Issuer = models()
    document_type = document_type_for(f"{record.subject}\n{source}")
    if document_type is None or not Issuer.objects.exists():
        logger.warning(
            "Intake %s: addressed to the portal, but the legal library has no types or issuers yet",
            record.tracking_code,
        )
        return None
    with transaction.atomic():
        document, label, admin_url = build_document(
            record, document_type, None, text=source, portal_is_recipient=True
        )
        link_target(record, document, label, admin_url, None, action=ACTION_ADDRESSED_DRAFT)
    return document


@task()
def draft_addressed_document(record_id):
    """The background half of `draft_if_addressed`: reading PDF text may take a while. A failure is logged;
    the record stays in the register for an editor to draft by hand."""
    record = IntakeRecord.objects.filter(pk=record_id).first()
    if record is None:
        return None
    try:
        document = draft_if_addressed(record)
    except Exception:
        logger.exception("Intake %s: the draft legal document could not be made", record.tracking_code)
        return None
    return document.pk if document is not None else None


def on_received(record, received_by):
    """Called by `services.receive` once the record is committed. `received_by` is the channel it came by:
    a signed PDF sent through the public web form makes a "signed document" that still came from the
    public, so it makes no draft."""
    if received_by in CHANNELS and apps.is_installed("legal_docs"):
        draft_addressed_document.enqueue(record.pk)
