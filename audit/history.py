"""Site history, as an auditor reads it: Wagtail's own report (filters by user, action, object type and
date range; CSV and XLSX) with more columns, times in Vietnam time, and every export itself logged.

`duongkinh/urls.py` serves this view at Wagtail's own address for the report (admin/reports/site-history/),
so the menu, links and the export buttons all lead here.
"""

import datetime

import django_filters
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import IntegerField, Value
from django.forms import CheckboxSelectMultiple
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.filters import ContentTypeFilter, MultipleUserFilter
from wagtail.admin.views.reports.audit_logging import LogEntriesView, SiteHistoryReportFilterSet
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_registry

from core.audit import unwrapped

from .models import LogSeal
from .permissions import can_read_audit

EXPORT_ACTION = "audit.export"
CHOICES_SECONDS = 3600


def reads_everything(request):
    return can_read_audit(request.user)


def filter_choices():
    """The actions, users and object types found in the whole log, for the filters of readers of the audit.

    Found with one DISTINCT scan per log model and column, which at 100,000 entries costs more than the
    rest of the page; kept in the cache under the chain's head, so that a new entry (a new seal) makes it
    be found again."""
    head = LogSeal.objects.order_by("-pk").values_list("pk", flat=True).first()
    key = f"audit:history-choices:{head}"
    found = cache.get(key)
    if found is None:
        actions, users, content_types = set(), set(), set()
        for log_model in log_registry.get_log_entry_models():
            entries = log_model.objects.all()
            actions.update(entries.get_actions())
            users.update(entries.get_user_ids())
            content_types.update(entries.get_content_type_ids())
        found = {"actions": actions, "users": users, "content_types": content_types}
        cache.set(key, found, CHOICES_SECONDS)
    return found


def content_types_for_filter(request):
    if not reads_everything(request):
        return SiteHistoryReportFilterSet.base_filters["object_type"].queryset(request)
    return ContentType.objects.filter(pk__in=filter_choices()["content_types"]).order_by("model")


class AuditHistoryFilterSet(SiteHistoryReportFilterSet):
    # Wagtail's filters, without DISTINCT: one log entry matches an action or a user once, and DISTINCT
    # makes PostgreSQL sort every matching entry before it can return the first page.
    action = django_filters.MultipleChoiceFilter(
        label=SiteHistoryReportFilterSet.base_filters["action"].label,
        widget=CheckboxSelectMultiple,
        distinct=False,
    )
    user = MultipleUserFilter(
        label=SiteHistoryReportFilterSet.base_filters["user"].label,
        widget=CheckboxSelectMultiple,
        distinct=False,
    )
    object_type = ContentTypeFilter(
        label=SiteHistoryReportFilterSet.base_filters["object_type"].label,
        method="filter_object_type",
        queryset=content_types_for_filter,
    )

    def get_action_choices(self):
        if not reads_everything(self.request):
            return super().get_action_choices()
        found = filter_choices()["actions"]
        return [choice for choice in log_registry.get_choices() if choice[0] in found]

    def get_users_queryset(self):
        if not reads_everything(self.request):
            return super().get_users_queryset()
        User = get_user_model()
        return User.objects.filter(pk__in=filter_choices()["users"]).order_by(User.USERNAME_FIELD)

    class Meta(SiteHistoryReportFilterSet.Meta):
        pass


def vietnam_time(value):
    return timezone.localtime(value) if isinstance(value, datetime.datetime) else value


def vietnam_time_text(value):
    return vietnam_time(value).isoformat(timespec="seconds") if value else ""


def vietnam_time_naive(value):
    return timezone.make_naive(value) if value else None


class AuditLogEntriesView(LogEntriesView):
    filterset_class = AuditHistoryFilterSet
    export_headings = {
        **LogEntriesView.export_headings,
        "timestamp": _("Date/Time (Vietnam time)"),
        "message": pgettext_lazy("audit log export", "Action"),
        "comment": _("Comment"),
        "pk": _("Entry"),
        "uuid": _("Operation"),
    }
    list_export = [
        "timestamp",
        "user_display_name",
        "action",
        "message",
        "comment",
        "content_type",
        "object_id",
        "label",
        "pk",
        "uuid",
    ]

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.custom_field_preprocess["timestamp"] = {
            self.FORMAT_CSV: vietnam_time_text,
            self.FORMAT_XLSX: vietnam_time_naive,
        }

    def get_filtered_queryset(self):
        """Wagtail's union of the log models, without the per-content-type permission filter for those who
        read the whole audit record (its permission query and IN list cost more than the page itself)."""
        if not reads_everything(self.request):
            return super().get_filtered_queryset()
        self.log_models = list(log_registry.get_log_entry_models())
        queryset = None
        for index, log_model in enumerate(self.log_models):
            rows = log_model.objects.values("pk", "timestamp").annotate(
                log_model_index=Value(index, output_field=IntegerField())
            )
            rows = self.filter_queryset(rows).order_by()
            queryset = rows if queryset is None else queryset.union(rows, all=True)
        return queryset.order_by("-timestamp")

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if self.is_export:
            self.log_export(len(context["object_list"]))
        return response

    def log_export(self, rows):
        filters = QueryDict(mutable=True)
        filters.update(self.request.GET)
        export_format = filters.pop("export", [""])[0]
        reader = unwrapped(self.request.user)
        log(
            reader,
            EXPORT_ACTION,
            user=reader,
            data={"format": export_format, "rows": rows, "filters": filters.urlencode()},
        )
