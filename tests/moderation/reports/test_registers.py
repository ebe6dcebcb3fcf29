"""The two registers in the admin: who may read and handle them, what a change does (logged, reply emailed,
deadline extended once with a reason), what the exports hold, and that nothing personal reaches the public."""

import datetime
import io

import openpyxl
import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from moderation import roles
from moderation.reports.models import InformationRequest, PortalFeedback
from tests.factories.moderation import InformationRequestFactory, PortalFeedbackFactory

from .conftest import HOSTILE

pytestmark = pytest.mark.django_db

ID_NUMBER = "031089004321"


@pytest.fixture
def feedback():
    return PortalFeedbackFactory(description=HOSTILE, sender_name=HOSTILE)


@pytest.fixture
def information_request():
    return InformationRequestFactory(information=HOSTILE, full_name=HOSTILE, purpose=HOSTILE)


def url(viewset, view, *args):
    return reverse(f"{viewset}:{view}", args=args)


def actions(record):
    return list(ModelLogEntry.objects.filter(object_id=str(record.pk)).values_list("action", flat=True))


@pytest.mark.parametrize("viewset", ["portal_feedback", "information_requests"])
def test_contributors_and_the_public_cannot_read_the_registers(
    viewset, login, contributor, feedback, information_request
):
    record = feedback if viewset == "portal_feedback" else information_request
    for client in (login(contributor), Client()):
        for address in (
            url(viewset, "index"),
            url(viewset, "inspect", record.pk),
            url(viewset, "edit", record.pk),
        ):
            response = client.get(address)
            assert response.status_code in (302, 403)
            assert HOSTILE not in response.content.decode()


def test_editors_see_the_list_with_hostile_text_inert(login, editor, feedback, information_request):
    client = login(editor)
    for viewset, record in (("portal_feedback", feedback), ("information_requests", information_request)):
        index = client.get(url(viewset, "index"))
        assert index.status_code == 200
        assert record.tracking_code in index.content.decode()
        assert "<script>alert" not in index.content.decode()
        inspect = client.get(url(viewset, "inspect", record.pk)).content.decode()
        assert "<script>alert" not in inspect
        assert "&lt;script&gt;alert" in inspect
    assert (
        ID_NUMBER
        in client.get(url("information_requests", "inspect", information_request.pk)).content.decode()
    )


def test_auditors_read_the_register_without_the_id_number(login, auditor, information_request):
    client = login(auditor)
    html = client.get(url("information_requests", "inspect", information_request.pk)).content.decode()
    assert information_request.tracking_code in html
    assert ID_NUMBER not in html
    assert client.get(url("information_requests", "edit", information_request.pk)).status_code in (302, 403)


def test_nobody_adds_or_deletes_a_record_in_the_admin(login, superuser, feedback):
    client = login(superuser)
    assert client.get(url("portal_feedback", "add")).status_code in (302, 403)
    assert client.post(url("portal_feedback", "delete", feedback.pk)).status_code in (302, 403)
    assert PortalFeedback.objects.filter(pk=feedback.pk).exists()


def feedback_form(**fields):
    return {"status": "in_progress", "status_reason": "", "assignee": "", "reply": "", **fields}


def test_a_reply_is_emailed_and_every_change_logged(
    login, editor, feedback, django_capture_on_commit_callbacks
):
    client = login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("portal_feedback", "edit", feedback.pk),
            feedback_form(status="resolved", assignee=editor.pk, reply="Đã cập nhật số điện thoại mới."),
        )
    assert response.status_code == 302
    feedback.refresh_from_db()
    assert feedback.status == "resolved" and feedback.assignee == editor and feedback.replied_at
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [feedback.sender_email]
    assert "Đã cập nhật số điện thoại mới." in mail.outbox[0].body
    assert {"reports.status_changed", "reports.assigned", "reports.replied", "wagtail.edit"} <= set(
        actions(feedback)
    )


