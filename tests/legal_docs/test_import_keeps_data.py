"""An import never removes what its file does not carry, and never publishes before the editor-in-chief.

The harm each test tries: the national database's export has fewer columns than the portal (no fields, no
signer, no relations); a clerk's sheet has empty cells; a relation list covers one kind only. Each is tried
on the library's documents, which are published with their fields, signers and relations.
"""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from wagtail.models import ModelLogEntry, Revision

from core.permissions import ADMINISTRATOR, EDITOR, EDITOR_IN_CHIEF
from legal_docs.importer.approval import approve_batch, reject_batch
from legal_docs.models import ImportBatch, LegalDocument, LegalDocumentRelation
from tests.factories.core import UserFactory

from .importing import approve_latest, latest_batch, run_import, write_csv

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("legal_library")]


@pytest.fixture
def people(db):
    return {
        "clerk": UserFactory(username="van-thu", roles=[EDITOR]),
        "chief": UserFactory(username="truong-ban", roles=[EDITOR_IN_CHIEF]),
        "other_chief": UserFactory(username="pho-ban", roles=[EDITOR_IN_CHIEF]),
        "admin": UserFactory(username="quan-tri", roles=[ADMINISTRATOR]),
    }


def state(document):
    """What a reader of the document sees, children included."""
    document = LegalDocument.objects.get(pk=document.pk)
    return {
        "summary": document.summary,
        "signer": document.signer_id,
        "effective_on": document.effective_on,
        "fields": sorted(document.fields.values_list("slug", flat=True)),
        "relations": sorted(document.relations.values_list("kind", "target__number")),
        "incoming": sorted(document.incoming_relations.values_list("kind", "source__number")),
        "live": document.live,
    }


def national_row(document, **values):
    """The few columns a national database export gives."""
    row = {
        "so_ky_hieu": document.number,
        "co_quan_ten": document.issuer.name,
        "cap_ban_hanh": document.issuer.level,
        "trich_yeu": document.summary,
    }
    row.update(values)
    return row


def test_a_file_with_fewer_columns_changes_only_what_it_carries(tmp_path, legal_library, people):
    decree = legal_library["42/2022/NĐ-CP"]
    law = legal_library["65/2025/QH15"]
    before_decree, before_law = state(decree), state(law)
    assert before_decree["fields"] and before_decree["relations"] and before_decree["incoming"]
    relations_before = LegalDocumentRelation.objects.count()
    rows = [
        national_row(decree, trich_yeu="Quy định về cung cấp thông tin trên môi trường mạng"),
        national_row(law),
    ]
    out, _err = run_import(write_csv(tmp_path / "quoc-gia.csv", rows), people["clerk"])
    assert "0 created, 1 updated, 1 unchanged" in out
    approve_latest(people["chief"])
    assert state(decree) == before_decree | {"summary": "Quy định về cung cấp thông tin trên môi trường mạng"}
    assert state(law) == before_law
    assert LegalDocumentRelation.objects.count() == relations_before


def test_empty_cells_clear_fields_only_with_clear_empty(tmp_path, legal_library, people):
    decision = legal_library["218/2025/QĐ-UBND"]
    before = state(decision)
    assert before["signer"] and before["fields"]
    row = national_row(decision, nguoi_ky="", nguoi_ky_ten="", linh_vuc="", ngay_hieu_luc="")
    path = write_csv(tmp_path / "trong.csv", [row])
    out, _err = run_import(path, people["clerk"])
    assert "1 unchanged" in out
    assert state(decision) == before
    run_import(path, people["clerk"], clear_empty=True)
    approve_latest(people["chief"])
    after = state(decision)
    assert after["signer"] is None and after["fields"] == [] and after["effective_on"] is None
    assert after["relations"] == before["relations"]  # no relation column: relations untouched


