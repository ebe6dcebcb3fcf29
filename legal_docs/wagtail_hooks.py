"""The legal documents in Wagtail's admin: one menu "Legal documents" with the records and the taxonomies.

Publishing follows the portal's rule (see core.permissions): nobody publishes a document directly,
superusers included. The permission policy answers "no" to "publish", the action menu drops its Publish
item, and the review workflow's final approval publishes (WAGTAIL_FINISH_WORKFLOW_ACTION, with
skip_permission_checks). Unpublishing stays with the editor-in-chief, as for pages.
"""

import django_filters
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.action_menu import UnpublishMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup, UnpublishView

from core.permissions import WorkflowOnlyPermissionPolicy

from .batch_views import ImportBatchViewSet
from .models import (
    DocumentType,
    Issuer,
    LegalDocument,
    LegalField,
    Signer,
    ValidityStatus,
    status_condition,
)


class LegalDocumentUnpublishView(UnpublishView):
    permission_required = "unpublish"


class LegalDocumentFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Validity status"), choices=ValidityStatus.choices, method="filter_status"
    )
    issued_on = django_filters.DateFromToRangeFilter(label=_("Date of issue"))

    class Meta:
        model = LegalDocument
        fields = ["document_type", "issuer", "level", "fields", "signer", "live", "portal_is_recipient"]

    def filter_status(self, queryset, name, value):
        return queryset.filter(status_condition([value]))


class StatusColumn(Column):
    def get_value(self, instance):
        return instance.get_status_display()


class LegalDocumentViewSet(SnippetViewSet):
    model = LegalDocument
    icon = "doc-full"
    menu_label = pgettext_lazy("legal documents", "Documents")
    url_prefix = "legal-docs/documents"
    permission_policy = WorkflowOnlyPermissionPolicy(LegalDocument)
    unpublish_view_class = LegalDocumentUnpublishView
    filterset_class = LegalDocumentFilterSet
    list_display = [
        "number",
        Column("document_type", label=pgettext_lazy("legal document", "Type")),
        Column("summary", label=pgettext_lazy("legal document", "Summary")),
        Column("issuer", label=_("Issuing authority")),
        DateColumn("issued_on", label=_("Date of issue")),
        StatusColumn("status", label=_("Validity status")),
    ]
    list_export = ["number", "document_type", "issuer", "issued_on", "effective_on", "summary"]
    ordering = ["-issued_on", "-pk"]
    list_per_page = 50
    inspect_view_enabled = True

    def get_queryset(self, request):
        return LegalDocument.objects.select_related("document_type", "issuer").with_status()


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name", "slug"]
    search_backend_name = None
    ordering = ["sort_order", "name"]


class DocumentTypeViewSet(TaxonomyViewSet):
    model = DocumentType
    icon = "tag"
    url_prefix = "legal-docs/types"


class IssuerViewSet(TaxonomyViewSet):
    model = Issuer
    icon = "group"
    url_prefix = "legal-docs/issuers"
    list_display = ["name", "slug", "level", "sort_order"]
    list_filter = ["level"]


class LegalFieldViewSet(TaxonomyViewSet):
    model = LegalField
    icon = "folder-open-inverse"
    url_prefix = "legal-docs/fields"


class SignerViewSet(TaxonomyViewSet):
    model = Signer
    icon = "user"
    url_prefix = "legal-docs/signers"
    list_display = ["name", "position", "slug"]


class LegalDocumentsGroup(SnippetViewSetGroup):
    menu_label = _("Legal documents")
    menu_icon = "doc-full-inverse"
    menu_order = 250
    items = (
        LegalDocumentViewSet,
        ImportBatchViewSet,
        DocumentTypeViewSet,
        IssuerViewSet,
        LegalFieldViewSet,
        SignerViewSet,
    )


register_snippet(LegalDocumentsGroup)


class PublisherUnpublishMenuItem(UnpublishMenuItem):
    def is_shown(self, context):
        return (
            context["view"] == "edit"
            and context["instance"].live
            and not context.get("locked_for_user")
            and LegalDocumentViewSet.permission_policy.user_has_permission(
                context["request"].user, "unpublish"
            )
        )


@hooks.register("construct_snippet_action_menu")
def remove_direct_publishing(menu_items, request, context):
    """No Publish button for legal documents: the workflow publishes. Unpublish for the editor-in-chief."""
    if context.get("model") is not LegalDocument:
        return
    kept = [item for item in menu_items if item.name not in ("action-publish", "action-unpublish")]
    unpublish = PublisherUnpublishMenuItem(order=20)
    if unpublish.is_shown(context):
        kept.append(unpublish)
    menu_items[:] = kept


@hooks.register("register_log_actions")
def register_import_log_action(actions):
    actions.register_action("legal_docs.import", _("Import legal documents"), _("Imported from a file"))
    actions.register_action(
        "legal_docs.batch.approve", _("Approve an import batch"), _("Import batch approved and published")
    )
    actions.register_action(
        "legal_docs.batch.reject", _("Reject an import batch"), _("Import batch rejected")
    )
    actions.register_action(
        "legal_docs.import.upload", _("Upload an import file"), _("Import file uploaded in the admin")
    )
