"""Importing a file from the admin: the form with the import's options, the run as a task (run at once by the
test backend), the progress, the summary, the refused rows with their lines in Vietnamese, and the preview
with each changed field's old and new value. The same import as the command: a batch for the editor-in-chief.
"""

import datetime

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import ModelLogEntry

from core.permissions import ADMINISTRATOR, AUDITOR, EDITOR, EDITOR_IN_CHIEF
from legal_docs.importer.approval import approve_batch
from legal_docs.importer.uploads import progress_key
from legal_docs.models import ImportBatch, ImportUpload, LegalDocument

from .importing import write_csv

pytestmark = pytest.mark.django_db
IMPORT_URL = reverse("legal_docs_batches:import")


@pytest.fixture
def changed_file(tmp_path, make_document, taxonomy):
    """A file that changes the summary, signer and date of a published document and brings a new one."""
    make_document("12/2024/QĐ-UBND", summary="Trích yếu cũ", issued_on=datetime.date(2024, 5, 10))
    rows = [
        {
            "so_ky_hieu": "12/2024/QĐ-UBND",
            "co_quan": "co-quan-thu-nghiem",
            "trich_yeu": "Trích yếu mới",
            "nguoi_ky": "nguoi-ky-thu",
            "ngay_ban_hanh": "2024-05-12",
        },
        {
            "so_ky_hieu": "13/2024/QĐ-UBND",
            "loai": "quyet-dinh",
            "co_quan": "co-quan-thu-nghiem",
            "trich_yeu": "Văn bản mới từ tệp",
            "ngay_ban_hanh": "2024-06-01",
        },
    ]
    return write_csv(tmp_path / "cap-nhat.csv", rows)


def upload(session, path, django_capture_on_commit_callbacks, **options):
    data = {"file": SimpleUploadedFile(path.name, path.read_bytes())}
    data |= {name: "on" for name, value in options.items() if value}
    with django_capture_on_commit_callbacks(execute=True):
        response = session.post(IMPORT_URL, data)
    return response


def test_the_preview_shows_old_and_new_values_and_keeps_nothing(
    changed_file, make_user, login, django_capture_on_commit_callbacks
):
    session = login(make_user("bien-tap", EDITOR))
    form = session.get(IMPORT_URL)
    assert form.status_code == 200 and 'name="dry_run"' in form.content.decode()
    assert 'name="drafts"' not in form.content.decode()  # administrators only
    response = upload(session, changed_file, django_capture_on_commit_callbacks, dry_run=True)
    run = ImportUpload.objects.get()
    assert response.status_code == 302 and response.url == reverse("legal_docs_batches:upload", args=[run.pk])
    assert run.status == ImportUpload.Status.DONE and run.batch is None
    assert not LegalDocument.objects.filter(number="13/2024/QĐ-UBND").exists()
    assert LegalDocument.objects.get(number="12/2024/QĐ-UBND").summary == "Trích yếu cũ"
    assert not ImportBatch.objects.exists()
    page = session.get(response.url).content.decode()
    assert "1 mới, 1 thay đổi, 0 không đổi, 0 bị từ chối" in page
    assert "Trích yếu cũ" in page and "Trích yếu mới" in page
    assert "10/05/2024" in page and "12/05/2024" in page and "Lê Thị Thử" in page
    assert "http-equiv" not in page  # finished: no more refreshing
    entry = ModelLogEntry.objects.get(action="legal_docs.import.upload")
    assert entry.data["dry_run"] is True and entry.data["file"] == "cap-nhat.csv"


def test_the_real_run_makes_a_batch_published_only_by_another_chief(
    changed_file, make_user, login, client, django_capture_on_commit_callbacks
):
    clerk = make_user("van-thu", EDITOR)
    session = login(clerk)
    response = upload(session, changed_file, django_capture_on_commit_callbacks)
    run = ImportUpload.objects.get()
    batch = run.batch
    assert batch.status == ImportBatch.Status.PENDING and batch.user == clerk
    assert (batch.created_count, batch.updated_count, batch.file_name) == (1, 1, "cap-nhat.csv")
    page = session.get(response.url).content.decode()
    assert reverse("legal_docs_batches:detail", args=[batch.pk]) in page
    listing = session.get(reverse("legal_docs_batches:index")).content.decode()
    assert reverse("legal_docs_batches:upload", args=[run.pk]) in listing
    new = LegalDocument.objects.get(number="13/2024/QĐ-UBND")
    assert not new.live and client.get(f"/van-ban/{new.slug}/").status_code == 404
    detail = session.get(reverse("legal_docs_batches:detail", args=[batch.pk])).content.decode()
    assert "Trích yếu cũ" in detail and "Trích yếu mới" in detail
    approve_batch(batch, make_user("truong-ban", EDITOR_IN_CHIEF))
    assert client.get(f"/van-ban/{new.slug}/").status_code == 200
    assert LegalDocument.objects.get(number="12/2024/QĐ-UBND").summary == "Trích yếu mới"


