"""Each compliance check passes and fails on crafted data; deadlines count Vietnam's holidays and the ward's
own days off."""

import datetime

import pytest
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page

from audit.compliance import content, deadlines, publication
from audit.compliance.content import CATEGORIES
from audit.models import NoInformationStatement
from core.compliance import FAIL, PASS, Context
from core.models import PortalSettings, WardDayOff
from legal_docs.models import LegalDocument
from sections.models.participation import vietnam_datetime
from tests.factories.legal_docs import LegalDocumentFactory
from tests.factories.sections import ConsultationPageFactory, NewsPageFactory, QuestionPageFactory

pytestmark = pytest.mark.django_db


def at(day):
    """A context on `day` at noon, Vietnam time."""
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))
    return Context(today=day, now=moment)


def labels(result):
    return [finding.label for finding in result.findings]


# -- published without approval --------------------------------------------------------------------------


def approve(content_object, user):
    task_state = content_object.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, user, "approve", comment="")


@pytest.fixture
def only_our_pages():
    """The skeleton's pages were published by the test factories without a workflow: take them offline."""
    Page.objects.filter(depth__gt=1).update(live=False)
    LegalDocument.objects.update(live=False)


def test_a_version_approved_by_the_workflow_passes(only_our_pages, contributor, editor, editor_in_chief):
    page = NewsPageFactory(title="Tin đã duyệt đủ hai bước", live=False)
    page.get_workflow().start(page, contributor)
    approve(page, editor)
    approve(Page.objects.get(pk=page.pk).specific, editor_in_chief)

    assert Page.objects.get(pk=page.pk).live
    assert publication.published_without_approval(at(timezone.localdate())).status == PASS


def test_a_version_published_outside_the_workflow_fails(only_our_pages, editor):
    page = NewsPageFactory(title="Tin xuất bản tắt", live=False)
    page.save_revision(user=editor).publish(skip_permission_checks=True)

    result = publication.published_without_approval(at(timezone.localdate()))

    assert result.status == FAIL
    assert labels(result) == ["Tin xuất bản tắt"]


def test_an_emergency_publication_is_listed_with_its_reason_until_acknowledged(
    only_our_pages, editor, editor_in_chief
):
    page = NewsPageFactory(title="Thông báo khẩn về bão", live=False)
    revision = page.save_revision(user=editor)
    revision.publish(skip_permission_checks=True)
    log(
        page,
        publication.EMERGENCY_PUBLISH,
        user=editor,
        revision=revision,
        data={"reason": "Bão số 3 đổ bộ", "emergency_publication_id": 7, "revision_id": revision.pk},
    )

    listed = publication.published_without_approval(at(timezone.localdate()))
    assert "Bão số 3 đổ bộ" in listed.findings[0].detail

    log(page, publication.EMERGENCY_ACKNOWLEDGE, user=editor_in_chief, data={"emergency_publication_id": 7})
    assert publication.published_without_approval(at(timezone.localdate())).status == PASS


# -- deadlines in working days ---------------------------------------------------------------------------


def published_on(document, day):
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))
    LegalDocument.objects.filter(pk=document.pk).update(first_published_at=moment)


def test_a_legal_document_published_within_two_working_days_over_a_holiday_passes():
    # Issued Tuesday 1/9/2026; 2/9 is National Day: two working days end on Friday 4/9.
    document = LegalDocumentFactory(issued_on=datetime.date(2026, 9, 1), portal_is_recipient=True)
    published_on(document, datetime.date(2026, 9, 4))

    assert deadlines.legal_documents_on_time(at(datetime.date(2026, 9, 10))).status == PASS


def test_a_legal_document_published_late_fails_with_how_late():
    document = LegalDocumentFactory(issued_on=datetime.date(2026, 9, 1), portal_is_recipient=True)
    published_on(document, datetime.date(2026, 9, 8))  # due Friday 4/9; Monday 7/9 and Tuesday 8/9 late

    result = deadlines.legal_documents_on_time(at(datetime.date(2026, 9, 10)))

    assert result.status == FAIL
    assert [finding.late_working_days for finding in result.findings] == [2]


def test_a_ward_day_off_moves_the_deadline():
    document = LegalDocumentFactory(issued_on=datetime.date(2026, 12, 7), portal_is_recipient=True)
    published_on(document, datetime.date(2026, 12, 10))  # Monday + 2 working days = Wednesday 9/12
    assert deadlines.legal_documents_on_time(at(datetime.date(2026, 12, 14))).status == FAIL

    WardDayOff.objects.create(date=datetime.date(2026, 12, 8), reason="Đại hội đại biểu Đảng bộ phường")
    assert deadlines.legal_documents_on_time(at(datetime.date(2026, 12, 14))).status == PASS


