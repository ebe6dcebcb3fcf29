"""The legal time limit of a request, in working days (weekends and public holidays skipped): 15, or 3 for
simple information already available, extendable once by at most 15; days left and overdue."""

import datetime

import pytest

from moderation.reports.models import InformationRequest
from tests.factories.moderation import InformationRequestFactory

pytestmark = pytest.mark.django_db

FRIDAY = datetime.date(2026, 10, 2)  # no holiday in the three weeks after


def test_fifteen_working_days_skip_the_weekends():
    request = InformationRequestFactory(received_on=FRIDAY)
    # Friday 2/10 + 15 working days: three full weeks, 5–23/10.
    assert request.deadline == datetime.date(2026, 10, 23)


def test_simple_information_is_due_in_three_working_days():
    request = InformationRequestFactory(received_on=FRIDAY, simple=True)
    assert request.deadline == datetime.date(2026, 10, 7)  # Mon, Tue, Wed


def test_an_extension_moves_the_deadline_by_working_days():
    request = InformationRequestFactory(received_on=FRIDAY, extension_days=5, extension_reason="Cần tổng hợp")
    assert request.deadline == datetime.date(2026, 10, 30)


def test_public_holidays_are_not_working_days():
    # 30/4 and 1/5/2026 (Thursday, Friday) are holidays: Wednesday 29/4 + 3 = Wednesday 6/5.
    request = InformationRequestFactory(received_on=datetime.date(2026, 4, 29), simple=True)
    assert request.deadline == datetime.date(2026, 5, 6)
    # 24/11/2026 (Ngày Văn hóa Việt Nam) is a day off: Friday 6/11 + 15 working days is Monday 30/11.
    assert InformationRequestFactory(received_on=datetime.date(2026, 11, 6)).deadline == datetime.date(
        2026, 11, 30
    )


def test_days_left_and_overdue_count_working_days():
    request = InformationRequestFactory(received_on=FRIDAY, simple=True)  # due Wednesday 7/10
    assert request.days_left(today=datetime.date(2026, 10, 5)) == 2
    assert request.days_left(today=datetime.date(2026, 10, 7)) == 0
    assert request.days_left(today=datetime.date(2026, 10, 12)) == -3  # Wed, Thu, Fri late
    request.status = "provided"
    assert request.days_left(today=datetime.date(2026, 10, 12)) is None


def test_the_stored_deadline_follows_a_changed_received_day():
    request = InformationRequestFactory(received_on=FRIDAY, simple=True)
    request.received_on = datetime.date(2026, 10, 5)
    request.save()
    assert InformationRequest.objects.get(pk=request.pk).deadline == datetime.date(2026, 10, 8)


def test_the_compliance_report_lists_requests_answered_late_or_not_yet():
    from core.compliance import FAIL, PASS, Context
    from moderation.reports.compliance import information_requests_answered

    on_time = InformationRequestFactory(
        received_on=FRIDAY, status="provided", provided_on=datetime.date(2026, 10, 20), provided_how="email"
    )
    late = InformationRequestFactory(
        received_on=FRIDAY, status="provided", provided_on=datetime.date(2026, 10, 27), provided_how="email"
    )
    open_request = InformationRequestFactory(received_on=FRIDAY)
    context = Context(today=datetime.date(2026, 10, 28))
    result = information_requests_answered(context)
    assert result.status == FAIL
    found = {finding.label: finding.late_working_days for finding in result.findings}
    assert on_time.tracking_code not in found
    assert found[late.tracking_code] == 2  # due Friday 23/10, answered Tuesday 27/10: Mon, Tue
    assert found[open_request.tracking_code] == 3  # Mon, Tue, Wed 28/10
    late.provided_on = datetime.date(2026, 10, 23)
    late.save()
    assert information_requests_answered(Context(today=datetime.date(2026, 10, 20))).status == PASS
