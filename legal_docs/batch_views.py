"""The import batches in the admin (Legal documents → Import batches): the list, one batch with its counts,
preview and documents, and the editor-in-chief's approval or rejection (`importer.approval`).

Editors, the editor-in-chief, administrators and auditors see the batches; only an editor-in-chief other
than the importer sees (and may use) the buttons that decide.
"""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from core.permissions import is_publisher, is_read_only

from .importer.approval import approve_batch, refusal, reject_batch
from .importer.template import template_csv, template_xlsx
from .models import ImportBatch, ImportUpload

ITEMS_SHOWN = 200


def may_see_batches(user):
    return is_publisher(user) or is_read_only(user) or user.has_perm("legal_docs.change_legaldocument")


class BatchViewMixin(WagtailAdminTemplateMixin):
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not may_see_batches(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("legal_docs_batches:index"), "label": gettext_lazy("Import batches")}
        ]


class BatchIndexView(BatchViewMixin, TemplateView):
    template_name = "legal_docs/admin/import_batches.html"
    page_title = gettext_lazy("Import batches")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["batches"] = ImportBatch.objects.select_related("user", "decided_by")[:100]
        context["uploads"] = ImportUpload.objects.defer("data").select_related("user")[:10]
        context["may_import"] = self.request.user.has_perm(
            "legal_docs.add_legaldocument"
        ) and not is_read_only(self.request.user)
        return context


class BatchDetailView(BatchViewMixin, TemplateView):
    template_name = "legal_docs/admin/import_batch.html"

    def get_page_title(self):
        return str(self.batch)

    def get(self, request, pk):
        self.batch = get_object_or_404(ImportBatch.objects.select_related("user", "decided_by"), pk=pk)
        return super().get(request, pk=pk)

    def post(self, request, pk):
        batch = get_object_or_404(ImportBatch, pk=pk)
        decision = request.POST.get("decision")
        try:
            if decision == "approve":
                published, left_out = approve_batch(batch, request.user)
                messages.success(request, _("%(count)d document(s) published.") % {"count": published})
                if left_out:
                    messages.warning(
                        request,
                        _("Edited after the import, left for the review workflow: %(numbers)s")
                        % {"numbers": ", ".join(left_out[:20])},
                    )
            elif decision == "reject":
                reject_batch(batch, request.user, note=request.POST.get("note", ""))
                messages.success(request, _("The import batch was rejected: nothing of it was published."))
        except PermissionDenied as refused:
            messages.error(request, str(refused) or _("You may not decide on this import batch."))
        return redirect("legal_docs_batches:detail", pk=pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        items = self.batch.items.select_related("document", "document__document_type").order_by("pk")
        context.update(
            {
                "batch": self.batch,
                "items": items[:ITEMS_SHOWN],
                "more_items": max(items.count() - ITEMS_SHOWN, 0),
                "refusal": refusal(self.batch, self.request.user),
                "preview_kinds": [
                    (_("New"), self.batch.preview.get("created", [])),
                    (_("Changed"), self.batch.preview.get("updated", [])),
                    (_("Unchanged"), self.batch.preview.get("unchanged", [])),
                    (_("Refused"), self.batch.preview.get("refused", [])),
                ],
            }
        )
        return context


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def import_template(request, extension):
    """The template of an import file, with its columns and a real example row (`importer.template`)."""
    if not may_see_batches(request.user):
        raise PermissionDenied
    data, content_type = (template_xlsx(), XLSX) if extension == "xlsx" else (template_csv(), "text/csv")
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="mau-nhap-van-ban.{extension}"'
    return response


class BatchMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_batches(request.user)


class ImportBatchViewSet(ViewSet):
    name = "legal_docs_batches"
    icon = "upload"
    menu_label = gettext_lazy("Import batches")
    url_prefix = "legal-docs/import-batches"
    add_to_admin_menu = False
    menu_item_class = BatchMenuItem

    def get_urlpatterns(self):
        from .upload_views import UploadStatusView, UploadView  # they build on this module's views

        return [
            path("", BatchIndexView.as_view(), name="index"),
            path("nhap-tep/", UploadView.as_view(), name="import"),
            path("nhap-tep/<int:pk>/", UploadStatusView.as_view(), name="upload"),
            path("<int:pk>/", BatchDetailView.as_view(), name="detail"),
            path("mau-nhap-van-ban.<str:extension>", import_template, name="template"),
        ]
