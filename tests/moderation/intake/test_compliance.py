"""Every intake record is acted on — a draft made, published or refused — within the set number of working
days (5 by default), counted with Vietnam's holidays (Tết included) and the ward's days off; each late or
untouched record is listed with how many working days late it is."""

import datetime
import io
import json

import openpyxl
import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import log

from core.compliance import FAIL, PASS, Context
from core.models import WardDayOff, WorkingCalendar
from moderation.intake import compliance
from moderation.intake.models import Status
from moderation.intake.services import ACTION_ASSIGNED, ACTION_DRAFT, ACTION_STATUS, change_status
from tests.factories.moderation import IntakeRecordFactory
from tests.factories.sections import NewsPageFactory

pytestmark = pytest.mark.django_db

FRIDAY_BEFORE_TET = datetime.date(2026, 2, 13)  # 16–20/2/2026 are the Tết holidays


def moment(day, hour=10):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def at(day):
    return Context(today=day, now=moment(day, 12))


def received(day, subject="Phản ánh đèn chiếu sáng hỏng"):
    return IntakeRecordFactory(received_at=moment(day, 20), subject=subject)


def refuse_on(record, day):
    record.status, record.status_reason = Status.NOT_PUBLISHED, "Không thuộc phạm vi của Cổng."
    record.save()
    data = {"from": Status.NEW, "to": Status.NOT_PUBLISHED, "reason": record.status_reason}
    log(record, ACTION_STATUS, data=data, timestamp=moment(day))


def late_days(result):
    return [(finding.label.split(" – ")[1], finding.late_working_days) for finding in result.findings]


def test_a_record_refused_on_the_fifth_working_day_after_tet_passes():
    # Received Friday 13/2; Tết closes 16–20/2, so the fifth working day is Friday 27/2.
    refuse_on(received(FRIDAY_BEFORE_TET), datetime.date(2026, 2, 27))

    assert compliance.intake_acted_on(at(datetime.date(2026, 3, 10))).status == PASS


def test_a_record_refused_after_the_time_limit_fails_by_working_days_with_tet_left_out():
    refuse_on(received(FRIDAY_BEFORE_TET), datetime.date(2026, 3, 2))

    result = compliance.intake_acted_on(at(datetime.date(2026, 3, 10)))

    assert result.status == FAIL
    assert late_days(result) == [("Phản ánh đèn chiếu sáng hỏng", 1)]
    assert "27/02/2026" in result.findings[0].detail


def test_an_untouched_record_becomes_overdue_after_the_time_limit():
    record = received(FRIDAY_BEFORE_TET)
    log(
        record, ACTION_ASSIGNED, data={"from": "", "to": "bien-tap-vien"}, timestamp=moment(FRIDAY_BEFORE_TET)
    )
    record.status = Status.IN_PROGRESS  # assigned, but nothing done with it yet
    record.save()

    assert compliance.intake_acted_on(at(datetime.date(2026, 2, 27))).status == PASS
    result = compliance.intake_acted_on(at(datetime.date(2026, 3, 3)))
    assert late_days(result) == [("Phản ánh đèn chiếu sáng hỏng", 2)]
    assert result.findings[0].url.endswith(f"/{record.pk}/")


def test_a_draft_made_from_the_record_counts_as_acted_on():
    record = received(FRIDAY_BEFORE_TET)
    record.page, record.status = NewsPageFactory(title="Sửa đèn chiếu sáng", live=False), Status.IN_PROGRESS
    record.save()
    log(
        record,
        ACTION_DRAFT,
        data={"target": "Sửa đèn chiếu sáng"},
        timestamp=moment(datetime.date(2026, 2, 24)),
    )

    assert compliance.intake_acted_on(at(datetime.date(2026, 3, 10))).status == PASS


def test_the_wards_day_off_and_the_setting_move_the_time_limit(settings):
    refuse_on(received(FRIDAY_BEFORE_TET), datetime.date(2026, 3, 2))
    assert compliance.intake_acted_on(at(datetime.date(2026, 3, 10))).status == FAIL

    WardDayOff.objects.create(date=datetime.date(2026, 2, 25), reason="Đại hội Đảng bộ phường")
    assert compliance.intake_acted_on(at(datetime.date(2026, 3, 10))).status == PASS

    WardDayOff.objects.all().delete()
    settings.COMPLIANCE_INTAKE_WORKING_DAYS = 6
    result = compliance.intake_acted_on(at(datetime.date(2026, 3, 10)))
    assert result.status == PASS and "6" in result.note


def test_the_services_status_change_is_what_the_check_reads(editor_in_chief):
    today = timezone.localdate()
    calendar = WorkingCalendar()
    on_time = received(calendar.subtract_working_days(today, 5), subject="Tin kịp hạn")
    late = received(calendar.subtract_working_days(today, 7), subject="Tin trễ hạn")

    change_status(on_time, Status.NOT_PUBLISHED, editor_in_chief, reason="Trùng với tin đã đăng.")
    change_status(late, Status.PUBLISHED, editor_in_chief)

    result = compliance.intake_acted_on(Context())
    assert [label for label, _late in late_days(result)] == ["Tin trễ hạn"]
    assert result.findings[0].late_working_days >= 1


def test_the_report_lists_the_intake_check_with_its_basis(tmp_path, login, auditor):
    received(FRIDAY_BEFORE_TET)

    out = io.StringIO()
    call_command("compliance_report", "--format", "json", stdout=out)
    line = next(item for item in json.loads(out.getvalue())["checks"] if item["code"] == "deadline.intake")

    assert line["group"] == "deadlines" and line["status"] == FAIL
    assert "218/2025" in line["basis"] and "COMPLIANCE_INTAKE_WORKING_DAYS" in line["basis"]
    assert line["findings"][0]["late_working_days"] > 100

    path = tmp_path / "bao-cao.xlsx"
    call_command("compliance_report", "--format", "xlsx", "--output", str(path))
    [row] = [row for row in openpyxl.load_workbook(path).active.values if "deadline.intake" in row]
    assert row[5].endswith("Phản ánh đèn chiếu sáng hỏng") and row[7] > 100

    content = login(auditor).get(reverse("audit:compliance")).content.decode()
    assert "Thông tin gửi đến Cổng được xử lý đúng hạn" in content
    assert "Phản ánh đèn chiếu sáng hỏng" in content
