"""import_legal_docs: a good file, bad rows with their line numbers, all-or-nothing, --skip-invalid,
idempotent re-import, attachments from a folder, and the export → import round trip. The files name new
issuers, fields and signers (--create-taxonomies); the batches are approved by the editor-in-chief."""

import csv
import datetime
import io
import json

import pytest
from django.core.management import CommandError, call_command

from core.permissions import EDITOR, EDITOR_IN_CHIEF
from legal_docs.exports import COLUMNS, write_export
from legal_docs.models import LegalDocument, ValidityStatus, compute_status
from tests.factories.core import UserFactory

from .importing import approve_latest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("legal_library")]


@pytest.fixture(autouse=True)
def people(db):
    return {
        "clerk": UserFactory(username="nhap-thu", roles=[EDITOR]),
        "chief": UserFactory(username="truong-ban", roles=[EDITOR_IN_CHIEF]),
    }


@pytest.fixture(autouse=True)
def english():
    """The command's messages in English (the portal's default language is Vietnamese)."""
    from django.utils import translation

    with translation.override("en"):
        yield


def row(**values):
    base = {
        "so_ky_hieu": "",
        "loai": "quyet-dinh",
        "co_quan": "ubnd-thu-nhap",
        "co_quan_ten": "UBND thử nhập",
        "cap_ban_hanh": "phuong",
        "ngay_ban_hanh": "2025-10-01",
        "trich_yeu": "Văn bản nhập thử",
    }
    base.update(values)
    return base


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for item in rows:
            writer.writerow(item)
    return path


