"""Site history as an auditor uses it: filtered by user, action, object type and date range, exported as
CSV and XLSX in Vietnam time, each export itself in the log."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_registry
from wagtail.models import ModelLogEntry, Page, PageLogEntry

from audit.history import EXPORT_ACTION, AuditLogEntriesView
from tests.factories.core import UserFactory
from tests.factories.sections import NewsPageFactory

pytestmark = pytest.mark.django_db

URL = reverse("wagtailadmin_reports:site_history")


@pytest.fixture
def history(editor, editor_in_chief):
    page = NewsPageFactory(title="Thông báo lịch tiếp công dân")
    other = NewsPageFactory(title="Kết quả bầu cử tổ dân phố")
    old = log(other, "wagtail.edit", user=editor_in_chief)
    PageLogEntry.objects.filter(pk=old.pk).update(timestamp=timezone.now() - datetime.timedelta(days=40))
    log(page, "wagtail.edit", user=editor)
    log(page, "wagtail.lock", user=editor_in_chief)
    return {"page": page, "other": other}


def rows_of_csv(response):
    """The exported rows by field name (the headings are in the reader's language)."""
    text = b"".join(response.streaming_content).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))[1:]
    return [dict(zip(AuditLogEntriesView.list_export, row, strict=True)) for row in rows]


def test_auditor_filters_by_user_action_type_and_dates(login, auditor, editor, history):
    client = login(auditor)
    page_type = ContentType.objects.get_for_model(Page)  # Wagtail reports every page type as "Page"
    since = (timezone.localdate() - datetime.timedelta(days=7)).isoformat()

    by_user = client.get(URL, {"user": editor.pk, "export": "csv"})
    by_action = client.get(URL, {"action": "wagtail.lock", "export": "csv"})
    by_type = client.get(URL, {"object_type": page_type.pk, "timestamp_from": since, "export": "csv"})

    assert {row["label"] for row in rows_of_csv(by_user)} == {"Thông báo lịch tiếp công dân"}
    assert [row["action"] for row in rows_of_csv(by_action)] == [
        str(log_registry.get_action_label("wagtail.lock"))
    ]
    dated = {row["label"] for row in rows_of_csv(by_type)}
    assert "Thông báo lịch tiếp công dân" in dated
    month_ago = (timezone.localdate() - datetime.timedelta(days=30)).isoformat()
    older = client.get(URL, {"object_type": page_type.pk, "timestamp_to": month_ago, "export": "csv"})
    assert [row["label"] for row in rows_of_csv(older)] == [
        "Kết quả bầu cử tổ dân phố"
    ]  # the 40-day-old edit


def test_the_export_is_in_vietnam_time_and_logged(login, auditor, history):
    client = login(auditor)

    response = client.get(URL, {"action": "wagtail.lock", "export": "csv"})
    rows = rows_of_csv(response)

    entry = PageLogEntry.objects.get(action="wagtail.lock", page=history["page"])
    assert rows[0]["timestamp"] == timezone.localtime(entry.timestamp).isoformat(timespec="seconds")
    assert rows[0]["timestamp"].endswith("+07:00")
    logged = ModelLogEntry.objects.get(action=EXPORT_ACTION)
    assert logged.user_id == auditor.pk
    assert logged.data["format"] == "csv"
    assert logged.data["rows"] == 1
    assert "action=wagtail.lock" in logged.data["filters"]


def test_the_xlsx_export_holds_the_same_entries(login, auditor, history):
    client = login(auditor)

    response = client.get(
        URL, {"user": history["page"].owner_id or "", "action": "wagtail.lock", "export": "xlsx"}
    )

    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = list(sheet.values)
    assert len(values[0]) == len(AuditLogEntriesView.list_export)
    assert any("Thông báo lịch tiếp công dân" in row for row in values[1:])
    assert ModelLogEntry.objects.filter(action=EXPORT_ACTION, data__format="xlsx").count() == 1


def test_reading_the_history_is_not_logged_exporting_is(login, auditor, history):
    client = login(auditor)
    client.get(URL)
    assert not ModelLogEntry.objects.filter(action=EXPORT_ACTION).exists()
    client.get(URL, {"export": "csv"})
    assert ModelLogEntry.objects.filter(action=EXPORT_ACTION).count() == 1


def test_the_auditor_reads_every_kind_of_entry(login, auditor, history):
    someone = UserFactory()
    log(someone, "wagtail.edit", user=someone)

    rows = rows_of_csv(login(auditor).get(URL, {"export": "csv"}))

    assert {"Thông báo lịch tiếp công dân", str(someone)} <= {row["label"] for row in rows}
