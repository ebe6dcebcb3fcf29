"""An import file uploaded in the admin, run as a background task by the import's one code path (`Importer`).

The view stores the file and the options (`models.ImportUpload`) and enqueues `run_upload` once that is
committed; the task runs the import as `manage.py import_legal_docs` does, in Vietnamese (the refusals and
the preview are read by the portal's staff), and stores the outcome. While it runs, the progress (rows done
of rows) is kept in the cache, shared by the web servers and the worker: the import's writes are in one
transaction that nobody else sees before it commits, so the progress cannot be a row of that transaction.
"""

import logging
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from ..models import ImportUpload
from . import Importer, ImportError_

logger = logging.getLogger(__name__)
EXTENSIONS = (".csv", ".json", ".xlsx")
OPTIONS = ("dry_run", "skip_invalid", "clear_empty", "replace_relations", "create_taxonomies", "drafts")
ERRORS_KEPT = 500
PROGRESS_SECONDS = 24 * 3600


def progress_key(upload_id):
    return f"legal_docs:import-upload:{upload_id}:progress"


def progress(upload):
    """(rows done, rows in all) of the upload: the cache's while it runs, all rows once it is done."""
    if upload.status == ImportUpload.Status.DONE:
        return upload.total_rows, upload.total_rows
    done, total = cache.get(progress_key(upload.pk)) or (0, upload.total_rows)
    return done, total


def start(user, uploaded_file, options):
    """Store the uploaded file with its options and run the import once that is committed."""
    upload = ImportUpload.objects.create(
        user=user,
        file_name=Path(uploaded_file.name).name[:255],
        data=uploaded_file.read(),
        options={name: bool(options.get(name)) for name in OPTIONS},
    )
    transaction.on_commit(lambda: run_upload.enqueue(upload.pk))
    return upload


def report_progress(upload_id, done, total):
    cache.set(progress_key(upload_id), (done, total), PROGRESS_SECONDS)


@task()
def run_upload(upload_id):
    """Import the upload's file with its options; store the counts, refusals, preview and batch."""
    claimed = ImportUpload.objects.filter(pk=upload_id, status=ImportUpload.Status.QUEUED).update(
        status=ImportUpload.Status.RUNNING
    )
    if not claimed:  # run already, or by another worker
        return None
    upload = ImportUpload.objects.select_related("user").get(pk=upload_id)
    options = upload.options
    importer = Importer(
        user=upload.user,
        progress=lambda done, total: report_progress(upload.pk, done, total),
        drafts=options.get("drafts", False),
        clear_empty=options.get("clear_empty", False),
        replace_relations=options.get("replace_relations", False),
        create_taxonomies=options.get("create_taxonomies", False),
    )
    suffix = Path(upload.file_name).suffix.lower()
    with translation.override(settings.LANGUAGE_CODE), tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"nhap{suffix if suffix in EXTENSIONS else '.csv'}"
        path.write_bytes(bytes(upload.data))
        try:
            result = importer.run(
                path,
                skip_invalid=options.get("skip_invalid", False),
                dry_run=options.get("dry_run", False),
                file_name=upload.file_name,
            )
        except (OSError, ValueError, ImportError_) as error:
            return _finish(upload, ImportUpload.Status.FAILED, {"failure": str(error)})
        except Exception:
            logger.exception("The import of upload %s failed", upload.pk)
            failure = _("The import stopped on an unexpected error; nothing of it was kept.")
            return _finish(upload, ImportUpload.Status.FAILED, {"failure": failure})
    outcome = {
        "created": result.created,
        "updated": result.updated,
        "unchanged": result.unchanged,
        "skipped": result.skipped,
        "error_count": len(result.errors),
        "errors": [{"line": error.line, "reason": error.reason} for error in result.errors[:ERRORS_KEPT]],
        "preview": result.preview,
        "imported": result.batch is not None,
    }
    upload.total_rows = result.created + result.updated + result.unchanged + len(result.errors)
    upload.batch = result.batch
    return _finish(upload, ImportUpload.Status.DONE, outcome)


def _finish(upload, status, outcome):
    upload.status, upload.result, upload.finished_at = status, outcome, timezone.now()
    upload.save(update_fields=["status", "result", "finished_at", "total_rows", "batch"])
    cache.delete(progress_key(upload.pk))
    return status