def test_relations_are_added_and_removed_only_from_a_complete_list(tmp_path, legal_library, people):
    circular = legal_library["22/2023/TT-BTTTT"]
    assert state(circular)["relations"] == [("huong-dan", "42/2022/NĐ-CP")]
    row = national_row(circular, huong_dan="Nghị định số 85/2016/NĐ-CP")
    run_import(write_csv(tmp_path / "them.csv", [row]), people["clerk"])
    approve_latest(people["chief"])
    assert state(circular)["relations"] == [("huong-dan", "42/2022/NĐ-CP"), ("huong-dan", "85/2016/NĐ-CP")]
    run_import(
        write_csv(tmp_path / "du.csv", [national_row(circular, huong_dan="85/2016/NĐ-CP")]),
        people["clerk"],
        replace_relations=True,
    )
    approve_latest(people["chief"])
    assert state(circular)["relations"] == [("huong-dan", "85/2016/NĐ-CP")]
    law = legal_library["64/2025/QH15"]  # replaces 80/2015/QH13
    row = national_row(law, thay_the="", can_cu="Luật số 63/2020/QH14")  # an empty list is not a complete one
    run_import(write_csv(tmp_path / "trong.csv", [row]), people["clerk"], replace_relations=True)
    approve_latest(people["chief"])
    assert state(law)["relations"] == [("can-cu", "63/2020/QH14"), ("thay-the", "80/2015/QH13")]


def test_each_changed_document_gets_a_revision_and_an_entry_naming_the_batch(tmp_path, legal_library, people):
    decree = legal_library["42/2022/NĐ-CP"]
    revisions_before = Revision.objects.for_instance(decree).count()
    rows = [national_row(decree, trich_yeu="Trích yếu đã sửa"), national_row(legal_library["65/2025/QH15"])]
    run_import(write_csv(tmp_path / "a.csv", rows), people["clerk"])
    batch = latest_batch()
    assert Revision.objects.for_instance(decree).count() == revisions_before + 1
    revision = Revision.objects.for_instance(decree).latest("pk")
    assert revision.content["summary"] == "Trích yếu đã sửa" and revision.user == people["clerk"]
    assert sorted(revision.content["fields"]) == sorted(decree.fields.values_list("pk", flat=True))
    entries = ModelLogEntry.objects.filter(action="legal_docs.import", data__batch=batch.pk)
    assert [(entry.object_id, entry.user) for entry in entries] == [(str(decree.pk), people["clerk"])]
    assert list(batch.items.values_list("document__number", "changed_fields")) == [
        ("42/2022/NĐ-CP", ["summary"])
    ]
    approve_batch(batch, people["chief"])
    published = ModelLogEntry.objects.get(
        action="wagtail.publish", object_id=str(decree.pk), data__import_batch=batch.pk
    )
    assert published.user == people["chief"] and published.revision_id == revision.pk
    assert ModelLogEntry.objects.filter(action="legal_docs.batch.approve", object_id=str(batch.pk)).exists()


NEW_ROWS = [
    {
        "so_ky_hieu": "13/2023/NĐ-CP",
        "loai_ten": "Nghị định",
        "co_quan_ten": "Chính phủ",
        "cap_ban_hanh": "trung-uong",
        "ngay_ban_hanh": "17/04/2023",
        "ngay_hieu_luc": "01/07/2023",
        "trich_yeu": "Bảo vệ dữ liệu cá nhân",
    },
    {
        "so_ky_hieu": "91/2025/QH15",
        "loai_ten": "Luật",
        "co_quan_ten": "Quốc hội",
        "cap_ban_hanh": "trung-uong",
        "ngay_ban_hanh": "26/06/2025",
        "ngay_hieu_luc": "01/01/2026",
        "trich_yeu": "Luật Bảo vệ dữ liệu cá nhân",
    },
]


def test_nothing_of_a_batch_is_public_before_approval_and_everything_is_after(
    tmp_path, client, legal_library, people
):
    decree = legal_library["42/2022/NĐ-CP"]
    rows = NEW_ROWS + [national_row(decree, trich_yeu="Trích yếu mới của nghị định")]
    run_import(write_csv(tmp_path / "moi.csv", rows), people["clerk"])
    batch = latest_batch()
    assert batch.status == ImportBatch.Status.PENDING and batch.user == people["clerk"]
    assert (batch.created_count, batch.updated_count) == (2, 1)
    assert client.get("/van-ban/13-2023-nd-cp/").status_code == 404
    assert client.get("/van-ban/", {"q": "bao ve du lieu ca nhan"}).context["documents"].paginator.count == 0
    page = client.get(f"/van-ban/{decree.slug}/").content.decode()
    assert "Trích yếu mới" not in page and decree.summary in page
    approve_batch(batch, people["chief"])
    assert client.get("/van-ban/13-2023-nd-cp/").status_code == 200
    assert client.get("/van-ban/", {"q": "bao ve du lieu ca nhan"}).context["documents"].paginator.count == 2
    assert "Trích yếu mới của nghị định" in client.get(f"/van-ban/{decree.slug}/").content.decode()
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.APPROVED and batch.decided_by == people["chief"]