def test_refused_rows_are_listed_with_their_lines_in_vietnamese(
    tmp_path, taxonomy, make_user, login, django_capture_on_commit_callbacks
):
    rows = [
        {"so_ky_hieu": "1/2025/QĐ-UBND", "loai": "quyet-dinh", "co_quan": "co-quan-thu-nghiem"}
        | {"trich_yeu": "Hợp lệ", "ngay_ban_hanh": "2025-01-02"},
        {"so_ky_hieu": "2/2025/QĐ-UBND", "loai": "quyet-dinh", "co_quan": "co-quan-khong-co"}
        | {"trich_yeu": "Cơ quan lạ", "ngay_ban_hanh": "2025-01-03"},
    ]
    path = write_csv(tmp_path / "loi.csv", rows)
    session = login(make_user("bien-tap", EDITOR))
    response = upload(session, path, django_capture_on_commit_callbacks)
    run = ImportUpload.objects.get()
    assert run.result["errors"] == [
        {
            "line": 3,
            "reason": "không có cơ quan ban hành “co-quan-khong-co” (thêm trong trang quản trị, hoặc dùng "
            "--create-taxonomies)",
        }
    ]
    assert run.batch is None and not LegalDocument.objects.filter(number="1/2025/QĐ-UBND").exists()
    page = session.get(response.url).content.decode()
    assert "<td>3</td>" in page and "co-quan-khong-co" in page
    assert "Không có gì được nhập" in page
    # The valid rows only, when asked: the refused one is still reported.
    upload(session, path, django_capture_on_commit_callbacks, skip_invalid=True)
    run = ImportUpload.objects.order_by("-pk").first()
    assert run.batch.created_count == 1 and run.batch.refused_count == 1
    assert run.result["error_count"] == 1


def test_only_administrators_import_straight_to_drafts(
    changed_file, make_user, login, django_capture_on_commit_callbacks
):
    editor_session = login(make_user("bien-tap", EDITOR))
    upload(editor_session, changed_file, django_capture_on_commit_callbacks, drafts=True)
    assert ImportUpload.objects.get().batch.status == ImportBatch.Status.PENDING
    admin_session = login(make_user("quan-tri", ADMINISTRATOR))
    assert 'name="drafts"' in admin_session.get(IMPORT_URL).content.decode()
    upload(admin_session, changed_file, django_capture_on_commit_callbacks, drafts=True)
    assert ImportUpload.objects.order_by("-pk").first().batch.status == ImportBatch.Status.DRAFTS


def test_files_are_checked_by_content_and_auditors_may_not_import(
    tmp_path, make_user, login, django_capture_on_commit_callbacks
):
    session = login(make_user("bien-tap", EDITOR))
    fake = SimpleUploadedFile("van-ban.xlsx", b"not a workbook")
    response = session.post(IMPORT_URL, {"file": fake})
    assert response.status_code == 200 and "không phải bảng tính Excel" in response.content.decode()
    latin = SimpleUploadedFile("van-ban.csv", "so_ky_hieu\nSá 1\n".encode("latin-1"))
    assert "UTF-8" in session.post(IMPORT_URL, {"file": latin}).content.decode()
    script = SimpleUploadedFile("van-ban.exe", b"MZ")
    assert "CSV, JSON hoặc XLSX" in session.post(IMPORT_URL, {"file": script}).content.decode()
    assert not ImportUpload.objects.exists()
    auditor = login(make_user("kiem-tra", AUDITOR))
    assert auditor.get(IMPORT_URL).status_code in (302, 403)  # Wagtail sends a refused person home
    broken = tmp_path / "hong.json"
    broken.write_text("{không phải json", encoding="utf-8")
    upload(session, broken, django_capture_on_commit_callbacks)
    run = ImportUpload.objects.get()
    assert run.status == ImportUpload.Status.FAILED and run.result["failure"]


def test_the_page_shows_the_progress_of_a_running_import(make_user, login):
    clerk = make_user("van-thu", EDITOR)
    run = ImportUpload.objects.create(
        user=clerk, file_name="lon.csv", data=b"", status=ImportUpload.Status.RUNNING
    )
    cache.set(progress_key(run.pk), (2000, 8000))
    page = login(clerk).get(reverse("legal_docs_batches:upload", args=[run.pk])).content.decode()
    assert '<progress id="import-progress" max="100" value="25">' in page
    assert "2000 / 8000" in page and 'http-equiv="refresh"' in page
    cache.delete(progress_key(run.pk))


def test_the_task_reports_its_progress(
    changed_file, make_user, login, monkeypatch, django_capture_on_commit_callbacks
):
    reported = []

    def report(upload_id, done, total):
        reported.append((done, total))

    monkeypatch.setattr("legal_docs.importer.uploads.report_progress", report, raising=False)
    upload(login(make_user("van-thu", EDITOR)), changed_file, django_capture_on_commit_callbacks)
    assert reported[-1] == (2, 2)
    assert ImportUpload.objects.get().total_rows == 2
