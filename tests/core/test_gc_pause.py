"""`core.gc_pause`: the cyclic garbage collector is off for a bulk operation and as it was afterwards, also
after an error; an import and a batch's approval run with it paused."""

import gc

import pytest

from core.gc_pause import paused_garbage_collection


def test_the_collector_is_off_inside_and_on_again_after_even_on_error():
    assert gc.isenabled()
    with paused_garbage_collection():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), paused_garbage_collection():
        raise ValueError("lỗi giữa chừng")
    assert gc.isenabled()


def test_it_leaves_a_collector_that_was_off_off():
    gc.disable()
    try:
        with paused_garbage_collection():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.django_db
def test_an_import_and_its_approval_write_with_the_collector_paused(tmp_path, monkeypatch):
    from legal_docs.importer import Importer
    from legal_docs.importer import approval as approval_module
    from legal_docs.importer.writing import DocumentWriter
    from legal_docs.models import LegalDocument
    from tests.factories.core import UserFactory
    from tests.legal_docs.importing import write_csv

    seen = []
    write, approve = DocumentWriter.write, approval_module._approve

    def spy_write(self, *args, **kwargs):
        seen.append(("write", gc.isenabled()))
        return write(self, *args, **kwargs)

    def spy_approve(*args, **kwargs):
        seen.append(("approve", gc.isenabled()))
        return approve(*args, **kwargs)

    monkeypatch.setattr(DocumentWriter, "write", spy_write)
    monkeypatch.setattr(approval_module, "_approve", spy_approve)
    from core.permissions import EDITOR, EDITOR_IN_CHIEF

    clerk = UserFactory(username="van-thu-gc", roles=[EDITOR])
    chief = UserFactory(username="truong-ban-gc", roles=[EDITOR_IN_CHIEF])
    path = write_csv(
        tmp_path / "mot-dong.csv",
        [
            {
                "so_ky_hieu": "13/2023/NĐ-CP",
                "loai_ten": "Nghị định",
                "co_quan_ten": "Chính phủ",
                "cap_ban_hanh": "trung-uong",
                "ngay_ban_hanh": "17/04/2023",
                "trich_yeu": "Bảo vệ dữ liệu cá nhân",
            }
        ],
    )
    result = Importer(user=clerk, create_taxonomies=True).run(path)
    assert gc.isenabled()
    assert approval_module.approve_batch(result.batch, chief) == (1, [])
    assert gc.isenabled()
    assert seen == [("write", False), ("approve", False)]
    assert LegalDocument.objects.get(number="13/2023/NĐ-CP").live
