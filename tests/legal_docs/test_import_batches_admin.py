"""Import batches in the admin: who imported which file when, the counts and the preview; the decision is
the editor-in-chief's, never the importer's, and is refused to anyone else even when posted by hand."""

import datetime

import pytest
from django.urls import reverse

from core.permissions import EDITOR, EDITOR_IN_CHIEF
from legal_docs.models import ImportBatch, LegalDocument

from .importing import latest_batch, run_import, write_csv
from .test_import_keeps_data import NEW_ROWS

pytestmark = pytest.mark.django_db


def test_the_batch_page_shows_the_import_and_only_another_chief_decides(tmp_path, make_user, login, client):
    importer = make_user("truong-ban-nhap", EDITOR_IN_CHIEF)
    editor = make_user("bien-tap", EDITOR)
    chief = make_user("pho-ban", EDITOR_IN_CHIEF)
    run_import(write_csv(tmp_path / "quoc-gia.csv", NEW_ROWS), importer, create_taxonomies=True)
    batch = latest_batch()
    url = reverse("legal_docs_batches:detail", args=[batch.pk])
    listing = login(editor).get(reverse("legal_docs_batches:index")).content.decode()
    assert "quoc-gia.csv" in listing and "truong-ban-nhap" in listing
    for person in (importer, editor):
        session = login(person)
        page = session.get(url).content.decode()
        assert "13/2023/NĐ-CP" in page and 'value="approve"' not in page
        session.post(url, {"decision": "approve"})
        batch.refresh_from_db()
        assert batch.status == ImportBatch.Status.PENDING
    assert client.get("/van-ban/13-2023-nd-cp/").status_code == 404
    session = login(chief)
    assert 'value="approve"' in session.get(url).content.decode()
    session.post(url, {"decision": "approve"})
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.APPROVED and batch.decided_by == chief
    assert LegalDocument.objects.filter(number__in=["13/2023/NĐ-CP", "91/2025/QH15"], live=True).count() == 2
    assert client.get("/van-ban/13-2023-nd-cp/").status_code == 200


def test_people_outside_the_editorial_office_do_not_see_batches(tmp_path, make_user, login):
    outsider = make_user("nguoi-ngoai")
    assert login(outsider).get(reverse("legal_docs_batches:index")).status_code in (302, 403)


def test_the_xlsx_template_filled_in_by_a_clerk_imports(tmp_path, make_user, login):
    from openpyxl import load_workbook

    clerk = make_user("van-thu-xlsx", EDITOR)
    response = login(clerk).get(reverse("legal_docs_batches:template", args=["xlsx"]))
    assert response.status_code == 200
    path = tmp_path / "mau.xlsx"
    path.write_bytes(response.content)
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    assert sheet.cell(2, header.index("so_ky_hieu") + 1).value == "13/2023/NĐ-CP"
    sheet.append(
        {header.index("so_ky_hieu") + 1: "91/2025/QH15", header.index("loai_ten") + 1: "Luật"}
        | {header.index("co_quan_ten") + 1: "Quốc hội", header.index("cap_ban_hanh") + 1: "trung-uong"}
        | {header.index("ngay_ban_hanh") + 1: datetime.date(2025, 6, 26)}
        | {header.index("trich_yeu") + 1: "Luật Bảo vệ dữ liệu cá nhân"}
        | {header.index("duoc_huong_dan_boi") + 1: "NĐ 13/2023/NĐ-CP"}
    )
    workbook.save(path)
    out, _err = run_import(path, clerk, create_taxonomies=True)
    assert "2 created" in out
    law = LegalDocument.objects.get(number="91/2025/QH15")
    assert str(law.issued_on) == "2025-06-26" and law.document_type.name == "Luật"
    decree = LegalDocument.objects.get(number="13/2023/NĐ-CP")
    assert list(decree.relations.values_list("kind", "target__number")) == [("huong-dan", "91/2025/QH15")]
