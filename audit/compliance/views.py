"""The compliance report in the admin (editors-in-chief, administrators, auditors), its XLSX download, and
the sign-off register of the items checked by people (editors-in-chief and administrators sign; logged)."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.log_actions import log

from core.compliance import CHECKS

from ..models import SignOff
from ..permissions import can_sign_off
from ..views import AuditReaderMixin, WagtailAdminTemplateMixin
from .report import GROUPS, as_xlsx, run

SIGN_OFF_ACTION = "audit.sign_off"


class SignOffForm(forms.Form):
    item = forms.ChoiceField(label=gettext_lazy("Item"))
    note = forms.CharField(
        label=gettext_lazy("What was checked"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["item"].choices = [
            (item.code, f"{item.code}. {item.title}") for item in CHECKS.values() if item.by_people
        ]


class ComplianceReportView(AuditReaderMixin, WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Compliance report")
    header_icon = "tasks"
    template_name = "audit/compliance_report.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        if request.GET.get("export") == "xlsx":
            response = HttpResponse(
                as_xlsx(run()),
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
            stamp = timezone.localtime().strftime("%Y-%m-%d")
            response["Content-Disposition"] = f'attachment; filename="bao-cao-tuan-thu-{stamp}.xlsx"'
            return response
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if not can_sign_off(request.user):
            raise PermissionDenied
        form = SignOffForm(request.POST)
        if not form.is_valid():
            messages.error(
                request, _("The sign-off was not recorded: choose an item and say what was checked.")
            )
            return self.get(request, *args, sign_off_form=form, **kwargs)
        signature = SignOff.objects.create(
            item=form.cleaned_data["item"],
            signed_by=request.user,
            signed_at=timezone.now(),
            note=form.cleaned_data["note"],
        )
        log(
            signature,
            SIGN_OFF_ACTION,
            user=request.user,
            data={"item": signature.item, "note": signature.note},
        )
        messages.success(request, _("Sign-off recorded for %s.") % signature.item)
        return redirect("audit:compliance")

    def get_context_data(self, sign_off_form=None, **kwargs):
        report = run()
        groups = [
            (label, [line for line in report.lines if line.check.group == key])
            for key, label in GROUPS.items()
        ]
        return super().get_context_data(
            **kwargs,
            report=report,
            groups=groups,
            can_sign_off=can_sign_off(self.request.user),
            sign_off_form=sign_off_form or SignOffForm(),
            sign_offs=SignOff.objects.select_related("signed_by")[:20],
        )
