"""The chain itself: an entry's canonical content, the hash that links it to the seal before, and the lock
that keeps one chain when several processes log at once.

The canonical content is every concrete field of the entry (whatever its log model, so entries written by
any BaseLogEntry subclass are covered), as JSON with sorted keys: the values as the database gives them
back (timestamps in UTC to the microsecond, the `data` JSON as its encoder stores it). The hash of a seal is
SHA-256 of the previous seal's hash, a newline and the content; the first seal follows `GENESIS`.
"""

import hashlib
import json
import logging
import uuid
from datetime import UTC, datetime

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connections, router, transaction
from django.utils import timezone

from core.bulk_copy import copy_create

from .models import LogSeal

GENESIS = "0" * 64
#: The PostgreSQL advisory lock that serialises sealing ("duongkinh audit" as a 64-bit key).
LOCK_KEY = int.from_bytes(hashlib.sha256(b"duongkinh audit chain").digest()[:8], "big", signed=True)

stream = logging.getLogger("duongkinh.audit")


def plain(value):
    """A field's value as JSON would give it back."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (dict, list, tuple)):
        return json.loads(json.dumps(value, cls=DjangoJSONEncoder))
    return value


def entry_fields(entry):
    fields = {"model": entry._meta.label_lower}
    for field in entry._meta.concrete_fields:
        fields[field.attname] = plain(getattr(entry, field.attname))
    return fields


def canonical(entry):
    return as_content(entry_fields(entry))


def as_content(fields):
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def digest(previous_hash, content):
    return hashlib.sha256(f"{previous_hash}\n{content}".encode()).hexdigest()


def lock_chain(using):
    """Hold the chain until the transaction ends. PostgreSQL: an advisory transaction lock, so concurrent
    writers seal one after the other. SQLite writes one transaction at a time; a writer that read a stale
    head would break the unique previous_hash and be rolled back rather than fork the chain."""
    connection = connections[using]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_KEY])


def head_hash(using="default"):
    return LogSeal.objects.using(using).order_by("-id").values_list("hash", flat=True).first() or GENESIS


def seal_entries(entries):
    """Seal saved log entries, in order, at the end of the chain; call inside the entries' transaction."""
    entries = list(entries)
    if not entries:
        return []
    using = router.db_for_write(LogSeal)
    with transaction.atomic(using=using):
        lock_chain(using)
        previous = head_hash(using)
        now = timezone.now()
        seals, lines = [], []
        for entry in entries:
            fields = entry_fields(entry)
            content = as_content(fields)
            seal = LogSeal(
                entry_model=entry._meta.label_lower,
                entry_id=entry.pk,
                content=content,
                previous_hash=previous,
                hash=digest(previous, content),
                sealed_at=now,
            )
            seals.append(seal)
            lines.append(fields)
            previous = seal.hash
        copy_create(LogSeal, seals, using=using)
        transaction.on_commit(lambda: write_to_stream(seals, lines), using=using)
    return seals


def write_to_stream(seals, lines):
    """One JSON line per entry for the external log store, once the entries are committed: the fields of
    each seal's content (`lines`, as `entry_fields` gave them) and the seal."""
    for seal, line in zip(seals, lines, strict=True):
        line["seal"] = {"id": seal.pk, "hash": seal.hash, "previous": seal.previous_hash}
        stream.info(json.dumps(line, ensure_ascii=False, sort_keys=True))
