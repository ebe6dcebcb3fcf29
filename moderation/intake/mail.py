"""Email as an intake channel: one record per message (by Message-ID), read from IMAP or a Maildir.

A message is marked read only after its record is committed, and a message whose record already exists is
only marked read: a fetch stopped half-way loses nothing and doubles nothing when it runs again. When the
virus scan is configured but clamd cannot answer, the fetch stops before the message whose attachment could
not be scanned and leaves it unread for the next run, instead of storing it without that attachment."""

import email
import hashlib
import imaplib
import logging
import mailbox
import re
from email import policy
from email.utils import parseaddr, parsedate_to_datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.html import strip_tags

from core.uploads import SCAN_UNAVAILABLE

from . import services
from .files import check_attachment
from .models import Channel, IntakeRecord

logger = logging.getLogger(__name__)


def message_key(message):
    """The Message-ID; without one, a digest of who, when, what and the text (not of the raw bytes, which
    servers may re-encode or re-wrap)."""
    value = (message.get("Message-ID") or "").strip()
    if value:
        return value[:500]
    parts = [str(message.get(header, "")).strip() for header in ("From", "Date", "Subject")]
    parts.append(re.sub(r"\s+", " ", text_of(message)))
    return "sha256:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def text_of(message):
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, KeyError):
        content = part.get_payload(decode=True).decode("utf-8", "replace")
    if part.get_content_type() == "text/html":
        content = re.sub(r"\n{3,}", "\n\n", strip_tags(content))
    return content.strip()


def received_time(message):
    try:
        when = parsedate_to_datetime(message.get("Date"))
    except (TypeError, ValueError, IndexError):
        return timezone.now()
    if when is None:
        return timezone.now()
    if timezone.is_naive(when):
        when = timezone.make_aware(when, timezone.get_default_timezone())
    return when


class ScanPostponed(Exception):
    """An attachment could not be scanned now (clamd down): the message waits for a later fetch."""


def attachments_of(message):
    accepted, refused = [], []
    for part in message.iter_attachments():
        name = part.get_filename() or "tep-dinh-kem"
        data = part.get_payload(decode=True) or b""
        try:
            accepted.append((name, data, check_attachment(name, data)))
        except ValidationError as error:
            if error.code == SCAN_UNAVAILABLE:
                raise ScanPostponed(name) from error
            refused.append({"name": name, "reason": " ".join(error.messages)})
    return accepted, refused


def store_message(raw):
    """Create the record for one raw message; returns (record, created)."""
    message = email.message_from_bytes(raw, policy=policy.default)
    key = message_key(message)
    existing = IntakeRecord.objects.filter(message_id=key).first()
    if existing is not None:
        return existing, False
    name, address = parseaddr(str(message.get("From", "")))
    files, refused = attachments_of(message)
    try:
        with transaction.atomic():
            record = services.receive(
                channel=Channel.EMAIL,
                subject=str(message.get("Subject", "")).strip() or "(không có tiêu đề)",
                body=text_of(message),
                files=files,
                message_id=key,
                sender_name=name[:255],
                sender_email=address if "@" in address else "",
                received_at=received_time(message),
                refused_files=refused,
            )
    except IntegrityError:
        return IntakeRecord.objects.get(message_id=key), False
    return record, True


class FetchResult:
    def __init__(self):
        self.created = 0
        self.already_known = 0
        self.postponed = False

    def add(self, created):
        if created:
            self.created += 1
        else:
            self.already_known += 1


def fetch_imap(host=None, port=None, user=None, password=None, folder=None, use_ssl=None, limit=None):
    host = host or settings.INTAKE_IMAP_HOST
    port = port or settings.INTAKE_IMAP_PORT
    use_ssl = settings.INTAKE_IMAP_SSL if use_ssl is None else use_ssl
    result = FetchResult()
    client = imaplib.IMAP4_SSL(host, port) if use_ssl else imaplib.IMAP4(host, port)
    try:
        client.login(user or settings.INTAKE_IMAP_USER, password or settings.INTAKE_IMAP_PASSWORD)
        client.select(folder or settings.INTAKE_IMAP_FOLDER)
        _status, data = client.uid("SEARCH", None, "UNSEEN")
        uids = data[0].split() if data and data[0] else []
        for uid in uids[:limit] if limit else uids:
            _status, parts = client.uid("FETCH", uid, "(BODY.PEEK[])")
            raw = next((part[1] for part in parts if isinstance(part, tuple)), None)
            if raw is None:
                continue
            if not stored_now(result, raw):
                break
            mark_seen_imap(client, uid)
    finally:
        try:
            client.logout()
        except (imaplib.IMAP4.error, OSError):
            pass
    return result


def stored_now(result, raw):
    """Store the message and count it; False (nothing stored) when the virus scan cannot answer now."""
    try:
        _record, created = store_message(raw)
    except ScanPostponed as error:
        logger.warning(
            "Intake mail: attachment %r could not be scanned for viruses; its message and the ones after it "
            "stay unread for the next fetch",
            str(error),
        )
        result.postponed = True
        return False
    result.add(created)
    return True


def mark_seen_imap(client, uid):
    client.uid("STORE", uid, "+FLAGS", "(\\Seen)")


def fetch_maildir(path, limit=None):
    result = FetchResult()
    box = mailbox.Maildir(path, factory=None, create=False)
    keys = [key for key in sorted(box.keys()) if "S" not in box.get_message(key).get_flags()]
    for key in keys[:limit] if limit else keys:
        if not stored_now(result, box.get_bytes(key)):
            break
        mark_seen_maildir(box, key)
    return result


def mark_seen_maildir(box, key):
    message = box.get_message(key)
    message.set_subdir("cur")
    message.add_flag("S")
    box[key] = message