def test_a_reply_that_cannot_be_emailed_is_kept(
    login, editor, feedback, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 1
    with django_capture_on_commit_callbacks(execute=True):
        response = login(editor).post(
            url("portal_feedback", "edit", feedback.pk), feedback_form(reply="Cảm ơn bạn.")
        )
    assert response.status_code == 302
    feedback.refresh_from_db()
    assert feedback.reply == "Cảm ơn bạn." and feedback.replied_at is None


def test_declining_feedback_needs_a_reason(login, editor, feedback):
    response = login(editor).post(
        url("portal_feedback", "edit", feedback.pk), feedback_form(status="declined")
    )
    assert response.status_code == 200
    assert "Hãy nêu lý do không xử lý góp ý này." in response.content.decode()
    feedback.refresh_from_db()
    assert feedback.status == "new"


def request_form(record, **fields):
    data = {
        "received_on": record.received_on.isoformat(),
        "simple": "",
        "extension_days": "0",
        "extension_reason": "",
        "assignee": "",
        "status": "in_progress",
        "refusal_reason": "",
        "answer": "",
        "provided_how": "",
        "provided_on": "",
    }
    data.update(fields)
    return data


def test_an_extension_needs_a_reason_and_is_granted_once(login, editor, information_request):
    client = login(editor)
    edit = url("information_requests", "edit", information_request.pk)
    refused = client.post(edit, request_form(information_request, extension_days="10"))
    assert "Hãy nêu lý do gia hạn." in refused.content.decode()
    before = information_request.deadline
    client.post(
        edit,
        request_form(information_request, extension_days="10", extension_reason="Thông tin cần tổng hợp"),
    )
    information_request.refresh_from_db()
    assert information_request.extension_days == 10 and information_request.deadline > before
    assert "reports.extended" in actions(information_request)
    again = client.post(
        edit, request_form(information_request, extension_days="15", extension_reason="Lần hai")
    )
    assert "Thời hạn chỉ được gia hạn một lần." in again.content.decode()
    too_long = InformationRequestFactory()
    response = client.post(
        url("information_requests", "edit", too_long.pk),
        request_form(too_long, extension_days="16", extension_reason="x"),
    )
    assert response.status_code == 200
    assert InformationRequest.objects.get(pk=too_long.pk).extension_days == 0


def test_providing_and_refusing_are_recorded_with_what_the_law_asks(login, editor, information_request):
    client = login(editor)
    edit = url("information_requests", "edit", information_request.pk)
    refused = client.post(edit, request_form(information_request, status="refused"))
    html = refused.content.decode()
    assert "Hãy nêu căn cứ pháp lý và lý do từ chối." in html
    assert "Hãy nhập ngày cung cấp thông tin hoặc ngày từ chối." in html
    response = client.post(
        edit,
        request_form(
            information_request,
            status="provided",
            answer="Gửi kèm bản sao Quyết định số 15/QĐ-UBND.",
            provided_how="email",
            provided_on="2026-12-07",
        ),
    )
    assert response.status_code == 302
    information_request.refresh_from_db()
    assert information_request.status == "provided" and information_request.days_left() is None
    assert {"reports.status_changed", "reports.answered"} <= set(actions(information_request))


def export(client, viewset):
    response = client.get(url(viewset, "index") + "?export=csv")
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_exports_neutralise_formulas_and_keep_the_id_number_for_administrators(
    login, editor, make_user, feedback, information_request
):
    administrator = make_user("quan-tri-cong", roles.ADMINISTRATOR)
    for viewset in ("portal_feedback", "information_requests"):
        text = export(login(editor), viewset)
        assert '<script>alert(""x"")</script>=HYPERLINK' in text  # a cell starting with "<" is harmless
    editor_export = export(login(editor), "information_requests")
    assert ID_NUMBER not in editor_export
    assert ID_NUMBER in export(login(administrator), "information_requests")


def test_a_formula_at_the_start_of_a_cell_is_written_as_text(login, editor):
    InformationRequestFactory(information='=HYPERLINK("http://evil.example","x")')
    text = export(login(editor), "information_requests")
    assert "'=HYPERLINK" in text
    assert ",=HYPERLINK" not in text and '"=HYPERLINK' not in text
    response = login(editor).get(url("information_requests", "index") + "?export=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [cell for row in sheet.iter_rows() for cell in row if str(cell.value).startswith("=HYPERLINK")]
    assert cells and all(cell.data_type == "s" for cell in cells)


def test_nothing_personal_reaches_the_public(client, feedback, information_request, section):
    """Public pages, search (for the ID number, the requester's name, the hostile text), feeds, the API and
    the sitemap show nothing of either register; a search only echoes the words it was asked for."""
    searched = [ID_NUMBER, "evil.example", information_request.tracking_code, feedback.tracking_code]
    pages = ["/", section("tiep-can-thong-tin").url, section("lien-he").url, "/tin-tuc/rss/", "/sitemap.xml"]
    pages += ["/api/v2/pages/?limit=100&search=" + ID_NUMBER]
    for address in pages + [f"/tim-kiem/?q={word}" for word in searched]:
        response = client.get(address)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode()
        for word in searched:
            text = text.replace(f"q={word}", "").replace(f"“{word}”", "").replace(f'value="{word}"', "")
        assert ID_NUMBER not in text, address
        assert "evil.example" not in text and "HYPERLINK" not in text, address
        assert feedback.sender_email not in text and information_request.email not in text, address
        assert information_request.tracking_code not in text and feedback.tracking_code not in text, address


def test_the_list_shows_days_left_and_overdue_requests(login, editor):
    today = timezone.localdate()
    late = InformationRequestFactory(received_on=today - datetime.timedelta(days=40))
    fresh = InformationRequestFactory(received_on=today)
    done = InformationRequestFactory(received_on=today - datetime.timedelta(days=40), status="provided")
    html = login(editor).get(url("information_requests", "index")).content.decode()
    overdue_by = -late.days_left()
    assert f"Quá hạn {overdue_by} ngày làm việc" in html
    assert f"Còn {fresh.days_left()} ngày làm việc" in html
    assert done.tracking_code in html
    inspect = login(editor).get(url("information_requests", "inspect", late.pk)).content.decode()
    assert f"Quá hạn {overdue_by} ngày làm việc" in inspect
