"""Import batches: what one run of the import brought, waiting for the editorial board.

An import never publishes. Each document it creates or changes gets a new revision (a draft), listed as an
item of the batch; the batch shows who imported which file when, the counts and a preview of the changes.
An editor-in-chief other than the importer approves the batch, which publishes the revisions of its items
(`legal_docs.importer.approval`), or rejects it, which publishes nothing. A batch imported "as drafts"
(administrators only) has no batch approval: each document goes through the review workflow on its own.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ImportBatch(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting approval")
        APPROVED = "approved", _("Approved and published")
        REJECTED = "rejected", pgettext_lazy("import batch", "Rejected")
        DRAFTS = "drafts", _("Drafts for review one by one")

    created_at = models.DateTimeField(_("imported at"), auto_now_add=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    file_name = models.CharField(_("file"), max_length=255)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    created_count = models.PositiveIntegerField(_("new"), default=0)
    updated_count = models.PositiveIntegerField(_("changed"), default=0)
    unchanged_count = models.PositiveIntegerField(_("unchanged"), default=0)
    refused_count = models.PositiveIntegerField(_("refused"), default=0)
    # {"created": [...], "updated": [...], "unchanged": [...], "refused": [...]}: the first rows of each kind.
    preview = models.JSONField(_("preview"), default=dict, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        verbose_name = _("import batch")
        verbose_name_plural = _("import batches")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return _("Import %(id)s: %(file)s") % {"id": self.pk, "file": self.file_name}


class ImportBatchItem(models.Model):
    """A document the batch created or changed, and the revision holding what the file gave it."""

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="items")
    document = models.ForeignKey("LegalDocument", on_delete=models.CASCADE, related_name="import_items")
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.BooleanField(default=False)
    changed_fields = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = _("imported document")
        verbose_name_plural = _("imported documents")

    def __str__(self):
        return f"{self.batch_id}: {self.document_id}"


class ImportUpload(models.Model):
    """A file uploaded in the admin to be imported (`importer.uploads`): the options chosen, the run's
    state, and its outcome (counts, refused rows with their lines, preview, the batch it made). The file is
    kept in the database, so that the worker that runs the import (another process, another machine) reads
    it as the web server received it."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to run")
        RUNNING = "running", _("Running")
        DONE = "done", _("Finished")
        FAILED = "failed", _("Failed")

    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    file_name = models.CharField(_("file"), max_length=255)
    data = models.BinaryField(editable=False)
    options = models.JSONField(default=dict, blank=True)  # dry_run, skip_invalid, clear_empty, …
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.QUEUED)
    total_rows = models.PositiveIntegerField(default=0)
    # {"created", "updated", "unchanged", "skipped", "errors": [{"line", "reason"}], "preview": {…}} or
    # {"failure": "why the file could not be read"}.
    result = models.JSONField(default=dict, blank=True)
    batch = models.ForeignKey(
        ImportBatch, null=True, blank=True, on_delete=models.SET_NULL, related_name="uploads"
    )
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("uploaded import file")
        verbose_name_plural = _("uploaded import files")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return _("Upload %(id)s: %(file)s") % {"id": self.pk, "file": self.file_name}
