"""The register in the admin: who may see and change it, the audited actions, and “Tạo bản nháp”."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry, PageLogEntry

from moderation.intake.models import Channel, IntakeRecord, Status
from sections.models import NewsPage

from .samples import pdf_bytes, png_bytes

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("earlier_records")]


def url(name, *args):
    return reverse(f"intake_register:{name}", args=args)


@pytest.fixture
def record():
    from moderation.intake import services

    return services.receive(
        channel=Channel.WEB_FORM,
        subject="Hội thi văn nghệ tổ dân phố",
        body="Tối thứ Bảy, tổ dân phố tổ chức hội thi văn nghệ.\n\nNhiều tiết mục đặc sắc.",
        files=[("anh-hoi-thi.png", png_bytes(), "png"), ("chuong-trinh.pdf", pdf_bytes(), "pdf")],
        sender_name="Đỗ Thị Lan",
    )


def actions(record):
    return list(
        ModelLogEntry.objects.filter(object_id=str(record.pk), content_type__model="intakerecord")
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )


def test_contributor_cannot_see_the_register(login, contributor, record):
    client = login(contributor)
    assert client.get(url("index")).status_code in (302, 403)
    assert client.get(url("inspect", record.pk)).status_code in (302, 403)
    assert "Sổ tiếp nhận thông tin" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_auditor_reads_but_changes_nothing(login, auditor, record):
    client = login(auditor)
    assert client.get(url("index")).status_code == 200
    inspect = client.get(url("inspect", record.pk))
    assert inspect.status_code == 200
    assert "Hội thi văn nghệ tổ dân phố" in inspect.content.decode()
    assert client.get(url("add")).status_code in (302, 403)
    response = client.post(url("status", record.pk), {"status": Status.IN_PROGRESS})
    assert response.status_code == 403
    record.refresh_from_db()
    assert record.status == Status.NEW


@pytest.mark.parametrize("role", ["editor", "editor_in_chief", "administrator"])
def test_keepers_of_the_register_see_it(request, login, role, record, earlier_records):
    client = login(request.getfixturevalue(role))
    html = client.get(url("index")).content.decode()
    for listed in (record, *earlier_records):
        assert listed.tracking_code in html


def test_index_filters_by_channel_and_status(login, editor, record, earlier_records):
    on_the_web, by_email, on_paper = earlier_records
    client = login(editor)
    html = client.get(url("index"), {"channel": Channel.PAPER}).content.decode()
    assert on_paper.tracking_code in html
    assert record.tracking_code not in html and on_the_web.tracking_code not in html
    html = client.get(url("index"), {"status": Status.NEW, "q": "văn nghệ"}).content.decode()
    assert record.tracking_code in html
    assert on_the_web.tracking_code not in html and by_email.tracking_code not in html


def test_editor_types_in_a_paper_document(login, editor):
    client = login(editor)
    response = client.post(
        url("add"),
        {
            "channel": Channel.PAPER,
            "received_at": "2026-11-26 09:15",
            "sender_name": "Bùi Văn Nam",
            "subject": "Văn bản giấy gửi bộ phận một cửa",
            "body": "Nội dung văn bản.",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    record = IntakeRecord.objects.get(subject="Văn bản giấy gửi bộ phận một cửa")
    assert record.channel == Channel.PAPER
    assert "intake.received" in actions(record)


def test_status_changes_are_logged_and_not_published_needs_a_reason(login, editor, record):
    client = login(editor)
    client.post(url("status", record.pk), {"status": Status.NOT_PUBLISHED, "reason": ""})
    record.refresh_from_db()
    assert record.status == Status.NEW

    client.post(
        url("status", record.pk), {"status": Status.NOT_PUBLISHED, "reason": "Trùng nội dung đã đăng."}
    )
    record.refresh_from_db()
    assert record.status == Status.NOT_PUBLISHED
    entry = ModelLogEntry.objects.filter(object_id=str(record.pk), action="intake.status_changed").get()
    assert entry.user == editor
    assert entry.data["reason"] == "Trùng nội dung đã đăng."
    history = client.get(url("history", record.pk)).content.decode()
    assert "Trùng nội dung đã đăng." in history


def test_assignment_is_logged(login, editor, editor_in_chief, record):
    client = login(editor_in_chief)
    client.post(url("assign", record.pk), {"assignee": editor.pk})
    record.refresh_from_db()
    assert record.assignee == editor
    assert record.status == Status.IN_PROGRESS
    assert "intake.assigned" in actions(record)


def test_create_draft_keeps_links_both_ways_and_publishes_nothing(login, editor, record, section):
    news = section("tin-tuc")
    client = login(editor)
    response = client.post(url("draft", record.pk), {"target": f"page:{news.pk}:sections.newspage"})
    assert response.status_code == 302
    record.refresh_from_db()
    page = NewsPage.objects.get(pk=record.page_id)
    assert not page.live
    assert page.get_parent().pk == news.pk
    assert page.latest_revision is not None
    assert page.title == "Hội thi văn nghệ tổ dân phố"
    assert "Nhiều tiết mục đặc sắc." in str(page.body)
    assert page.image is not None
    assert [block.value.title for block in page.attachments] == [f"chuong-trinh.pdf ({record.tracking_code})"]
    assert record.status == Status.IN_PROGRESS
    assert "intake.draft_created" in actions(record)
    assert PageLogEntry.objects.filter(page=page, action="intake.page_from_record").exists()
    assert not PageLogEntry.objects.filter(page=page, action="wagtail.publish").exists()
    # The page's editor says where the draft came from.
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert record.tracking_code in edit
    # The record's inspect page links to the draft.
    inspect = client.get(url("inspect", record.pk)).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in inspect


def test_contributor_cannot_create_drafts_from_records(login, contributor, record, section):
    client = login(contributor)
    news = section("tin-tuc")
    response = client.post(url("draft", record.pk), {"target": f"page:{news.pk}:sections.newspage"})
    assert response.status_code in (302, 403)
    record.refresh_from_db()
    assert record.page_id is None


def test_attachments_download_for_readers_only(login, editor, contributor, record):
    attachment = record.attachments.first()
    assert login(editor).get(url("attachment", attachment.pk)).status_code == 200
    assert login(contributor).get(url("attachment", attachment.pk)).status_code in (302, 403)
