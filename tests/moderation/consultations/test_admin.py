"""Comments in the admin: who may moderate, the decision logged (hiding needs a reason), hostile text inert
in the list, and the XLSX export for the drafting unit with every cell kept as text."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry, PageLogEntry

from moderation.consultations.models import Status
from tests.factories.moderation import ConsultationCommentFactory
from tests.factories.sections import ConsultationPageFactory

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script>'
FORMULAS = ['=HYPERLINK("http://evil.example","bấm")', "+1+1", "-2+3", "@SUM(A1)"]


def url(name, *args):
    return reverse(f"consultation_comments:{name}", args=args)


@pytest.fixture
def comment(consultation):
    return ConsultationCommentFactory(
        page=consultation,
        name="Trần Thị Mai",
        email="mai.tran@example.vn",
        phone="0904 000 111",
        article="Điều 2. Giờ mở cửa chợ",
        body="Đề nghị chợ đóng cửa lúc 19 giờ.",
    )


def actions(comment):
    return list(
        ModelLogEntry.objects.filter(object_id=str(comment.pk), content_type__model="consultationcomment")
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )


def test_contributor_cannot_see_the_comments(login, contributor, comment):
    client = login(contributor)
    assert client.get(url("index")).status_code in (302, 403)
    assert client.get(url("edit", comment.pk)).status_code in (302, 403)
    assert client.get(url("export", comment.page_id)).status_code in (302, 403)


@pytest.mark.parametrize("role", ["editor", "editor_in_chief", "administrator", "auditor"])
def test_the_editorial_office_and_auditors_see_the_list(request, login, role, comment):
    client = login(request.getfixturevalue(role))
    html = client.get(url("index")).content.decode()
    assert comment.tracking_code in html
    assert "Chờ kiểm duyệt" in html


def test_auditor_cannot_moderate(login, auditor, comment):
    client = login(auditor)
    response = client.post(url("edit", comment.pk), {"status": Status.APPROVED, "status_reason": ""})
    assert response.status_code in (302, 403)
    comment.refresh_from_db()
    assert comment.status == Status.PENDING


def test_the_list_filters_by_consultation(login, editor, comment):
    other = ConsultationCommentFactory(
        page=ConsultationPageFactory(title="Lấy ý kiến dự thảo khác"), body="Ý kiến cho dự thảo khác"
    )
    client = login(editor)
    html = client.get(url("index"), {"page": comment.page_id}).content.decode()
    assert comment.tracking_code in html
    assert other.tracking_code not in html
    assert url("export", comment.page_id) in html


def test_editor_approves_a_comment_and_it_is_logged(client, login, editor, comment):
    admin = login(editor)
    response = admin.post(url("edit", comment.pk), {"status": Status.APPROVED, "status_reason": ""})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == Status.APPROVED
    assert comment.moderated_by == editor
    entry = ModelLogEntry.objects.get(object_id=str(comment.pk), action="consultations.approved")
    assert entry.user == editor
    assert entry.data["from"] == Status.PENDING
    assert "Đề nghị chợ đóng cửa lúc 19 giờ." in client.get(comment.page.url).content.decode()


def test_hiding_needs_a_reason_and_is_logged_with_it(login, editor, comment):
    admin = login(editor)
    response = admin.post(url("edit", comment.pk), {"status": Status.HIDDEN, "status_reason": "  "})
    assert response.status_code == 200
    assert "Vui lòng nêu lý do không hiển thị ý kiến này." in response.content.decode()
    comment.refresh_from_db()
    assert comment.status == Status.PENDING
    assert actions(comment) == []

    admin.post(url("edit", comment.pk), {"status": Status.HIDDEN, "status_reason": "Trùng ý kiến đã gửi."})
    comment.refresh_from_db()
    assert comment.status == Status.HIDDEN
    entry = ModelLogEntry.objects.get(object_id=str(comment.pk), action="consultations.hidden")
    assert entry.data["reason"] == "Trùng ý kiến đã gửi."
    history = admin.get(url("history", comment.pk)).content.decode()
    assert "Ý kiến không được hiển thị. Lý do: Trùng ý kiến đã gửi." in history


def test_the_moderation_page_shows_the_comment_and_contact_to_staff(login, editor, comment):
    html = login(editor).get(url("edit", comment.pk)).content.decode()
    for shown in ("Đề nghị chợ đóng cửa lúc 19 giờ.", "mai.tran@example.vn", "0904 000 111", "T.T.M."):
        assert shown in html


def test_hostile_text_is_inert_in_the_admin(login, editor, consultation):
    hostile = ConsultationCommentFactory(
        page=consultation, name=HOSTILE, organisation=HOSTILE, phone=HOSTILE[:40], body=HOSTILE
    )
    client = login(editor)
    for page_url in (url("index"), url("edit", hostile.pk)):
        html = client.get(page_url).content.decode()
        assert "<script>alert" not in html
        assert "&lt;script&gt;" in html


def test_the_consultation_edit_page_links_to_its_comments(login, editor, comment):
    html = login(editor).get(reverse("wagtailadmin_pages:edit", args=[comment.page_id])).content.decode()
    assert "Ý kiến góp ý của người dân: 1, trong đó 1 ý kiến chờ kiểm duyệt." in html
    assert f"{url('index')}?page={comment.page_id}" in html


def test_xlsx_export_keeps_every_cell_as_text_and_is_logged(login, editor, consultation):
    for formula in FORMULAS:
        ConsultationCommentFactory(
            page=consultation,
            name=formula,
            organisation=formula,
            email="",
            phone=formula[:40],
            article="Điều 1. Phạm vi điều chỉnh",
            body=formula,
        )
    ConsultationCommentFactory(
        page=ConsultationPageFactory(title="Dự thảo khác"), body="Không thuộc dự thảo này"
    )
    response = login(editor).get(url("export", consultation.pk))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Mã tra cứu", "Thời điểm tiếp nhận", "Tên")
    assert len(rows) == 1 + len(FORMULAS)
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type == "s" for cell in cells if cell.value is not None)
    bodies = [row[7] for row in rows[1:]]
    assert bodies == ["'" + formula for formula in FORMULAS]
    assert all(str(value).startswith("'") for row in rows[1:] for value in (row[2], row[3], row[5]))
    assert "Không thuộc dự thảo này" not in str(rows)
    assert PageLogEntry.objects.filter(
        page=consultation, action="consultations.exported", user=editor
    ).exists()


def test_xlsx_export_of_script_stays_plain_text(login, editor, consultation):
    ConsultationCommentFactory(page=consultation, body=HOSTILE)
    response = login(editor).get(url("export", consultation.pk))
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert rows[1][7] == HOSTILE
