"""Taxonomies named by a file are found, never duplicated: by slug, code, or name without case, diacritics
or abbreviations; unknown ones and issuers at another level refuse their row, with its line."""

import pytest
from django.core.management import CommandError

from core.permissions import EDITOR
from legal_docs.models import DocumentType, Issuer, LegalDocument, LegalField, Signer
from tests.factories.core import UserFactory

from .importing import run_import, write_csv

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("legal_library")]


@pytest.fixture
def clerk(db):
    return UserFactory(username="van-thu-phan-loai", roles=[EDITOR])


def row(number, **values):
    base = {
        "so_ky_hieu": number,
        "loai_ten": "Quyết định",
        "co_quan_ten": "Ủy ban nhân dân phường Dương Kinh",
        "cap_ban_hanh": "phuong",
        "ngay_ban_hanh": "02/03/2026",
        "trich_yeu": "Văn bản thử phân loại",
    }
    base.update(values)
    return base


def counts():
    return [model.objects.count() for model in (DocumentType, Issuer, LegalField, Signer)]


def test_names_written_any_common_way_find_the_existing_items(tmp_path, clerk):
    before = counts()
    rows = [
        row("31/2026/QĐ-UBND", co_quan_ten="UBND phường Dương Kinh"),
        row("32/2026/QĐ-UBND", co_quan_ten="uy ban nhan dan phuong duong kinh", loai_ten="QĐ"),
        row("33/2026/QĐ-UBND", co_quan_ten="ỦY BAN NHÂN DÂN PHƯỜNG DƯƠNG KINH", loai_ten="quyet dinh"),
        row("34/2026/NĐ-CP", co_quan_ten="Chính phủ", cap_ban_hanh="trung-uong", loai_ten="NĐ"),
        row(
            "35/2026/QĐ-UBND",
            linh_vuc_ten="cong nghe thong tin, chuyen doi so",
            nguoi_ky_ten="đặng xuân diện",
        ),
    ]
    out, _err = run_import(write_csv(tmp_path / "ten.csv", rows), clerk)
    assert "5 created" in out
    assert counts() == before
    imported = LegalDocument.objects.filter(number__in=[item["so_ky_hieu"] for item in rows])
    assert {document.issuer.name for document in imported} == {
        "Ủy ban nhân dân phường Dương Kinh",
        "Chính phủ",
    }
    assert LegalDocument.objects.get(number="34/2026/NĐ-CP").document_type.name == "Nghị định"
    last = LegalDocument.objects.get(number="35/2026/QĐ-UBND")
    assert last.signer.name == "Đặng Xuân Diện"
    assert [field.name for field in last.fields.all()] == ["Công nghệ thông tin, chuyển đổi số"]


def test_unknown_items_refuse_their_row_unless_they_may_be_created(tmp_path, clerk):
    rows = [
        row("36/2026/QĐ-UBND"),
        row("37/2026/QĐ-BYT", co_quan_ten="Bộ Y tế", cap_ban_hanh="trung-uong"),
        row("38/2026/QĐ-UBND", linh_vuc_ten="Lĩnh vực chưa có"),
        row("39/2026/QĐ-UBND", loai_ten="Loại không có"),
    ]
    path = write_csv(tmp_path / "moi.csv", rows)
    before = counts()
    with pytest.raises(CommandError, match="3 invalid"):
        run_import(path, clerk)
    _out, err = run_import(path, clerk, skip_invalid=True)
    assert "line 3: unknown issuing authority “Bộ Y tế”" in err
    assert "line 4: unknown field “Lĩnh vực chưa có”" in err
    assert "line 5: unknown document type “Loại không có”" in err
    assert counts() == before and LegalDocument.objects.filter(number="36/2026/QĐ-UBND").exists()
    with pytest.raises(CommandError, match="1 invalid"):  # types are never created by an import
        run_import(path, clerk, create_taxonomies=True)
    run_import(write_csv(tmp_path / "moi2.csv", rows[1:3]), clerk, create_taxonomies=True)
    health = Issuer.objects.get(name="Bộ Y tế")
    assert health.level == "trung-uong" and LegalField.objects.filter(name="Lĩnh vực chưa có").count() == 1


def test_an_issuer_named_at_another_level_is_reported_not_duplicated(tmp_path, clerk):
    issuers = Issuer.objects.count()
    rows = [row("40/2026/QĐ-BTTTT", co_quan_ten="Bộ Thông tin và Truyền thông", cap_ban_hanh="phuong")]
    with pytest.raises(CommandError):
        run_import(write_csv(tmp_path / "cap.csv", rows), clerk, create_taxonomies=True)
    _out, err = run_import(tmp_path / "cap.csv", clerk, create_taxonomies=True, skip_invalid=True)
    assert "line 2:" in err and "at level “Central”" in err and "not “Ward”" in err
    assert Issuer.objects.count() == issuers
    assert not LegalDocument.objects.filter(number="40/2026/QĐ-BTTTT").exists()


def test_the_same_document_twice_in_a_file_is_refused_on_its_second_line(tmp_path, clerk):
    rows = [row("41/2026/QĐ-UBND"), row("41/2026/QĐ-UBND", co_quan_ten="UBND phường Dương Kinh")]
    with pytest.raises(CommandError):
        run_import(write_csv(tmp_path / "trung.csv", rows), clerk)
    _out, err = run_import(tmp_path / "trung.csv", clerk, skip_invalid=True)
    assert "line 3: the same document is already on line 2" in err
