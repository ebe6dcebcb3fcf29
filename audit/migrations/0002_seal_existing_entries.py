"""Seal the log entries written before the audit app was installed, oldest first, so that the chain covers
the whole log from the day it starts."""

from django.db import migrations
from django.utils import timezone

from audit.chain import GENESIS, canonical, digest

LOG_MODELS = [("wagtailcore", "PageLogEntry"), ("wagtailcore", "ModelLogEntry")]


def seal_existing_entries(apps, schema_editor):
    LogSeal = apps.get_model("audit", "LogSeal")
    if LogSeal.objects.exists():
        return
    entries = []
    for app_label, name in LOG_MODELS:
        entries.extend(apps.get_model(app_label, name).objects.order_by("id").iterator(chunk_size=2000))
    entries.sort(key=lambda entry: (entry.timestamp, entry._meta.label_lower, entry.pk))
    previous, now, seals = GENESIS, timezone.now(), []
    for entry in entries:
        content = canonical(entry)
        seal = LogSeal(
            entry_model=entry._meta.label_lower,
            entry_id=entry.pk,
            content=content,
            previous_hash=previous,
            hash=digest(previous, content),
            sealed_at=now,
        )
        seals.append(seal)
        previous = seal.hash
    LogSeal.objects.bulk_create(seals, batch_size=2000)


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0001_sealed_audit_log"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(seal_existing_entries, migrations.RunPython.noop)]
