"""The compliance report reads the question register: a question from a citizen is answered (its answer
page published) or declined within 15 working days of the day it arrived, Tết and the ward's days off left
out; a question still waiting after that is listed with how many working days late it is."""

import datetime

import pytest
from django.utils import timezone
from wagtail.log_actions import log

from core.compliance import FAIL, PASS, Context
from moderation.questions import compliance
from moderation.questions.models import Status
from moderation.questions.services import ACTION_DECLINED
from tests.factories.moderation import QuestionRecordFactory

pytestmark = pytest.mark.django_db

FRIDAY_BEFORE_TET = datetime.date(2026, 2, 13)  # 16–20/2/2026 are the Tết holidays
FIFTEENTH_WORKING_DAY = datetime.date(2026, 3, 13)  # 23/2 … 13/3, Tết left out


def moment(day, hour=10):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def at(day):
    return Context(today=day, now=moment(day, 12))


def asked():
    return QuestionRecordFactory(received_at=moment(FRIDAY_BEFORE_TET, 21))


def answer_on(record, day):
    record.status, record.answered_at = Status.ANSWERED, moment(day)
    record.save()


def decline_on(record, day):
    record.status, record.decline_reason = Status.DECLINED, "Không thuộc thẩm quyền của phường."
    record.save()
    log(
        record,
        ACTION_DECLINED,
        data={"from": Status.NEW, "reason": record.decline_reason},
        timestamp=moment(day),
    )


def late_days(result):
    return [finding.late_working_days for finding in result.findings]


def test_a_question_answered_on_the_fifteenth_working_day_after_tet_passes():
    answer_on(asked(), FIFTEENTH_WORKING_DAY)
    assert compliance.question_register_on_time(at(datetime.date(2026, 3, 31))).status == PASS


def test_a_question_answered_a_working_day_late_fails_by_one_day():
    record = asked()
    answer_on(record, datetime.date(2026, 3, 16))  # Monday after the deadline
    result = compliance.question_register_on_time(at(datetime.date(2026, 3, 31)))
    assert result.status == FAIL
    assert late_days(result) == [1]
    assert result.findings[0].label.startswith(record.tracking_code)
    assert "13/03/2026" in result.findings[0].detail


def test_a_question_declined_in_time_passes_whatever_its_record_says_since():
    record = asked()
    decline_on(record, datetime.date(2026, 3, 2))
    assert compliance.question_register_on_time(at(datetime.date(2026, 3, 31))).status == PASS


def test_a_question_nobody_answered_becomes_overdue_with_its_working_days_late():
    record = asked()
    assert compliance.question_register_on_time(at(FIFTEENTH_WORKING_DAY)).status == PASS
    result = compliance.question_register_on_time(at(datetime.date(2026, 3, 17)))
    assert late_days(result) == [2]
    assert result.findings[0].url.endswith(f"/{record.pk}/")
