"""Helpers of the import tests: files written with the columns a test names, the command run as a person,
and the batch decided by another."""

import csv
import io
import json

from django.core.management import call_command
from django.utils import translation

from legal_docs.importer.approval import approve_batch
from legal_docs.models import ImportBatch


def write_csv(path, rows, columns=None):
    """A CSV file with `columns` (default: the keys of the rows, in order of first appearance)."""
    columns = columns or list(dict.fromkeys(key for row in rows for key in row))
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    return path


def write_json(path, rows):
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return path


def run_import(path, user=None, **options):
    """(stdout, stderr) of `import_legal_docs`, in English."""
    out, err = io.StringIO(), io.StringIO()
    if user is not None:
        options["user"] = user.username
    with translation.override("en"):
        call_command("import_legal_docs", str(path), stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def latest_batch():
    return ImportBatch.objects.order_by("-pk").first()


def approve_latest(user):
    return approve_batch(latest_batch(), user)
