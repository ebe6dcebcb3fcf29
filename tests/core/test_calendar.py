"""Working days count Vietnam's public holidays and the ward's own days off; the maintenance notice's
7-working-day rule uses the same calendar."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from core.models import PortalSettings, WardDayOff, WorkingCalendar
from core.models.settings import latest_announcement, working_days_between
from core.permissions import ADMINISTRATOR, AUDITOR
from tests.factories.core import UserFactory

pytestmark = pytest.mark.django_db


def test_public_holidays_are_not_working_days():
    calendar = WorkingCalendar()
    assert not calendar.is_working_day(datetime.date(2026, 9, 2))  # National Day, a Wednesday
    assert not calendar.is_working_day(datetime.date(2026, 2, 18))  # Tết
    assert calendar.is_working_day(datetime.date(2026, 9, 3))
    # 30/4 and 1/5 2026 (Thursday, Friday): from Wednesday 29/4 to Monday 4/5 is one working day.
    assert calendar.working_days_between(datetime.date(2026, 4, 29), datetime.date(2026, 5, 4)) == 1


def test_the_wards_days_off_are_not_working_days():
    day = datetime.date(2026, 12, 10)
    assert WorkingCalendar().is_working_day(day)
    WardDayOff.objects.create(date=day, reason="Đại hội Đảng bộ phường")
    assert not WorkingCalendar().is_working_day(day)
    assert WorkingCalendar().add_working_days(datetime.date(2026, 12, 9), 1) == datetime.date(2026, 12, 11)


def test_the_maintenance_notice_counts_holidays():
    # Maintenance on Monday 7/9/2026: 31/8 (substitute day), 1/9 and 2/9 are holidays, so 7 working days
    # back is Monday 24/8, not Friday 28/8 as weekdays alone would give.
    assert latest_announcement(datetime.date(2026, 9, 7)) == datetime.date(2026, 8, 24)
    assert working_days_between(datetime.date(2026, 8, 26), datetime.date(2026, 9, 7)) == 5


def test_maintenance_announced_seven_weekdays_ahead_over_a_holiday_is_refused(home_page):
    portal = PortalSettings.for_site(home_page.get_site())
    portal.maintenance_starts_at = timezone.make_aware(datetime.datetime(2026, 9, 7, 22, 0))
    portal.maintenance_notice_from = datetime.date(2026, 8, 27)  # 7 weekdays ahead, but 2 are holidays

    with pytest.raises(ValidationError) as refused:
        portal.clean()
    assert "24/08/2026" in str(refused.value)
    portal.maintenance_notice_from = datetime.date(2026, 8, 24)
    portal.clean()


def test_administrators_keep_the_days_off_and_the_change_is_logged(client):
    administrator = UserFactory(roles=[ADMINISTRATOR])
    client.force_login(administrator)

    response = client.post(
        reverse("ward_days_off:add"), {"date": "2026-12-10", "reason": "Đại hội Đảng bộ phường"}
    )

    assert response.status_code == 302
    day_off = WardDayOff.objects.get(date=datetime.date(2026, 12, 10))
    assert ModelLogEntry.objects.filter(action="wagtail.create", object_id=str(day_off.pk)).exists()


def test_auditors_read_the_days_off_and_cannot_add_one(client):
    auditor = UserFactory(roles=[AUDITOR])
    client.force_login(auditor)

    assert client.get(reverse("ward_days_off:index")).status_code == 200
    client.post(reverse("ward_days_off:add"), {"date": "2026-12-11", "reason": "Thử"})
    assert not WardDayOff.objects.exists()
