"""The royalty screens of the admin: the monthly report (with its XLSX/CSV export and payment marking),
"My royalties" for every author, and the approvals still waiting for a royalty."""

from collections import OrderedDict

import django_filters
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.reports import ReportView
from wagtail.models import TaskState

from . import permissions, services
from .forms import MarkPaidForm, SetRoyaltyForm
from .models import Kind, RoyaltyApprovalTask, RoyaltyLine, RoyaltyRecord

MONTHS_OFFERED = 24


def month_choices():
    """The last 24 months, and every earlier month with a royalty, newest first."""
    today = timezone.localdate()
    year, month = today.year, today.month
    months = set()
    for _index in range(MONTHS_OFFERED):
        months.add((year, month))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    zone = services.local_zone()
    months.update(
        (day.year, day.month) for day in RoyaltyRecord.objects.datetimes("approved_at", "month", tzinfo=zone)
    )
    return [
        (f"{year:04d}-{month:02d}", f"{month:02d}/{year:04d}") for year, month in sorted(months, reverse=True)
    ]


class RoyaltyFilterSet(WagtailFilterSet):
    month = django_filters.ChoiceFilter(
        label=gettext_lazy("Month"), choices=month_choices, empty_label=None, method="by_month"
    )
    paid = django_filters.ChoiceFilter(
        label=gettext_lazy("Payment"),
        choices=[("no", gettext_lazy("Not paid")), ("yes", gettext_lazy("Paid"))],
        method="by_payment",
    )

    class Meta:
        model = RoyaltyLine
        fields = []

    def by_month(self, queryset, name, value):
        return queryset  # applied by the view, which also defaults to the current month

    def by_payment(self, queryset, name, value):
        if value == "yes":
            return queryset.filter(paid_on__isnull=False)
        if value == "no":
            return queryset.filter(paid_on__isnull=True)
        return queryset


def lines_in_month(year, month):
    start, end = services.month_bounds(year, month)
    return (
        RoyaltyLine.objects.filter(record__approved_at__gte=start, record__approved_at__lt=end, amount__gt=0)
        .select_related("record", "user", "paid_by")
        .order_by("name", "user_id", "record__approved_at", "pk")
    )


def group_by_author(lines):
    """[{name, lines, total, unpaid_ids}], in the order of the lines."""
    groups = OrderedDict()
    for line in lines:
        group = groups.setdefault(
            line.author_key, {"name": line.name, "lines": [], "total": 0, "unpaid_ids": []}
        )
        group["lines"].append(line)
        group["total"] += line.amount
        if not line.is_paid:
            group["unpaid_ids"].append(line.pk)
    return list(groups.values())


def local_date(value):
    return timezone.localtime(value).date() if value else None


class RoyaltyExportMixin:
    list_export = [
        "author",
        "title",
        "kind",
        "approved_on",
        "coefficient",
        "rate",
        "amount",
        "paid_on",
        "paid_by",
    ]
    export_headings = {
        "author": gettext_lazy("Author"),
        "title": gettext_lazy("Item"),
        "kind": gettext_lazy("Kind of work"),
        "approved_on": gettext_lazy("Approved on"),
        "coefficient": gettext_lazy("Coefficient"),
        "rate": gettext_lazy("Rate per point (VND)"),
        "amount": gettext_lazy("Amount (VND)"),
        "paid_on": gettext_lazy("Paid on"),
        "paid_by": gettext_lazy("Payment recorded by"),
    }

    def to_row_dict(self, item):
        record = item.record
        return OrderedDict(
            [
                ("author", item.name),
                ("title", record.title),
                ("kind", str(Kind(record.kind).label) if record.kind in Kind.values else record.kind),
                ("approved_on", local_date(record.approved_at)),
                ("coefficient", float(record.coefficient)),
                ("rate", record.rate),
                ("amount", item.amount),
                ("paid_on", item.paid_on),
                ("paid_by", str(item.paid_by) if item.paid_by else ""),
            ]
        )


