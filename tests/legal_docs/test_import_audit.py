"""The import's audit trail: one "legal_docs.import" entry per created or changed document, with its batch."""

import csv

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import ModelLogEntry

from legal_docs.exports import COLUMNS
from legal_docs.importer import Importer
from legal_docs.models import LegalDocument

pytestmark = pytest.mark.django_db


def write_rows(path, summaries):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for number, summary in summaries:
            writer.writerow(
                {
                    "so_ky_hieu": number,
                    "loai": "quyet-dinh",
                    "co_quan": "ubnd-nhat-ky-nhap",
                    "co_quan_ten": "UBND thử nhật ký nhập",
                    "cap_ban_hanh": "phuong",
                    "ngay_ban_hanh": "2026-04-01",
                    "trich_yeu": summary,
                }
            )
    return path


def import_entries():
    documents = LegalDocument.objects.filter(issuer__slug="ubnd-nhat-ky-nhap")
    by_id = {str(pk): number for pk, number in documents.values_list("pk", "number")}
    entries = ModelLogEntry.objects.filter(action="legal_docs.import", object_id__in=by_id).order_by("pk")
    return [(by_id[entry.object_id], entry.data, entry.user_id, entry.label) for entry in entries]


def test_each_imported_or_changed_document_gets_one_entry_by_the_operator_naming_the_batch(tmp_path):
    operator = get_user_model().objects.create_user("nguoi-nhap", password="mat-khau-dai-du")
    rows = [("61/QĐ-NK", "Quy định thử nhật ký một"), ("62/QĐ-NK", "Quy định thử nhật ký hai")]
    first = Importer(user=operator, create_taxonomies=True).run(write_rows(tmp_path / "a.csv", rows)).batch
    created = {"created": True, "published": False, "batch": first.pk}
    assert import_entries() == [
        ("61/QĐ-NK", created, operator.pk, "Quyết định 61/QĐ-NK"),
        ("62/QĐ-NK", created, operator.pk, "Quyết định 62/QĐ-NK"),
    ]
    Importer(user=operator).run(write_rows(tmp_path / "a.csv", rows))  # nothing changes: nothing logged
    assert len(import_entries()) == 2
    rows[1] = ("62/QĐ-NK", "Quy định thử nhật ký hai, đã sửa")
    result = Importer().run(write_rows(tmp_path / "b.csv", rows))
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    assert import_entries()[2:] == [
        (
            "62/QĐ-NK",
            {"created": False, "published": False, "batch": result.batch.pk},
            None,
            "Quyết định 62/QĐ-NK",
        )
    ]
