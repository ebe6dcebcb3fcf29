"""What every register of things the public sends has in common: a tracking code on each record, a record
made at most once per form, and the look-up of a record by its code and the sender's contact.

The intake register, questions, consultation comments, dialogue questions and the reports registers all
stand on it; a new register declares `CODE_PREFIX` and mixes in `TrackingCodeMixin`.
"""

import logging
import secrets

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.log_actions import log

logger = logging.getLogger(__name__)

# No 0/O, 1/I/L: a code read over the phone or copied from paper is unambiguous.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_tracking_code(model, prefix, when=None):
    """ "DK-2611-7KQ3": the register's prefix, day and month received, then four random characters, not yet
    used in `model`."""
    when = timezone.localtime(when or timezone.now())
    while True:
        tail = "".join(secrets.choice(CODE_ALPHABET) for _ in range(4))
        code = f"{prefix}-{when:%d%m}-{tail}"
        if not model.objects.filter(tracking_code=code).exists():
            return code


class TrackingCodeMixin:
    """A record gets its tracking code (`CODE_PREFIX`, from its `received_at`) when first saved."""

    CODE_PREFIX = ""

    def save(self, *args, **kwargs):
        if not self.tracking_code:
            self.tracking_code = new_tracking_code(type(self), self.CODE_PREFIX, self.received_at)
        super().save(*args, **kwargs)


def normalise_code(value):
    return (value or "").strip().upper().replace(" ", "")


def contact_matches(contact, email="", phone=""):
    """The email or phone number typed on a tracking page is the one the record was sent with (a phone by
    its digits, at least six of them)."""
    contact = (contact or "").strip()
    if not contact:
        return False
    if email and contact.lower() == email.lower():
        return True
    digits = "".join(char for char in contact if char.isdigit())
    return len(digits) >= 6 and digits == "".join(char for char in phone or "" if char.isdigit())


def store_once(model, token, create):
    """The record `create()` stores, or the one the form's `token` already made: a citizen who sends the same
    form again (after an error page, not knowing the first attempt was stored) gets the first record back
    instead of a duplicate. `create` runs in a transaction; two copies sent at the same moment meet the
    unique token, and the second gets the first's record."""
    if token is not None:
        existing = model.objects.filter(submission_token=token).first()
        if existing is not None:
            return existing
    try:
        with transaction.atomic():
            return create()
    except IntegrityError:
        existing = model.objects.filter(submission_token=token).first() if token is not None else None
        if existing is None:
            raise
        return existing


def find_tracked(queryset, code, contact, email_field, phone_field):
    """The record of `queryset` with this tracking code, if `contact` is the email or phone it was sent with;
    None otherwise (the page says the same for a wrong code as for a wrong contact)."""
    record = queryset.filter(tracking_code=normalise_code(code)).first()
    if record is not None and contact_matches(
        contact, getattr(record, email_field), getattr(record, phone_field)
    ):
        return record
    return None


def email_sender(record, recipient, subject, template, context=None):
    """Send the sender of `record` a plain-text message in the portal's language: `subject` is a lazy text
    whose `%(code)s` is the record's tracking code. True when sent; a failure is logged only (the record is
    already safe in its register), and False."""
    try:
        with translation.override(settings.LANGUAGE_CODE):
            message = render_to_string(template, {"record": record, **(context or {})})
            send_mail(
                str(subject) % {"code": record.tracking_code},
                message,
                settings.DEFAULT_FROM_EMAIL,
                [recipient],
            )
    except Exception:
        logger.exception("Email to the sender of %s failed (%s)", record.tracking_code, template)
        return False
    return True


def acknowledge(record, recipient, subject, template, action, context=None):
    """The receipt by email, once: sent, `acknowledged_at` set and `action` logged. False when there is no
    address, it was sent already, or it could not be sent."""
    if not recipient or record.acknowledged_at:
        return False
    if not email_sender(record, recipient, subject, template, context):
        return False
    type(record).objects.filter(pk=record.pk).update(acknowledged_at=timezone.now())
    log(instance=record, action=action, data={})
    return True
