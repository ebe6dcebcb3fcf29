"""“Tạo bản nháp” as a legal document: a draft revision with the text and files, linked both ways, that
goes through the same review workflow."""

import datetime

import pytest
from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import ModelLogEntry

from legal_docs.models import DocumentType, Issuer, LegalDocument
from moderation import roles
from moderation.intake import services
from moderation.intake.drafts import records_for, target_choices
from moderation.intake.models import Channel, Status
from moderation.workflows import WORKFLOW_NAME
from tests.factories.legal_library import taxonomies

from .samples import pdf_bytes, png_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def issuers(db):
    """The issuers of the ward's legal library, at the three levels: a legal document draft needs one."""
    issuers, _fields, _signers = taxonomies()
    return issuers


def url(name, *args):
    return reverse(f"intake_register:{name}", args=args)


@pytest.fixture
def decision():
    return DocumentType.objects.get(slug="quyet-dinh")


@pytest.fixture
def received_document(authority):
    """A decision of the ward's People's Committee, received by email with its signed PDF and an annex."""
    return services.receive(
        channel=Channel.EMAIL,
        subject="Quyết định số 45/2026/QĐ-UBND về quy chế quản lý chợ Dương Kinh",
        body=(
            "Hải Phòng, ngày 12 tháng 3 năm 2026\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý chợ.\n\n"
            "Điều 2. Quyết định có hiệu lực kể từ ngày ký."
        ),
        files=[
            ("45-2026-qd-ubnd-ky-so.pdf", authority.signed_pdf(), "pdf"),
            ("phu-luc.pdf", pdf_bytes(), "pdf"),
            ("so-do-cho.png", png_bytes(), "png"),
        ],
        sender_name="Văn phòng HĐND và UBND phường",
        sender_email="vanphong@duongkinh.test",
    )


def test_editors_may_choose_a_legal_document_of_each_type(editor, contributor, decision):
    keys = dict(target_choices(editor))
    assert f"legal:{decision.pk}" in keys
    assert keys[f"legal:{decision.pk}"].endswith(decision.name)
    assert not [key for key, _label in target_choices(contributor) if key.startswith("legal:")]


def test_create_draft_legal_document_with_text_and_files_linked_both_ways(
    login, editor, received_document, decision
):
    record = received_document
    client = login(editor)
    documents_before = LegalDocument.objects.count()

    response = client.post(url("draft", record.pk), {"target": f"legal:{decision.pk}"})

    assert LegalDocument.objects.count() == documents_before + 1
    document = LegalDocument.objects.order_by("-pk").first()
    edit_url = AdminURLFinder(editor).get_edit_url(document)
    assert response.status_code == 302 and response.url == edit_url
    # A draft revision, never published.
    assert not document.live and document.live_revision is None
    assert document.latest_revision is not None
    # What the record says: the number and date found in it, the ward's committee, the subject and text.
    assert document.number == "45/2026/QĐ-UBND"
    assert document.document_type == decision
    assert document.issued_on == datetime.date(2026, 3, 12)
    assert document.issuer == Issuer.objects.filter(level="phuong").first()
    assert document.summary == record.subject
    assert "<p>Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý chợ.</p>" in document.full_text
    attachments = [(item.title, item.kind) for item in document.attachments.all()]
    assert attachments == [
        ("45-2026-qd-ubnd-ky-so.pdf", "ban-ky-so"),
        ("phu-luc.pdf", "van-ban"),
        ("so-do-cho.png", "phu-luc"),
    ]
    # The record links to the document, the document back to the record.
    record.refresh_from_db()
    assert record.status == Status.IN_PROGRESS
    assert record.target_admin_url == edit_url
    assert record.target_label == str(document)
    assert list(records_for(document)) == [record]
    inspect = client.get(url("inspect", record.pk)).content.decode()
    assert edit_url in inspect
    assert "Create draft" not in inspect and "Tạo bản nháp" not in inspect
    editor_page = client.get(edit_url).content.decode()
    assert record.tracking_code in editor_page
    assert reverse("intake_register:inspect", args=[record.pk]) in editor_page
    # Both histories say so.
    assert ModelLogEntry.objects.filter(
        action="intake.page_from_record",
        content_type__model="legaldocument",
        object_id=str(document.pk),
        data__code=record.tracking_code,
    ).exists()
    assert ModelLogEntry.objects.filter(
        action="intake.draft_created", content_type__model="intakerecord", object_id=str(record.pk)
    ).exists()
    # A second draft from the same record is refused.
    client.post(url("draft", record.pk), {"target": f"legal:{decision.pk}"})
    assert LegalDocument.objects.count() == documents_before + 1


def test_the_draft_legal_document_enters_the_review_workflow(
    login, make_user, editor, editor_in_chief, received_document, decision
):
    login(editor).post(url("draft", received_document.pk), {"target": f"legal:{decision.pk}"})
    document = LegalDocument.objects.order_by("-pk").first()

    workflow = document.get_workflow()
    assert workflow.name == WORKFLOW_NAME
    workflow.start(document, editor)
    # The editor who made the draft approves no step of it (the review rule): a colleague reviews it.
    for reviewer in (make_user("bien-tap-2", roles.EDITOR), editor_in_chief):
        task_state = document.current_workflow_task_state
        task_state.task.specific.on_action(task_state, reviewer, "approve")
        document.refresh_from_db()

    assert document.live
    assert document.number == "45/2026/QĐ-UBND"


def test_without_a_number_in_it_the_draft_takes_the_tracking_code(login, editor, decision):
    record = services.receive(channel=Channel.PAPER, subject="Thông báo lịch tiếp công dân", body="Nội dung")
    login(editor).post(url("draft", record.pk), {"target": f"legal:{decision.pk}"})
    document = LegalDocument.objects.order_by("-pk").first()
    assert document.number == record.tracking_code
    assert (
        document.issued_on
        == record.received_at.astimezone(datetime.timezone(datetime.timedelta(hours=7))).date()
    )
    assert not document.attachments.exists()


def test_contributors_cannot_create_legal_document_drafts(login, contributor, received_document, decision):
    before = LegalDocument.objects.count()
    response = login(contributor).post(url("draft", received_document.pk), {"target": f"legal:{decision.pk}"})
    assert response.status_code in (302, 403)
    assert LegalDocument.objects.count() == before
