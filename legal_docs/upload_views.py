"""Importing a file from the admin (Legal documents → Import batches → Import a file): the form with the
import's options, then the run's page — its progress while the task runs, then the summary, the refused rows
with their lines and the preview, and the batch it made for the editor-in-chief.

Editors, the editor-in-chief and administrators import (the permission to add legal documents); importing
straight to drafts stays with administrators, as in `manage.py import_legal_docs --drafts`.
"""

from pathlib import Path

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView
from wagtail.log_actions import log

from core.permissions import is_administrator, is_read_only

from .batch_views import BatchViewMixin
from .importer.uploads import EXTENSIONS, progress, start
from .models import ImportUpload

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
UPLOAD_ACTION = "legal_docs.import.upload"


def may_import(user):
    return not is_read_only(user) and user.has_perm("legal_docs.add_legaldocument")


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Import file"),
        help_text=gettext_lazy("CSV, JSON or XLSX in the columns of the template, at most 20 MB."),
    )
    dry_run = forms.BooleanField(
        label=gettext_lazy("Preview only (dry run)"),
        required=False,
        initial=True,
        help_text=gettext_lazy("The whole import is done, shown, then undone: nothing is kept."),
    )
    skip_invalid = forms.BooleanField(
        label=gettext_lazy("Import the valid rows, report the refused ones"),
        required=False,
        help_text=gettext_lazy("Otherwise nothing is imported while any row is refused."),
    )
    clear_empty = forms.BooleanField(
        label=gettext_lazy("Empty cells clear their field"),
        required=False,
        help_text=gettext_lazy("Otherwise an empty cell leaves the field as it is."),
    )
    replace_relations = forms.BooleanField(
        label=gettext_lazy("Relation columns are complete lists"),
        required=False,
        help_text=gettext_lazy("Relations of a document that its row leaves out are removed."),
    )
    create_taxonomies = forms.BooleanField(
        label=gettext_lazy("Create the missing issuers, types, fields and signers"),
        required=False,
        help_text=gettext_lazy("Otherwise a row naming one the portal lacks is refused."),
    )
    drafts = forms.BooleanField(
        label=gettext_lazy("Straight to drafts, reviewed one by one (administrators)"),
        required=False,
        help_text=gettext_lazy("No batch approval: each document goes through the review workflow."),
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if not is_administrator(user):
            del self.fields["drafts"]

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        suffix = Path(uploaded.name).suffix.lower()
        if suffix not in EXTENSIONS:
            raise forms.ValidationError(_("Upload a CSV, JSON or XLSX file."))
        if uploaded.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 20 MB."))
        head = uploaded.read(4)
        uploaded.seek(0)
        # By content, not by name: a workbook is a zip archive; a CSV or JSON file is UTF-8 text.
        if suffix == ".xlsx" and head != b"PK\x03\x04":
            raise forms.ValidationError(_("The file is not an Excel workbook (.xlsx)."))
        if suffix != ".xlsx":
            try:
                uploaded.read().decode("utf-8-sig")
            except UnicodeDecodeError as error:
                raise forms.ValidationError(_("The file is not UTF-8 text.")) from error
            finally:
                uploaded.seek(0)
        return uploaded


class ImportRequiredMixin(BatchViewMixin):
    def dispatch(self, request, *args, **kwargs):
        if not may_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


@method_decorator(never_cache, name="dispatch")
class UploadView(ImportRequiredMixin, FormView):
    template_name = "legal_docs/admin/import_upload.html"
    page_title = gettext_lazy("Import a file")
    form_class = ImportUploadForm

    def get_form_kwargs(self):
        return super().get_form_kwargs() | {"user": self.request.user}

    def form_valid(self, form):
        upload = start(self.request.user, form.cleaned_data["file"], form.cleaned_data)
        log(upload, UPLOAD_ACTION, user=self.request.user, data={"file": upload.file_name} | upload.options)
        return redirect("legal_docs_batches:upload", pk=upload.pk)


@method_decorator(never_cache, name="dispatch")
class UploadStatusView(ImportRequiredMixin, TemplateView):
    template_name = "legal_docs/admin/import_upload_status.html"

    def get_page_title(self):
        return str(self.upload)

    def get(self, request, pk):
        uploads = ImportUpload.objects.defer("data").select_related("user", "batch")
        self.upload = get_object_or_404(uploads, pk=pk)
        return super().get(request, pk=pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        upload, result = self.upload, self.upload.result
        done, total = progress(upload)
        preview = result.get("preview", {})
        context.update(
            {
                "upload": upload,
                "result": result,
                "running": upload.status in (ImportUpload.Status.QUEUED, ImportUpload.Status.RUNNING),
                "done": done,
                "total": total,
                "percent": int(100 * done / total) if total else 0,
                "more_errors": max(result.get("error_count", 0) - len(result.get("errors", [])), 0),
                "preview_kinds": [
                    (_("New"), preview.get("created", [])),
                    (_("Changed"), preview.get("updated", [])),
                    (_("Unchanged"), preview.get("unchanged", [])),
                ],
            }
        )
        return context
