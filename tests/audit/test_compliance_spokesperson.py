"""A new spokesperson must be live within 24 calendar hours of the assignment decision: holidays (Tết
included) give no extra time, and each late or missing posting is listed with how many hours late it is."""

import datetime
import importlib
import io

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import log

from audit.compliance import spokespeople
from audit.compliance.report import as_json, as_xlsx, run
from core.compliance import FAIL, PASS, Context
from core.models import WorkingCalendar
from sections.models import SpokespersonPage
from tests.factories.sections import SpokespersonFactory, SpokespersonPageFactory

pytestmark = pytest.mark.django_db

TET_EVE = datetime.date(2026, 2, 16)  # Monday; 16–20/2/2026 are the Tết holidays


def moment(day, hour, minute=0):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def at(when):
    return Context(today=timezone.localdate(when), now=when)


@pytest.fixture
def page(home_page):
    """A spokesperson page with no publication history yet (the skeleton's was published today)."""
    SpokespersonPage.objects.child_of(home_page).get().delete()
    return SpokespersonPageFactory(parent=home_page, live=False, spokespeople=[])


def fresh(page):
    return SpokespersonPage.objects.get(pk=page.pk)


def people(*rows):
    return [SpokespersonFactory.build(name=name, assigned_on=assigned_on) for name, assigned_on in rows]


def publish_at(page, rows, when):
    """Publish a version listing `rows` (name, decision date), as the workflow would, at `when`."""
    page = fresh(page)
    page.spokespeople = people(*rows)
    revision = page.save_revision()
    revision.publish(log_action=False, skip_permission_checks=True)
    log(page, "wagtail.publish", revision=revision, timestamp=when)


def test_a_spokesperson_posted_within_24_hours_over_tet_passes(page):
    publish_at(page, [("Trần Văn Bình", TET_EVE)], moment(TET_EVE + datetime.timedelta(days=1), 20))

    result = spokespeople.spokesperson_posted_in_time(at(moment(datetime.date(2026, 3, 2), 9)))

    assert result.status == PASS, result.findings


def test_tet_gives_no_extra_time_and_the_late_hours_are_counted(page):
    # Decided on Tết eve: due 24:00 on 17/2. Posted 09:30 on 19/2, 33.5 hours later, although not one
    # working day has passed (16–20/2 are all holidays).
    publish_at(page, [("Trần Văn Bình", TET_EVE)], moment(datetime.date(2026, 2, 19), 9, 30))
    calendar = WorkingCalendar()
    assert calendar.working_days_between(TET_EVE, datetime.date(2026, 2, 20)) == 0

    result = spokespeople.spokesperson_posted_in_time(at(moment(datetime.date(2026, 3, 2), 9)))

    assert result.status == FAIL
    [finding] = result.findings
    assert (finding.label, finding.late_hours) == ("Trần Văn Bình", 34)
    assert "16/02/2026" in finding.detail and "09:30 19/02/2026" in finding.detail


def test_a_decision_typed_into_a_draft_but_not_published_becomes_overdue(page):
    publish_at(page, [("Trần Văn Bình", datetime.date(2026, 1, 5))], moment(datetime.date(2026, 1, 5), 16))
    draft = fresh(page)
    draft.spokespeople = people(("Trần Văn Bình", datetime.date(2026, 1, 5)), ("Lê Thị Hoa", TET_EVE))
    draft.save_revision()

    assert spokespeople.spokesperson_posted_in_time(at(moment(TET_EVE, 15))).status == PASS
    result = spokespeople.spokesperson_posted_in_time(at(moment(datetime.date(2026, 2, 18), 12)))
    assert [(finding.label, finding.late_hours) for finding in result.findings] == [("Lê Thị Hoa", 12)]
    assert "chưa đăng" in result.findings[0].detail


def test_only_the_new_spokesperson_counts_when_one_is_added(page):
    first = datetime.date(2026, 1, 5)
    publish_at(page, [("Trần Văn Bình", first)], moment(first, 16))
    publish_at(
        page,
        [("trần văn bình", first), ("Lê Thị Hoa", TET_EVE)],
        moment(datetime.date(2026, 2, 18), 1),
    )

    result = spokespeople.spokesperson_posted_in_time(at(moment(datetime.date(2026, 3, 2), 9)))

    assert [(finding.label, finding.late_hours) for finding in result.findings] == [("Lê Thị Hoa", 1)]


def test_a_spokesperson_taken_off_and_put_back_counts_from_the_return(page):
    first = datetime.date(2026, 1, 5)
    publish_at(page, [("Trần Văn Bình", first)], moment(first, 16))
    publish_at(page, [("Lê Thị Hoa", first)], moment(first, 17))
    publish_at(page, [("Trần Văn Bình", TET_EVE)], moment(TET_EVE + datetime.timedelta(days=3), 8))

    result = spokespeople.spokesperson_posted_in_time(at(moment(datetime.date(2026, 3, 2), 9)))

    assert [(finding.label, finding.late_hours) for finding in result.findings] == [("Trần Văn Bình", 32)]


def test_a_spokesperson_without_a_decision_date_is_listed(page):
    publish_at(page, [("Trần Văn Bình", None)], moment(datetime.date(2026, 1, 5), 16))

    result = spokespeople.spokesperson_posted_in_time(at(moment(datetime.date(2026, 3, 2), 9)))

    assert [(finding.label, finding.late_hours) for finding in result.findings] == [("Trần Văn Bình", None)]


def test_the_report_shows_the_check_with_its_hours(page, login, auditor):
    publish_at(page, [("Trần Văn Bình", TET_EVE)], moment(datetime.date(2026, 2, 19), 9, 30))

    line = next(item for item in run().as_dict()["checks"] if item["code"] == "deadline.spokesperson")
    assert line["status"] == FAIL and line["findings"][0]["late_hours"] == 34
    assert line["basis"] == "NĐ 244/2026 Art 3.3, 5.2"
    assert "deadline.spokesperson" in as_json(run())
    rows = list(openpyxl.load_workbook(io.BytesIO(as_xlsx(run()))).active.values)
    [row] = [row for row in rows if "deadline.spokesperson" in row]
    assert row[5] == "Trần Văn Bình" and row[-1] == 34

    content = login(auditor).get(reverse("audit:compliance")).content.decode()
    assert "Trần Văn Bình" in content and "34 giờ" in content


def test_the_migration_takes_the_decision_date_from_the_assignment_text(page):
    from django.apps import apps

    migration = importlib.import_module("sections.migrations.0004_spokesperson_assigned_on")
    page = fresh(page)
    page.spokespeople = [
        SpokespersonFactory.build(
            name="A", assigned_on=None, assignment="Quyết định số 7/QĐ-UBND ngày 5/1/2026"
        ),
        SpokespersonFactory.build(name="B", assigned_on=None, assignment="Quyết định số 8/QĐ-UBND"),
    ]
    page.save()

    migration.date_from_assignment(apps, None)

    dates = dict(fresh(page).spokespeople.values_list("name", "assigned_on"))
    assert dates == {"A": datetime.date(2026, 1, 5), "B": None}
