"""Totals of “Thông tin này có hữu ích không?” for editors: per section and per page, for a month, with the
comments of that month, as a page in the admin and as CSV or XLSX (every cell through core.spreadsheets)."""

import csv
import datetime
import io

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from wagtail.models import Page

from core.spreadsheets import neutralise

from .models import PageFeedback

PERMISSION = "feedback.view_pagefeedback"


def month_of(value):
    """ "2026-12" -> date(2026, 12, 1); this month when missing or malformed."""
    try:
        year, month = (int(part) for part in (value or "").split("-"))
        return datetime.date(year, month, 1)
    except ValueError:
        return timezone.localdate().replace(day=1)


def month_range(first):
    following = (first + datetime.timedelta(days=32)).replace(day=1)
    tz = timezone.get_current_timezone()
    start = datetime.datetime.combine(first, datetime.time.min, tzinfo=tz)
    return start, datetime.datetime.combine(following, datetime.time.min, tzinfo=tz)


def available_months():
    this_month = timezone.localdate().replace(day=1)
    months = {this_month}
    for created in PageFeedback.objects.datetimes(
        "created_at", "month", tzinfo=timezone.get_current_timezone()
    ):
        months.add(created.date().replace(day=1))
    return sorted(months, reverse=True)


def totals(queryset, field):
    rows = (
        queryset.values(field)
        .annotate(
            yes=Count("pk", filter=Q(helpful=True)),
            no=Count("pk", filter=Q(helpful=False)),
            comments=Count("pk", filter=~Q(comment="")),
        )
        .order_by(field)
    )
    titles = dict(Page.objects.filter(pk__in=[row[field] for row in rows]).values_list("pk", "title"))
    paths = dict(Page.objects.filter(pk__in=[row[field] for row in rows]).values_list("pk", "url_path"))
    result = []
    for row in rows:
        total = row["yes"] + row["no"]
        result.append(
            {
                "id": row[field],
                "title": titles.get(row[field], _("(no section)")),
                "path": paths.get(row[field], ""),
                "yes": row["yes"],
                "no": row["no"],
                "total": total,
                "share": round(100 * row["yes"] / total) if total else 0,
                "comments": row["comments"],
            }
        )
    return sorted(result, key=lambda item: (-item["total"], item["title"]))


def month_report(first):
    start, end = month_range(first)
    votes = PageFeedback.objects.filter(created_at__gte=start, created_at__lt=end)
    comments = votes.exclude(comment="").select_related("page").order_by("-created_at")[:500]
    return {
        "sections": totals(votes, "section"),
        "pages": totals(votes, "page"),
        "comments": comments,
    }


def table_rows(report):
    header = [
        _("Kind"),
        _("Title"),
        _("Path"),
        _("Useful"),
        _("Not useful"),
        _("Total"),
        pgettext("page feedback", "Comments"),
    ]
    rows = [header]
    for kind, items in (
        (pgettext("page feedback", "Section"), report["sections"]),
        (_("Page"), report["pages"]),
    ):
        for item in items:
            rows.append(
                [kind, item["title"], item["path"], item["yes"], item["no"], item["total"], item["comments"]]
            )
    rows.append([])
    rows.append([_("Comment"), _("Page"), _("Sent at"), _("Useful")])
    for item in report["comments"]:
        sent = timezone.localtime(item.created_at).strftime("%d/%m/%Y %H:%M")
        rows.append(
            [
                item.comment,
                item.page.title,
                sent,
                pgettext("page feedback", "Yes") if item.helpful else pgettext("page feedback", "No"),
            ]
        )
    return [[neutralise(cell) for cell in row] for row in rows]


def csv_response(rows, name):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows(rows)
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response


def xlsx_response(rows, name):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    # openpyxl writes a cell starting with "=" as a formula: neutralise() has made every such cell text.
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    return response


def report_view(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    first = month_of(request.GET.get("thang"))
    report = month_report(first)
    export = request.GET.get("export")
    name = f"y-kien-trang-{first:%Y-%m}"
    if export == "csv":
        return csv_response(table_rows(report), name)
    if export == "xlsx":
        return xlsx_response(table_rows(report), name)
    return TemplateResponse(
        request,
        "feedback/admin/report.html",
        {
            **report,
            "month": first,
            "months": available_months(),
            "page_title": _("Was this information useful?"),
            "header_icon": "help",
        },
    )
