"""Consultations moved from days to moments (sections/migrations/0005_consultation_datetimes.py): an existing
consultation opens at 00:00 on its first day and closes at 23:59:59 on its last, Vietnam time, and its old
revisions open in the admin with the same moments."""

import datetime
import importlib

import pytest
from django.utils import timezone

from sections.models.participation import vietnam_datetime
from tests.factories.sections import ConsultationPageFactory

migration = importlib.import_module("sections.migrations.0005_consultation_datetimes")


def test_old_days_become_the_start_and_end_of_those_days_in_vietnam_time():
    opens = migration.moment(datetime.date(2026, 11, 2), migration.OPENS)
    closes = migration.moment(datetime.date(2026, 11, 20), migration.CLOSES)
    assert opens.astimezone(datetime.UTC) == datetime.datetime(2026, 11, 1, 17, 0, tzinfo=datetime.UTC)
    assert closes.astimezone(datetime.UTC) == datetime.datetime(2026, 11, 20, 16, 59, 59, tzinfo=datetime.UTC)


def test_a_revision_written_with_days_is_rewritten_with_moments():
    content = {"title": "Dự thảo", "opens_on": "2026-11-02", "closes_on": "2026-11-20", "outcome": ""}
    rewritten = migration.revision_content(content)
    assert "opens_on" not in rewritten and "closes_on" not in rewritten
    assert rewritten["opens_at"] == "2026-11-01T17:00:00Z"
    assert rewritten["closes_at"] == "2026-11-20T16:59:59Z"
    assert rewritten["title"] == "Dự thảo"
    assert migration.revision_content({"title": "Không có ngày"}) == {"title": "Không có ngày"}


@pytest.mark.django_db
def test_the_admin_reads_a_rewritten_revision_as_the_same_moments():
    page = ConsultationPageFactory(title="Dự thảo có bản sửa cũ")
    content = page.serializable_data()
    del content["opens_at"], content["closes_at"]
    content.update({"opens_on": "2026-11-02", "closes_on": "2026-11-20"})
    restored = page.with_content_json(migration.revision_content(content))
    assert restored.opens_at == vietnam_datetime(datetime.date(2026, 11, 2))
    assert restored.closes_at == vietnam_datetime(datetime.date(2026, 11, 20), datetime.time(23, 59, 59))
    assert timezone.localtime(restored.closes_at).strftime("%H:%M:%S %d/%m/%Y") == "23:59:59 20/11/2026"