class RoyaltyReportView(RoyaltyExportMixin, ReportView):
    page_title = gettext_lazy("Royalties")
    header_icon = "pick"
    results_template_name = "royalties/report_results.html"
    index_url_name = "royalties:report"
    index_results_url_name = "royalties:report_results"
    filterset_class = RoyaltyFilterSet
    paginate_by = None

    def dispatch(self, request, *args, **kwargs):
        if not permissions.can_view_all(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @property
    def month(self):
        return services.parse_month(self.request.GET.get("month"))

    def get_filename(self):
        year, month = self.month
        return f"nhuan-but-{year:04d}-{month:02d}"

    def get_queryset(self):
        return lines_in_month(*self.month)

    def get_page_subtitle(self):
        year, month = self.month
        return f"{month:02d}/{year:04d}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        groups = group_by_author(context["object_list"])
        can_set = permissions.can_set(self.request.user)
        context.update(
            groups=groups,
            grand_total=sum(group["total"] for group in groups),
            month_label=self.get_page_subtitle(),
            can_mark_paid=permissions.can_mark_paid(self.request.user),
            can_set=can_set,
            today=timezone.localdate(),
            pending_count=approvals_without_royalty().count() if can_set else 0,
        )
        return context


class MyRoyaltiesView(RoyaltyExportMixin, ReportView):
    """Every user's own royalty lines, newest first."""

    page_title = gettext_lazy("My royalties")
    header_icon = "pick"
    results_template_name = "royalties/my_royalties_results.html"
    index_url_name = "royalties:mine"
    index_results_url_name = "royalties:mine_results"
    paginate_by = 50

    def get_filename(self):
        return "nhuan-but-cua-toi"

    def get_queryset(self):
        return (
            RoyaltyLine.objects.filter(user=self.request.user, amount__gt=0)
            .select_related("record", "user", "paid_by")
            .order_by("-record__approved_at", "-pk")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        lines = self.get_queryset()
        context["total_unpaid"] = sum(line.amount for line in lines if not line.is_paid)
        context["total_paid"] = sum(line.amount for line in lines if line.is_paid)
        return context


@require_POST
def mark_paid(request):
    if not permissions.can_mark_paid(request.user):
        raise PermissionDenied
    form = MarkPaidForm(request.POST)
    if form.is_valid():
        count = services.mark_paid(
            form.cleaned_data["lines"], user=request.user, paid_on=form.cleaned_data["paid_on"]
        )
        messages.success(request, _("%(count)s royalty line(s) marked as paid.") % {"count": count})
    else:
        messages.error(request, _("Nothing was marked: choose unpaid lines and a payment date."))
    return redirect(get_valid_next_url_from_request(request) or reverse("royalties:report"))


@require_POST
def mark_unpaid(request, pk):
    if not permissions.can_mark_paid(request.user):
        raise PermissionDenied
    line = get_object_or_404(RoyaltyLine, pk=pk)
    if services.mark_unpaid(line, user=request.user):
        messages.success(request, _("The payment to %(name)s was cancelled.") % {"name": line.name})
    return redirect(get_valid_next_url_from_request(request) or reverse("royalties:report"))


# -- approvals still waiting for a royalty --------------------------------------------------------------


def approvals_without_royalty():
    """Final approvals (by the royalty task) that recorded no royalty, newest first."""
    return (
        TaskState.objects.filter(
            task__in=RoyaltyApprovalTask.objects.all(),
            status=TaskState.STATUS_APPROVED,
            royalty_record__isnull=True,
        )
        .select_related("workflow_state", "finished_by", "revision")
        .order_by("-finished_at", "-pk")
    )


def pending(request):
    if not permissions.can_set(request.user):
        raise PermissionDenied
    states = [state for state in approvals_without_royalty()[:200] if state.workflow_state.content_object]
    return TemplateResponse(
        request,
        "royalties/pending.html",
        {"task_states": states, "page_title": _("Approvals without a royalty"), "header_icon": "pick"},
    )


def set_royalty(request, task_state_id):
    if not permissions.can_set(request.user):
        raise PermissionDenied
    task_state = get_object_or_404(approvals_without_royalty(), pk=task_state_id)
    obj = task_state.workflow_state.content_object
    if obj is None:
        raise PermissionDenied
    obj = getattr(obj, "specific", obj)
    form = SetRoyaltyForm(request.POST or None, initial=services.initial_for(obj))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.record_royalty(
            obj,
            user=request.user,
            kind=data["kind"],
            coefficient=data["coefficient"],
            contributors=data["contributors"],
            outside_authors=data["outside_authors"],
            task_state=task_state,
            approved_at=task_state.finished_at,
        )
        messages.success(request, _("Royalty recorded for '%(title)s'.") % {"title": obj})
        return redirect("royalties:pending")
    return TemplateResponse(
        request,
        "royalties/set_royalty.html",
        {
            "form": form,
            "object": obj,
            "task_state": task_state,
            "rate": services.current_rate(obj),
            "page_title": _("Set royalty"),
            "page_subtitle": str(obj),
            "header_icon": "pick",
        },
    )


def record_initial(record):
    lines = list(record.lines.all())
    return {
        "kind": record.kind,
        "coefficient": record.coefficient,
        "contributors": [line.user_id for line in lines if line.user_id],
        "outside_authors": "\n".join(line.name for line in lines if not line.user_id),
    }


def change_royalty(request, pk):
    """Correct a royalty set by mistake, at its own rate, as long as nothing of it has been paid."""
    if not permissions.can_set(request.user):
        raise PermissionDenied
    record = get_object_or_404(RoyaltyRecord, pk=pk)
    form = SetRoyaltyForm(request.POST or None, initial=record_initial(record))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.change_royalty(
                record,
                user=request.user,
                kind=data["kind"],
                coefficient=data["coefficient"],
                contributors=data["contributors"],
                outside_authors=data["outside_authors"],
            )
        except services.AlreadyPaid:
            messages.error(request, _("Part of this royalty has been paid: cancel the payment first."))
        else:
            messages.success(request, _("Royalty of '%(title)s' corrected.") % {"title": record.title})
        return redirect(get_valid_next_url_from_request(request) or reverse("royalties:report"))
    return TemplateResponse(
        request,
        "royalties/set_royalty.html",
        {
            "form": form,
            "object": record,
            "rate": record.rate,
            "page_title": _("Correct royalty"),
            "page_subtitle": record.title,
            "header_icon": "pick",
        },
    )
