"""Cleaning up after tests that commit: the audit record refuses deletes through the ORM
(audit/sealing.py), so what a test logged, with its seals, is removed by SQL, rows newer than those there
before, and the sealed chain left for the next tests is the one they would have found. The pages a test
made are deleted deepest first, what citizens sent to them before them (`delete_pages_since`)."""

from django.db import connection
from wagtail.models import ModelLogEntry, Page, PageLogEntry

from audit.models import Anchor, LogSeal, Verification
from moderation import kept_records

AUDIT_RECORD = [PageLogEntry, ModelLogEntry, LogSeal, Anchor, Verification]


def newest_pk(model):
    return model.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def audit_record_snapshot():
    return {model: newest_pk(model) for model in AUDIT_RECORD}


def remove_audit_record_since(snapshot):
    with connection.cursor() as cursor:
        for model, pk in snapshot.items():
            cursor.execute(
                f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)} WHERE id > %s", [pk]
            )


def delete_pages_since(newest):
    """Delete the pages with keys above `newest`, children before parents, and first what citizens sent to
    them: a page does not take that along (moderation/kept_records.py)."""
    made = list(Page.objects.filter(pk__gt=newest).order_by("-depth", "-pk"))
    for model in kept_records.RECORD_MODELS:
        model.objects.filter(page__pk__in=[page.pk for page in made]).delete()
    for page in made:
        page.delete()