def test_the_importer_cannot_approve_their_own_batch_nor_an_editor_any(tmp_path, people):
    importer = people["chief"]
    run_import(write_csv(tmp_path / "moi.csv", NEW_ROWS), importer)
    batch = latest_batch()
    for user in (importer, people["clerk"], people["admin"]):
        with pytest.raises(PermissionDenied):
            approve_batch(batch, user)
    assert not LegalDocument.objects.filter(number="13/2023/NĐ-CP", live=True).exists()
    approve_batch(batch, people["other_chief"])
    assert LegalDocument.objects.get(number="13/2023/NĐ-CP").live
    with pytest.raises(PermissionDenied):  # decided once
        reject_batch(batch, people["other_chief"])


def test_a_rejected_batch_leaves_nothing_public(tmp_path, client, legal_library, people):
    decree = legal_library["42/2022/NĐ-CP"]
    run_import(
        write_csv(tmp_path / "moi.csv", NEW_ROWS + [national_row(decree, trich_yeu="Sai")]), people["clerk"]
    )
    reject_batch(latest_batch(), people["chief"], note="Sai nguồn")
    assert not LegalDocument.objects.filter(number__in=["13/2023/NĐ-CP", "91/2025/QH15"], live=True).exists()
    assert LegalDocument.objects.get(pk=decree.pk).summary == decree.summary
    assert client.get("/van-ban/13-2023-nd-cp/").status_code == 404
    assert ModelLogEntry.objects.filter(action="legal_docs.batch.reject", data__note="Sai nguồn").exists()


def test_administrators_may_import_drafts_for_review_one_by_one(tmp_path, people):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="administrators"):
        run_import(write_csv(tmp_path / "moi.csv", NEW_ROWS), people["clerk"], drafts=True)
    run_import(tmp_path / "moi.csv", people["admin"], drafts=True)
    batch = latest_batch()
    assert batch.status == ImportBatch.Status.DRAFTS
    with pytest.raises(PermissionDenied):
        approve_batch(batch, people["chief"])
    document = LegalDocument.objects.get(number="13/2023/NĐ-CP")
    assert not document.live and document.latest_revision is not None


def test_an_item_edited_after_the_import_is_left_for_the_workflow(tmp_path, legal_library, people):
    decree = legal_library["42/2022/NĐ-CP"]
    public_summary = decree.summary
    run_import(write_csv(tmp_path / "a.csv", [national_row(decree, trich_yeu="Từ tệp")]), people["clerk"])
    decree.refresh_from_db()
    decree.summary = "Biên tập viên sửa sau"
    decree.save_revision(user=people["clerk"])
    published, left_out = approve_latest(people["chief"])
    assert (published, left_out) == (0, ["42/2022/NĐ-CP"])
    assert LegalDocument.objects.get(pk=decree.pk).summary == public_summary


def test_the_dry_run_counts_equal_the_real_runs_and_nothing_is_kept(tmp_path, legal_library, people):
    decree = legal_library["42/2022/NĐ-CP"]
    rows = NEW_ROWS + [
        national_row(decree, trich_yeu="Trích yếu sửa"),
        national_row(legal_library["65/2025/QH15"]),
        {"so_ky_hieu": "1/2026/QĐ-XX", "co_quan_ten": "Cơ quan không có", "cap_ban_hanh": "phuong"},
    ]
    path = write_csv(tmp_path / "thu.csv", rows)
    counts = (LegalDocument.objects.count(), Revision.objects.count(), ImportBatch.objects.count())
    dry, _err = run_import(path, dry_run=True, skip_invalid=True)
    assert (LegalDocument.objects.count(), Revision.objects.count(), ImportBatch.objects.count()) == counts
    assert "2 created, 1 updated, 1 unchanged, 1 skipped" in dry
    assert "New: line 2 13/2023/NĐ-CP" in dry and "Changed: line 4 42/2022/NĐ-CP summary" in dry
    assert "Unchanged: line 5 65/2025/QH15" in dry and "Refused: line 6" in dry and "Cơ quan không có" in dry
    real, _err = run_import(path, people["clerk"], skip_invalid=True)
    assert "2 created, 1 updated, 1 unchanged, 1 skipped" in real
    batch = latest_batch()
    assert (batch.created_count, batch.updated_count, batch.unchanged_count, batch.refused_count) == (
        2,
        1,
        1,
        1,
    )
    [changed] = batch.preview["updated"]
    assert (changed["line"], changed["number"], changed["changes"]) == (4, "42/2022/NĐ-CP", ["summary"])
    assert [(item["field"], item["old"], item["new"]) for item in changed["diff"]] == [
        ("summary", decree.summary, "Trích yếu sửa")
    ]


