"""The comments of one consultation as an XLSX workbook for the drafting unit. Every cell goes through
core.spreadsheets.neutralise, so a comment typed as a formula stays text in Excel and LibreOffice."""

import io

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_STRING

from core.spreadsheets import neutralise

from .models import ConsultationComment


def header():
    return [
        _("Tracking code"),
        _("Received at"),
        _("Name"),
        _("Organisation"),
        _("Email"),
        _("Phone"),
        _("Article"),
        pgettext("consultation", "Comment"),
        _("Status"),
        _("Reason"),
    ]


def comment_row(comment):
    return [
        comment.tracking_code,
        timezone.localtime(comment.received_at).strftime("%d/%m/%Y %H:%M"),
        comment.name,
        comment.organisation,
        comment.email,
        comment.phone,
        str(comment.article_label),
        comment.body,
        comment.get_status_display(),
        comment.status_reason,
    ]


def comments_workbook(page):
    """The bytes of an .xlsx file: one row per comment on `page`, oldest first."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = pgettext("consultation", "Comments")[:31]
    comments = ConsultationComment.objects.filter(page=page).order_by("received_at", "pk")
    for row in [header(), *(comment_row(comment) for comment in comments)]:
        sheet.append([neutralise(str(value)) for value in row])
    for cells in sheet.iter_rows():
        for cell in cells:
            # openpyxl reads a string starting with "=" as a formula: every cell is stored as text.
            cell.data_type = TYPE_STRING
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
