"""The questions queue in the admin: who sees it, what it lists (days left, overdue highlighted, filters),
and its actions (assign, decline with a reason), each logged."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from moderation import roles
from moderation.questions.models import QuestionRecord, Status
from tests.factories.moderation import QuestionRecordFactory

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/questions/"


def inspect_url(record):
    return reverse("citizen_questions:inspect", args=[record.pk])


def action_url(name, record):
    return reverse(f"citizen_questions:{name}", args=[record.pk])


def actions(record):
    return list(
        ModelLogEntry.objects.filter(object_id=str(record.pk), content_type__model="questionrecord")
        .order_by("pk")
        .values_list("action", flat=True)
    )


@pytest.fixture
def questions_section(section):
    return section("hoi-dap")


@pytest.fixture
def overdue_and_fresh(db):
    """A question asked 30 days ago (long overdue) and one asked today."""
    old = QuestionRecordFactory(
        received_at=timezone.now() - datetime.timedelta(days=30),
        question="Câu hỏi cũ về đất đai",
        field="Đất đai",
    )
    fresh = QuestionRecordFactory(question="Câu hỏi mới về hộ tịch")
    return old, fresh


def test_the_deadline_is_fifteen_working_days_weekends_skipped():
    # Monday 2 November 2026 (no holiday until 15 working days later): due Monday 23 November.
    received = timezone.make_aware(datetime.datetime(2026, 11, 2, 9, 0))
    record = QuestionRecordFactory(received_at=received)
    assert record.deadline == datetime.date(2026, 11, 23)
    assert record.working_days_left(today=datetime.date(2026, 11, 20)) == 1
    # Tuesday 24 November is a public holiday (Vietnam Cultural Day): two working days late on the 26th.
    assert record.working_days_left(today=datetime.date(2026, 11, 25)) == -1
    assert record.working_days_left(today=datetime.date(2026, 11, 26)) == -2


@pytest.mark.parametrize("role", [roles.CONTRIBUTOR, roles.AUDITOR])
def test_those_who_do_not_moderate_questions_cannot_handle_them(
    login, make_user, news_section, role, overdue_and_fresh
):
    user = make_user("nguoi-dung", role, sections=[news_section] if role == roles.CONTRIBUTOR else [])
    client = login(user)
    old, _fresh = overdue_and_fresh
    assert client.post(action_url("decline", old), {"reason": "Không"}).status_code in (302, 403)
    assert client.post(action_url("draft", old)).status_code in (302, 403)
    old.refresh_from_db()
    assert old.status == Status.NEW and old.page_id is None
    if role == roles.CONTRIBUTOR:
        response = client.get(LIST_URL)
        assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
        assert "Câu hỏi của người dân" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_editor_sees_the_queue_with_days_left_and_overdue_highlighted(login, editor, overdue_and_fresh):
    client = login(editor)
    html = client.get(LIST_URL).content.decode()
    old, fresh = overdue_and_fresh
    assert "Câu hỏi của người dân" in html
    assert old.tracking_code in html and fresh.tracking_code in html
    assert "Quá hạn" in html
    assert '<strong class="w-text-critical-200">Quá hạn' in html
    assert "Số ngày làm việc còn lại" in html
    assert f'href="{inspect_url(old)}"' in html
    assert f"{old.deadline:%d/%m/%Y}" in html


def test_the_queue_filters_by_status_and_field(login, editor, overdue_and_fresh):
    old, fresh = overdue_and_fresh
    QuestionRecord.objects.filter(pk=old.pk).update(status=Status.DECLINED, decline_reason="Trùng lặp")
    client = login(editor)
    by_status = client.get(LIST_URL, {"status": "new"}).content.decode()
    assert fresh.tracking_code in by_status and old.tracking_code not in by_status
    by_field = client.get(LIST_URL, {"field": "Đất đai"}).content.decode()
    assert old.tracking_code in by_field and fresh.tracking_code not in by_field


def test_assigning_to_an_official_or_a_department_is_logged(
    login, editor, editor_in_chief, overdue_and_fresh
):
    old, _ = overdue_and_fresh
    client = login(editor)
    client.post(action_url("assign", old), {"assignee": editor_in_chief.pk, "assignee_unit": ""})
    old.refresh_from_db()
    assert (old.status, old.assignee) == (Status.ASSIGNED, editor_in_chief)
    client.post(action_url("assign", old), {"assignee": "", "assignee_unit": "Phòng Văn hóa - Xã hội"})
    old.refresh_from_db()
    assert old.assignee is None and old.assignee_unit == "Phòng Văn hóa - Xã hội"
    assert actions(old) == ["questions.assigned", "questions.assigned"]
    assert "Phòng Văn hóa - Xã hội" in client.get(LIST_URL).content.decode()
    history = client.get(reverse("citizen_questions:history", args=[old.pk])).content.decode()
    assert "Giao cho Phòng Văn hóa - Xã hội" in history


def test_declining_needs_a_reason_is_logged_and_shown_on_the_tracking_page(
    client, login, editor, overdue_and_fresh
):
    old, _ = overdue_and_fresh
    admin = login(editor)
    admin.post(action_url("decline", old), {"reason": "  "})
    old.refresh_from_db()
    assert old.status == Status.NEW
    admin.post(action_url("decline", old), {"reason": "Nội dung không thuộc thẩm quyền của phường."})
    old.refresh_from_db()
    assert old.status == Status.DECLINED
    assert actions(old) == ["questions.declined"]
    entry = ModelLogEntry.objects.get(object_id=str(old.pk), action="questions.declined")
    assert entry.user == editor and entry.data["reason"] == "Nội dung không thuộc thẩm quyền của phường."
    tracked = client.post("/hoi-dap/tra-cuu/", {"code": old.tracking_code, "contact": "lan@example.com"})
    html = tracked.content.decode()
    assert "Từ chối" in html and "Nội dung không thuộc thẩm quyền của phường." in html


def test_the_question_page_shows_the_asker_and_actions_to_an_editor(login, editor, overdue_and_fresh):
    old, _ = overdue_and_fresh
    html = login(editor).get(inspect_url(old)).content.decode()
    assert "Phạm Thị Lan" in html and "lan@example.com" in html
    assert "Soạn câu trả lời" in html and "Từ chối" in html


def test_the_queue_costs_the_same_queries_for_one_question_or_many(login, editor, django_assert_num_queries):
    """Every row counts its working days with one calendar per request (WorkingCalendar.for_request): the
    ward's days off are read once, not once per question."""
    client = login(editor)
    QuestionRecordFactory()
    client.get(LIST_URL)
    with CaptureQueriesContext(connection) as one:
        assert client.get(LIST_URL).status_code == 200
    QuestionRecordFactory.create_batch(4)
    with django_assert_num_queries(len(one.captured_queries)):
        assert client.get(LIST_URL).status_code == 200