def test_an_unpublished_document_is_overdue_from_its_deadline():
    LegalDocumentFactory(issued_on=datetime.date(2026, 12, 1), portal_is_recipient=True, live=False)

    assert deadlines.legal_documents_on_time(at(datetime.date(2026, 12, 3))).status == PASS
    late = deadlines.legal_documents_on_time(at(datetime.date(2026, 12, 7)))
    assert late.status == FAIL and late.findings[0].late_working_days == 2  # Friday 4/12, Monday 7/12


@pytest.fixture
def no_questions():
    for page in deadlines.QuestionPage.objects.all():
        deadlines.QuestionPage.objects.filter(pk=page.pk).update(answered_on=page.asked_on)


def test_a_question_answered_within_fifteen_working_days_passes(no_questions):
    # Asked Friday 24/4/2026; 27/4 (Hùng Kings, observed), 30/4 and 1/5 are holidays: the 15th working day
    # is 20/5.
    QuestionPageFactory(
        title="Hỏi về cấp giấy phép xây dựng",
        asked_on=datetime.date(2026, 4, 24),
        answered_on=datetime.date(2026, 5, 20),
    )

    assert deadlines.questions_on_time(at(datetime.date(2026, 6, 1))).status == PASS


def test_a_question_answered_after_fifteen_working_days_fails(no_questions):
    QuestionPageFactory(
        title="Hỏi về trợ cấp xã hội",
        asked_on=datetime.date(2026, 4, 24),
        answered_on=datetime.date(2026, 5, 21),
    )

    result = deadlines.questions_on_time(at(datetime.date(2026, 6, 1)))

    assert labels(result) == ["Hỏi về trợ cấp xã hội"]
    assert result.findings[0].late_working_days == 1


@pytest.fixture
def no_consultations():
    deadlines.ConsultationPage.objects.update(outcome="<p>Đã tổng hợp.</p>")


def test_a_closed_consultation_without_a_summary_becomes_overdue(no_consultations):
    page = ConsultationPageFactory(
        title="Dự thảo quy chế văn hóa tổ dân phố",
        opens_at=vietnam_datetime(datetime.date(2026, 11, 2)),
        closes_at=vietnam_datetime(datetime.date(2026, 11, 20), datetime.time(23, 59, 59)),
        outcome="",
    )

    # Closed Friday 20/11/2026; 24/11 (Vietnam Cultural Day) is a holiday: 10 working days end Monday 7/12.
    assert deadlines.consultations_summarised(at(datetime.date(2026, 12, 7))).status == PASS
    late = deadlines.consultations_summarised(at(datetime.date(2026, 12, 8)))
    assert labels(late) == [page.title]
    assert late.findings[0].late_working_days == 1

    deadlines.ConsultationPage.objects.filter(pk=page.pk).update(outcome="<p>Tiếp thu 12 ý kiến.</p>")
    assert deadlines.consultations_summarised(at(datetime.date(2026, 12, 8))).status == PASS


# -- mandatory content and the footer --------------------------------------------------------------------


def test_a_category_without_content_fails_until_stated_or_published(only_our_pages):
    science = next(category for category in CATEGORIES if category.code == "20")
    news = next(category for category in CATEGORIES if category.code == "5")
    context = at(timezone.localdate())

    assert content.category_finding(context, science, set()) is not None
    NoInformationStatement.objects.create(
        category="20", statement="Phường không có chương trình, đề tài khoa học."
    )
    assert content.category_finding(context, science, {"20"}) is None

    assert content.category_finding(context, news, set()) is not None
    NewsPageFactory(title="Tin mới trong tháng")
    assert content.category_finding(context, news, set()) is None


def test_old_content_fails_after_the_configured_period(settings, only_our_pages):
    NewsPageFactory(title="Tin cũ")
    news = next(category for category in CATEGORIES if category.code == "5")
    later = at(timezone.localdate() + datetime.timedelta(days=31))

    finding = content.category_finding(later, news, set())
    assert finding is not None
    assert timezone.localdate().strftime("%d/%m/%Y") in finding.detail
    settings.COMPLIANCE_CONTENT_MAX_AGE = {"5": 60}
    assert content.category_finding(later, news, set()) is None


def test_the_mandatory_content_check_passes_with_every_category_covered():
    for category in CATEGORIES:
        NoInformationStatement.objects.get_or_create(
            category=category.code, defaults={"statement": "Không có."}
        )
    result = content.mandatory_content(at(timezone.localdate()))
    assert result.status == PASS, result.findings


def test_the_footer_check_names_the_missing_fields(home_page):
    portal = PortalSettings.for_site(home_page.get_site())
    portal.responsible_person_name, portal.responsible_person_title = "Nguyễn Văn An", "Chủ tịch UBND phường"
    portal.address, portal.phone = "Số 1 Phạm Văn Đồng, Dương Kinh, Hải Phòng", "0225 3000 000"
    portal.save()
    assert content.footer_complete(at(timezone.localdate())).status == PASS

    portal.phone = ""
    portal.save()
    result = content.footer_complete(at(timezone.localdate()))
    assert result.status == FAIL and len(result.findings) == 1