def test_validity_and_relations_from_the_file_show_on_the_document_and_in_the_filter(
    tmp_path, client, legal_library, people
):
    rows = [
        {
            "so_ky_hieu": "9/2007/QĐ-TTg",
            "loai": "QĐ",
            "co_quan_ten": "Thủ tướng Chính phủ",
            "cap_ban_hanh": "trung-uong",
            "ngay_ban_hanh": "12/01/2007",
            "trich_yeu": "Quyết định thử về hiệu lực",
            "tinh_trang_thu_cong": "het-hieu-luc",
            "tinh_trang_tu_ngay": "01/07/2016",
            "bi_thay_the_boi": "Luật số 86/2015/QH13",
        }
    ]
    run_import(write_csv(tmp_path / "hl.csv", rows), people["clerk"], create_taxonomies=True)
    approve_latest(people["chief"])
    document = LegalDocument.objects.get(number="9/2007/QĐ-TTg")
    assert document.live and document.document_type.name == "Quyết định"
    page = client.get(f"/van-ban/{document.slug}/").content.decode()
    assert "Hết hiệu lực" in page and "86/2015/QH13" in page and "Được thay thế bởi" in page
    expired = client.get("/van-ban/", {"tinh_trang": "het-hieu-luc"}).context["documents"]
    in_force = client.get("/van-ban/", {"tinh_trang": "con-hieu-luc"}).context["documents"]
    assert "9/2007/QĐ-TTg" in [item.number for item in expired.object_list] or expired.paginator.count > 20
    assert "9/2007/QĐ-TTg" not in [item.number for item in in_force.object_list]
    assert LegalDocument.objects.filter(status_since=datetime.date(2016, 7, 1)).count() == 1


def test_each_new_or_changed_document_points_to_its_own_new_revision(tmp_path, legal_library, people):
    """New documents are inserted already linked to their revision (PostgreSQL: keys taken first), changed
    ones are linked by an update; either way the latest revision is the batch's, with the file's values."""
    decree = legal_library["42/2022/NĐ-CP"]
    run_import(
        write_csv(tmp_path / "moi.csv", NEW_ROWS + [national_row(decree, trich_yeu="Trích yếu mới")]),
        people["clerk"],
    )
    items = {
        item.document.number: item for item in latest_batch().items.select_related("document", "revision")
    }
    assert set(items) == {"13/2023/NĐ-CP", "91/2025/QH15", "42/2022/NĐ-CP"}
    for number, item in items.items():
        document = item.document
        assert document.latest_revision_id == item.revision_id, number
        assert document.has_unpublished_changes, number
        assert item.revision.object_id == str(document.pk)
        assert item.revision.content["number"] == number
    assert items["42/2022/NĐ-CP"].revision.content["summary"] == "Trích yếu mới"
    assert items["13/2023/NĐ-CP"].revision.content["summary"] == "Bảo vệ dữ liệu cá nhân"
    assert LegalDocument.objects.get(pk=decree.pk).summary == decree.summary  # public until approved


def test_a_draft_the_file_changes_is_written_once_with_its_link_to_the_new_revision(tmp_path, people):
    """A draft the file changes is written in place together with its link to the new revision: one
    statement for its row, not one for the values and another for the link. A published document the file
    changes keeps its public values; only its link to the new revision is stored."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    run_import(write_csv(tmp_path / "moi.csv", NEW_ROWS[:1]), people["clerk"])  # a new draft, not approved
    draft = LegalDocument.objects.get(number="13/2023/NĐ-CP")
    with CaptureQueriesContext(connection) as queries:
        run_import(
            write_csv(tmp_path / "sua.csv", [national_row(draft, trich_yeu="Bảo vệ dữ liệu cá nhân (sửa)")]),
            people["clerk"],
        )
    table = LegalDocument._meta.db_table
    updates = [q["sql"] for q in queries.captured_queries if q["sql"].startswith(f'UPDATE "{table}"')]
    assert len(updates) == 1, updates
    draft.refresh_from_db()
    assert draft.summary == "Bảo vệ dữ liệu cá nhân (sửa)" and not draft.live
    assert draft.latest_revision.content["summary"] == "Bảo vệ dữ liệu cá nhân (sửa)"
    assert latest_batch().items.get().revision_id == draft.latest_revision_id
