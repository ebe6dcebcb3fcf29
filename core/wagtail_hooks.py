"""The ground floor's admin screens: visit statistics (daily totals as a plain SVG bar chart, and the top
paths) and the ward's days off of the working-day calendar."""

import datetime

from django.db.models import Sum
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from .models import PageViewDaily, WardDayOff
from .permissions import AdministratorsPermissionPolicy

CHART_DAYS = 30
CHART_HEIGHT = 160
BAR_WIDTH = 20


def visit_statistics(request):
    today = timezone.localdate()
    first = today - datetime.timedelta(days=CHART_DAYS - 1)
    per_day = dict(
        PageViewDaily.objects.filter(date__gte=first)
        .values_list("date")
        .annotate(total=Sum("views"))
        .values_list("date", "total")
    )
    days = [first + datetime.timedelta(days=offset) for offset in range(CHART_DAYS)]
    peak = max(per_day.values(), default=0) or 1
    bars = []
    for index, day in enumerate(days):
        views = per_day.get(day, 0)
        height = round(views * CHART_HEIGHT / peak)
        bars.append(
            {
                "day": day,
                "views": views,
                "x": index * BAR_WIDTH,
                "y": CHART_HEIGHT - height,
                "height": height,
                "width": BAR_WIDTH - 4,
            }
        )
    top_paths = (
        PageViewDaily.objects.filter(date__gte=first)
        .values("path")
        .annotate(total=Sum("views"))
        .order_by("-total", "path")[:20]
    )
    context = {
        "page_title": _("Visit statistics"),
        "header_icon": "table",
        "bars": bars,
        "chart_width": CHART_DAYS * BAR_WIDTH,
        "chart_height": CHART_HEIGHT,
        "peak": peak if per_day else 0,
        "period_total": sum(per_day.values()),
        "all_time_total": PageViewDaily.objects.aggregate(total=Sum("views"))["total"] or 0,
        "top_paths": top_paths,
        "first": first,
        "today": today,
    }
    return TemplateResponse(request, "core/admin/visit_statistics.html", context)


@hooks.register("register_admin_urls")
def register_statistics_url():
    return [path("thong-ke-truy-cap/", visit_statistics, name="portal_visit_statistics")]


@hooks.register("register_admin_menu_item")
def register_statistics_menu_item():
    return MenuItem(_("Visit statistics"), reverse("portal_visit_statistics"), icon_name="table", order=10000)


class WardDayOffViewSet(ModelViewSet):
    model = WardDayOff
    icon = "date"
    menu_label = _("Ward days off")
    add_to_settings_menu = True
    form_fields = ["date", "reason"]
    list_display = ["date", "reason"]
    permission_policy = AdministratorsPermissionPolicy(WardDayOff)


@hooks.register("register_admin_viewset")
def register_ward_days_off():
    return WardDayOffViewSet("ward_days_off")
