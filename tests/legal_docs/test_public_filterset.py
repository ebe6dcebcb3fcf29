"""The public parameters through django-filter: what is kept, what is dropped and said, in one query."""

import datetime

import pytest
from django.http import QueryDict
from django.utils import translation

from legal_docs.filters import DocumentFilter, PublicDocumentFilterSet
from legal_docs.models import DocumentType, Issuer, IssuingLevel, LegalDocument

pytestmark = pytest.mark.django_db


@pytest.fixture
def own_documents():
    document_type = DocumentType.objects.create(name="Loại thử bộ lọc", slug="loai-thu-bo-loc")
    issuer = Issuer.objects.create(
        name="Cơ quan thử bộ lọc", slug="co-quan-thu-bo-loc", level=IssuingLevel.WARD
    )
    documents = []
    for number, issued_on in [("1/BL", datetime.date(2024, 2, 1)), ("2/BL", datetime.date(2025, 7, 1))]:
        document = LegalDocument(
            number=number,
            summary=f"Văn bản thử bộ lọc số {number}",
            document_type=document_type,
            issuer=issuer,
            issued_on=issued_on,
            live=True,
        )
        document.save()
        documents.append(document)
    return documents


def parse(query):
    with translation.override("vi"):
        return DocumentFilter.from_querydict(QueryDict(query))


def test_known_values_are_kept_once_in_order_and_every_unknown_one_is_said(own_documents):
    criteria = parse(
        "co_quan=co-quan-thu-bo-loc&loai=khong-co&loai=loai-thu-bo-loc&loai=khong-co&loai=loai-thu-bo-loc"
        "&nam=2025&nam=02025&nam=1900&tinh_trang=con-hieu-luc&tinh_trang=bat-ky"
    )
    assert criteria.selected == {
        "loai": ["loai-thu-bo-loc"],
        "co_quan": ["co-quan-thu-bo-loc"],
        "nam": ["2025"],
        "tinh_trang": ["con-hieu-luc"],
    }
    unknown = "Giá trị lọc “{}” không tồn tại nên đã được bỏ qua."
    assert criteria.notices == [
        unknown.format(value) for value in ("khong-co", "khong-co", "02025", "1900", "bat-ky")
    ]


def test_dates_in_both_forms_swapped_when_reversed_and_a_bad_one_said(own_documents):
    criteria = parse("tu_ngay=31/12/2025&den_ngay=2024-01-01")
    assert (criteria.tu_ngay, criteria.den_ngay) == (datetime.date(2024, 1, 1), datetime.date(2025, 12, 31))
    assert criteria.notices == ["Ngày bắt đầu sau ngày kết thúc; hai ngày đã được đổi chỗ cho nhau."]
    criteria = parse("tu_ngay=30/02/2025&den_ngay=%20")
    assert (criteria.tu_ngay, criteria.den_ngay) == (None, None)
    assert criteria.notices == [
        "“30/02/2025” không phải là ngày (hãy nhập theo dạng dd/mm/yyyy); điều kiện này đã được bỏ qua."
    ]


def test_a_long_search_text_is_shortened_and_spaces_collapsed(own_documents):
    criteria = parse("q=" + "%20%20ab" * 150)
    assert len(criteria.q) == 200 and "  " not in criteria.q and not criteria.q.startswith(" ")
    assert criteria.notices == ["Nội dung tìm kiếm quá dài nên đã được rút gọn."]


def test_the_taxonomies_are_read_in_one_query_and_parsing_adds_none(own_documents, django_assert_num_queries):
    with django_assert_num_queries(1):
        criteria = parse("loai=loai-thu-bo-loc&nam=2025&q=thu+bo+loc&tu_ngay=01/01/2025")
    assert criteria.is_active and criteria.selected["loai"] == ["loai-thu-bo-loc"]


def test_the_filtersets_documents_are_those_the_list_shows(own_documents):
    data = QueryDict("co_quan=co-quan-thu-bo-loc&nam=2025&nam=2024&q=thu+bo+loc&loai=khong-co")
    filterset = PublicDocumentFilterSet(data, LegalDocument.objects.public(), taxonomies=parse("").taxonomies)
    assert sorted(filterset.qs.values_list("number", flat=True)) == ["1/BL", "2/BL"]
    criteria = filterset.criteria
    assert list(criteria.apply(LegalDocument.objects.public()).order_by("pk")) == list(
        filterset.qs.order_by("pk")
    )
    only_2025 = PublicDocumentFilterSet(
        QueryDict("co_quan=co-quan-thu-bo-loc&nam=2025"),
        LegalDocument.objects.public(),
        taxonomies=criteria.taxonomies,
    )
    assert list(only_2025.qs.values_list("number", flat=True)) == ["2/BL"]
