"""The search app's PostgreSQL index writes a batch in one statement: the same rows modelsearch writes."""

import csv
import datetime

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from modelsearch.backends.database.postgres.postgres import IndexEntry, PostgresIndex
from modelsearch.utils import get_content_type_pk
from wagtail.documents import get_document_model
from wagtail.search.backends import get_search_backend

from legal_docs.exports import COLUMNS
from legal_docs.importer import Importer
from legal_docs.models import DocumentType, Issuer, IssuingLevel, LegalDocument, Signer
from search.backends.postgres_index import VietnamesePostgresIndex

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL search index"),
]

COLUMNS_COMPARED = ["object_id", "title", "autocomplete", "body", "title_text", "body_text", "title_norm"]


def index_rows(model, objs):
    return list(
        IndexEntry.objects.filter(
            content_type_id=get_content_type_pk(model), object_id__in=[str(obj.pk) for obj in objs]
        )
        .order_by("object_id")
        .values_list(*COLUMNS_COMPARED)
    )


def rows_written_by(index_class, model, objs):
    """The index rows `index_class` writes for `objs`, starting from none of theirs."""
    IndexEntry.objects.filter(
        content_type_id=get_content_type_pk(model), object_id__in=[str(obj.pk) for obj in objs]
    ).delete()
    index_class(get_search_backend()).add_items(model, objs)
    return index_rows(model, objs)


def assert_same_rows(model, objs):
    ours = rows_written_by(VietnamesePostgresIndex, model, objs)
    theirs = rows_written_by(PostgresIndex, model, objs)
    assert len(ours) == len(objs)
    assert ours == theirs
    return ours


@pytest.fixture
def taxonomy():
    return {
        "document_type": DocumentType.objects.create(name="Quyết định thử chỉ mục", slug="qd-thu-chi-muc"),
        "issuer": Issuer.objects.create(
            name="Ủy ban thử chỉ mục", slug="uy-ban-thu-chi-muc", level=IssuingLevel.WARD
        ),
        "signer": Signer.objects.create(name="Trần Văn Chỉ", slug="tran-van-chi", position="Chủ tịch"),
    }


def make_document(taxonomy, number, summary, **extra):
    document = LegalDocument(
        number=number,
        summary=summary,
        issued_on=datetime.date(2026, 2, 1),
        live=True,
        **{**taxonomy, **extra},
    )
    document.save()
    return document


def test_documents_are_indexed_as_modelsearch_indexes_them(taxonomy):
    documents = [
        make_document(taxonomy, "31/QĐ-CM", "Quy định về đèn chiếu sáng đường Phạm Văn Đồng"),
        make_document(
            taxonomy, "32/QĐ-CM", "Kế hoạch nạo vét kênh", full_text="<p>Điều 1. Nạo vét kênh Hòa Nghĩa</p>"
        ),
        make_document(taxonomy, "33/QĐ-CM", "Trích yếu có dấu ' và \\ lạ", signer=None),
    ]
    rows = assert_same_rows(LegalDocument, documents)
    assert all(body for _id, _title, _auto, body, *_rest in rows)
    assert "den" in rows[0][3] and "nao" in rows[1][3]  # folded by vi_unaccent: đèn → den, nạo → nao


def test_titled_objects_and_their_title_norms_are_those_of_modelsearch():
    model = get_document_model()
    files = [
        model.objects.create(title=title, file=ContentFile(b"%PDF-1.4 thu", name=f"chi-muc-{n}.pdf"))
        for n, title in enumerate(
            ["Biểu mẫu đăng ký hộ kinh doanh", "Tờ khai", "Danh sách cử tri khu dân cư số 3"]
        )
    ]
    rows = assert_same_rows(model, files)
    assert all(title and title_norm != 1.0 for _id, title, _auto, _body, _tt, _bt, title_norm in rows)


def test_objects_of_different_shapes_are_written_by_modelsearch_itself():
    """Tags are a related list: files with different numbers of tags give different fields."""
    model = get_document_model()
    plain = model.objects.create(title="Tệp không nhãn", file=ContentFile(b"a", name="khong-nhan.pdf"))
    tagged = model.objects.create(title="Tệp có nhãn", file=ContentFile(b"b", name="co-nhan.pdf"))
    tagged.tags.add("ngân sách", "công khai")
    rows = assert_same_rows(model, [plain, model.objects.get(pk=tagged.pk)])
    assert "ngan" in rows[1][3] or "ngan" in rows[0][3]


def test_imported_documents_are_indexed_as_modelsearch_indexes_them_and_found(tmp_path):
    path = tmp_path / "chi-muc.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for number, summary in [
            ("41/2026/QĐ-UBND", "Quy định quản lý bến thuyền Hải Thành"),
            ("42/2026/QĐ-UBND", "Phương án phòng chống bão khu vực Đa Phúc"),
            ("43/2026/QĐ-UBND", "Kế hoạch trồng rừng ngập mặn ven biển"),
        ]:
            writer.writerow(
                {
                    "so_ky_hieu": number,
                    "loai": "quyet-dinh",
                    "co_quan": "ubnd-chi-muc",
                    "co_quan_ten": "UBND thử chỉ mục",
                    "cap_ban_hanh": "phuong",
                    "ngay_ban_hanh": "2026-03-01",
                    "trich_yeu": summary,
                    "linh_vuc": "moi-truong",
                    "linh_vuc_ten": "Môi trường",
                }
            )
    result = Importer(create_taxonomies=True).run(path)
    assert result.created == 3 and not result.errors
    documents = list(
        LegalDocument.objects.filter(issuer__slug="ubnd-chi-muc").select_related("document_type", "issuer")
    )
    imported = index_rows(LegalDocument, documents)
    assert len(imported) == 3
    assert imported == rows_written_by(PostgresIndex, LegalDocument, documents)
    backend = get_search_backend()
    for query, number in [
        ("ben thuyen Hai Thanh", "41/2026/QĐ-UBND"),
        ("phòng chống bão", "42/2026/QĐ-UBND"),
        ("rung ngap man", "43/2026/QĐ-UBND"),
    ]:
        found = [document.number for document in backend.search(query, LegalDocument.objects.all())]
        assert found == [number], query