def run(*args, **options):
    from django.utils import translation

    out, err = io.StringIO(), io.StringIO()
    options.setdefault("user", "nhap-thu")
    options.setdefault("create_taxonomies", True)
    with translation.override("en"):  # a request in between may have activated Vietnamese
        call_command("import_legal_docs", *map(str, args), stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


GOOD = [
    row(
        so_ky_hieu="501/2025/QĐ-UBND",
        linh_vuc="dat-dai; linh-vuc-moi",
        linh_vuc_ten="Đất đai; Lĩnh vực mới",
        nguoi_ky="nguoi-ky-moi",
        nguoi_ky_ten="Ngô Văn Mới",
        chuc_vu="Chủ tịch",
    ),
    row(
        so_ky_hieu="502/KH-UBND",
        loai="ke-hoach",
        ngay_ban_hanh="15/10/2025",
        trich_yeu="Kế hoạch nhập thử",
        quan_he="huong-dan:501-2025-qd-ubnd",
    ),
    row(
        so_ky_hieu="503/2025/QĐ-UBND",
        ngay_hieu_luc="2025-11-01",
        quan_he="thay-the:42-2022-nd-cp",
        noi_nhan_cong="1",
    ),
]


def test_a_good_file_is_imported_and_published_once_approved(tmp_path, client, people):
    out, err = run(write_csv(tmp_path / "good.csv", GOOD))
    assert "3 created, 0 updated, 0 unchanged, 0 skipped" in out
    approve_latest(people["chief"])
    documents = LegalDocument.objects.filter(issuer__slug="ubnd-thu-nhap")
    assert documents.count() == 3 and all(doc.live for doc in documents)
    first = documents.get(number="501/2025/QĐ-UBND")
    assert {item.slug for item in first.fields.all()} == {"dat-dai", "linh-vuc-moi"}
    assert first.signer.name == "Ngô Văn Mới" and first.signer_position == "Chủ tịch"
    plan = documents.get(number="502/KH-UBND")
    assert plan.relations.get().target == first
    assert client.get("/van-ban/501-2025-qd-ubnd/").status_code == 200
    assert documents.get(number="503/2025/QĐ-UBND").portal_is_recipient
    assert client.get("/van-ban/", {"q": "nhap thu"}).context["documents"].paginator.count == 3


def test_bad_rows_are_reported_with_their_line_and_nothing_is_written(tmp_path):
    rows = GOOD + [
        row(so_ky_hieu=""),
        row(so_ky_hieu="504/QĐ-UBND", ngay_ban_hanh="31/02/2025"),
        row(so_ky_hieu="505/QĐ-UBND", loai="khong-co-loai"),
        row(so_ky_hieu="506/QĐ-UBND", quan_he="thay-the:khong-ton-tai"),
    ]
    before = LegalDocument.objects.count()
    with pytest.raises(CommandError, match="4"):
        run(write_csv(tmp_path / "bad.csv", rows))
    assert LegalDocument.objects.count() == before
    with pytest.raises(CommandError):
        call_command(
            "import_legal_docs",
            str(tmp_path / "bad.csv"),
            user="nhap-thu",
            create_taxonomies=True,
            stdout=io.StringIO(),
            stderr=(err := io.StringIO()),
        )
    report = err.getvalue()
    assert "line 5" in report or "dòng 5" in report  # header is line 1: the fourth data row is line 5
    assert "31/02/2025" in report and "khong-co-loai" in report and "khong-ton-tai" in report
    for line in (5, 6, 7, 8):
        assert f"{line}:" in report


def test_skip_invalid_imports_the_good_rows(tmp_path):
    rows = GOOD + [row(so_ky_hieu="", trich_yeu="thiếu số")]
    out, err = run(write_csv(tmp_path / "mixed.csv", rows), skip_invalid=True)
    assert LegalDocument.objects.filter(issuer__slug="ubnd-thu-nhap").count() == 3
    assert "1 skipped" in out or "1" in out
    assert "5" in err


def test_reimporting_the_same_file_changes_nothing(tmp_path):
    path = write_csv(tmp_path / "good.csv", GOOD)
    run(path)
    snapshot = list(LegalDocument.objects.order_by("pk").values())
    out, _ = run(path)
    assert "0 created, 0 updated, 3 unchanged" in out
    assert list(LegalDocument.objects.order_by("pk").values()) == snapshot


def test_a_changed_row_updates_the_document(tmp_path):
    run(write_csv(tmp_path / "good.csv", GOOD))
    changed = [dict(GOOD[0], trich_yeu="Trích yếu đã sửa")] + GOOD[1:]
    out, _ = run(write_csv(tmp_path / "changed.csv", changed))
    assert "0 created, 1 updated, 2 unchanged" in out
    assert LegalDocument.objects.get(number="501/2025/QĐ-UBND").summary == "Trích yếu đã sửa"


def test_replacement_by_an_imported_document_updates_the_status(tmp_path, legal_library, people):
    """The library's decree 42/2022 is replaced by decree 224/2026 from 01/7/2026; the file's third row
    replaces it from 01/11/2025: it is no longer in force from that day."""
    decree = legal_library["42/2022/NĐ-CP"]
    december_2025 = datetime.date(2025, 12, 1)
    assert decree.superseded_on == datetime.date(2026, 7, 1)
    assert compute_status(decree, today=december_2025) == ValidityStatus.IN_FORCE
    run(write_csv(tmp_path / "good.csv", GOOD))
    decree.refresh_from_db()
    assert decree.superseded_on == datetime.date(2026, 7, 1)  # nothing changes before the approval
    approve_latest(people["chief"])
    decree.refresh_from_db()
    assert decree.superseded_on == datetime.date(2025, 11, 1)
    assert compute_status(decree, today=december_2025) == ValidityStatus.EXPIRED
    assert LegalDocument.objects.with_status(today=december_2025).get(pk=decree.pk).status == (
        ValidityStatus.EXPIRED
    )
    assert compute_status(decree) == ValidityStatus.EXPIRED


def test_attachments_are_taken_from_the_folder_and_their_text_becomes_searchable(tmp_path, client, people):
    import docx

    folder = tmp_path / "files"
    folder.mkdir()
    word = docx.Document()
    word.add_paragraph("Nội dung riêng: phương án phân luồng giao thông lễ hội Đình Hòa Liễu")
    word.save(folder / "qd-507.docx")
    rows = [row(so_ky_hieu="507/QĐ-UBND", tep_dinh_kem="qd-507.docx")]
    run(write_csv(tmp_path / "att.csv", rows), attachments_dir=str(folder))
    approve_latest(people["chief"])
    document = LegalDocument.objects.get(number="507/QĐ-UBND")
    assert document.attachments.get().file.file_extension == "docx"
    assert "phân luồng giao thông" in document.extracted_text
    response = client.get("/van-ban/", {"q": "phan luong giao thong le hoi"})
    assert [doc.number for doc in response.context["documents"]] == ["507/QĐ-UBND"]
    detail = client.get("/van-ban/507-qd-ubnd/").content.decode()
    assert "qd-507" in detail and "DOCX" in detail
    out, _ = run(tmp_path / "att.csv", attachments_dir=str(folder))
    assert "1 unchanged" in out and document.attachments.count() == 1


def test_a_missing_attachment_is_a_bad_row(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    with pytest.raises(CommandError):
        run(
            write_csv(tmp_path / "att.csv", [row(so_ky_hieu="508/QĐ-UBND", tep_dinh_kem="khong-co.pdf")]),
            attachments_dir=str(folder),
        )
    assert not LegalDocument.objects.filter(number="508/QĐ-UBND").exists()


def comparable(text, export_format):
    """The exported rows without the stored file names, in a fixed order (same-day documents may swap)."""
    rows = json.loads(text) if export_format == "json" else list(csv.DictReader(io.StringIO(text)))
    rows = [{key: value for key, value in row.items() if key != "tep_dinh_kem"} for row in rows]
    return sorted(rows, key=lambda row: json.dumps(row, sort_keys=True))


@pytest.mark.parametrize("export_format", ["csv", "json"])
def test_export_then_import_on_a_fresh_database_gives_the_same_export(tmp_path, export_format, people):
    from legal_docs.models import Issuer, LegalField, Signer

    first = io.StringIO()
    write_export(LegalDocument.objects.public(), export_format, first)
    path = tmp_path / f"van-ban.{export_format}"
    path.write_text(first.getvalue(), encoding="utf-8")
    count = LegalDocument.objects.count()
    # Documents issued the same day may come in another order: compare them as sets.
    # A fresh database: no documents and none of the taxonomies that the import can create.
    LegalDocument.objects.all().delete()
    for model in (Issuer, LegalField, Signer):
        model.objects.all().delete()
    out, _ = run(path)
    assert f"{count} created" in out
    approve_latest(people["chief"])
    second = io.StringIO()
    write_export(LegalDocument.objects.public(), export_format, second)
    assert comparable(second.getvalue(), export_format) == comparable(first.getvalue(), export_format)
