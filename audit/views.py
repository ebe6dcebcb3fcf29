"""The admin pages of the audit app: the state of the sealed chain (the latest verifications, the anchors to
keep elsewhere) and a page's publication record; the compliance report lives in audit/compliance/views.py."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from .models import Anchor, LogSeal, Verification
from .permissions import can_read_audit
from .publication_record import publication_record


class AuditReaderMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_read_audit(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class SealsView(AuditReaderMixin, WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Audit log seals")
    header_icon = "lock"
    template_name = "audit/seals.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        head = LogSeal.objects.order_by("-pk").first()
        return super().get_context_data(
            **kwargs,
            head=head,
            seal_count=LogSeal.objects.count(),
            verifications=Verification.objects.all()[:10],
            anchors=Anchor.objects.all()[:20],
        )


class PublicationRecordView(AuditReaderMixin, WagtailAdminTemplateMixin, TemplateView):
    """Which approvals (or which emergency publication) put each version of a page before the public."""

    header_icon = "history"
    template_name = "audit/publication_record.html"

    def get_page_title(self):
        return _("Publication record")

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def dispatch(self, request, *args, **kwargs):
        self.page = get_object_or_404(Page, pk=kwargs["page_id"]).specific
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs, page=self.page, record=publication_record(self.page))
