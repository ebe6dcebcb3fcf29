"""/van-ban/: each filter alone and combined, the live counts, the search box, and the URL contract."""

import datetime
import re
import unicodedata

import pytest

from .conftest import TEST_ISSUER

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("legal_library")]

D = datetime.date


@pytest.fixture
def documents(make_document):
    return {
        "a": make_document(
            "901/2024/QĐ-TN",
            summary="Quy định về quản lý chợ dân sinh",
            fields=["field_a"],
            signer="signer",
            issued_on=D(2024, 5, 10),
            effective_on=D(2024, 5, 20),
        ),
        "b": make_document(
            "902/KH-TN",
            summary="Kế hoạch trồng cây xanh",
            type="ke_hoach",
            fields=["field_b"],
            issued_on=D(2025, 3, 1),
        ),
        "c": make_document(
            "903/2025/QĐ-TN",
            summary="Quy định về đỗ xe trên hè phố",
            fields=["field_a", "field_b"],
            signer="signer",
            issued_on=D(2025, 9, 1),
            effective_on=D(2099, 1, 1),
        ),
        "d": make_document(
            "904/QĐ-TN",
            summary="Quyết định hết hạn",
            issuer="other_issuer",
            issued_on=D(2023, 1, 1),
            expires_on=D(2023, 12, 31),
        ),
    }


def numbers(response):
    html = response.content.decode()
    return set(re.findall(r"(90\d/[^<\s]*)</span></a></h2>", html))


def get(client, index_page, **params):
    response = client.get(index_page.url, params)
    assert response.status_code == 200
    return response


ISSUER = {"co_quan": TEST_ISSUER}


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"loai": "ke-hoach", **ISSUER}, {"902/KH-TN"}),
        ({"loai": "quyet-dinh", **ISSUER}, {"901/2024/QĐ-TN", "903/2025/QĐ-TN"}),
        ({"co_quan": "co-quan-thu-nghiem-2"}, {"904/QĐ-TN"}),
        ({"linh_vuc": "linh-vuc-a"}, {"901/2024/QĐ-TN", "903/2025/QĐ-TN"}),
        ({"linh_vuc": "linh-vuc-b"}, {"902/KH-TN", "903/2025/QĐ-TN"}),
        ({"nguoi_ky": "nguoi-ky-thu"}, {"901/2024/QĐ-TN", "903/2025/QĐ-TN"}),
        ({"nam": "2025", **ISSUER}, {"902/KH-TN", "903/2025/QĐ-TN"}),
        ({"tinh_trang": "chua-co-hieu-luc", **ISSUER}, {"903/2025/QĐ-TN"}),
        ({"tinh_trang": "het-hieu-luc", "co_quan": "co-quan-thu-nghiem-2"}, {"904/QĐ-TN"}),
        ({"tu_ngay": "2025-01-01", **ISSUER}, {"902/KH-TN", "903/2025/QĐ-TN"}),
        ({"den_ngay": "01/03/2025", **ISSUER}, {"901/2024/QĐ-TN", "902/KH-TN"}),
        ({"q": "cho dan sinh"}, {"901/2024/QĐ-TN"}),
    ],
)
def test_each_filter_alone(client, index_page, documents, params, expected):
    assert numbers(get(client, index_page, **params)) == expected


def test_filters_combine(client, index_page, documents):
    response = get(client, index_page, loai="quyet-dinh", linh_vuc="linh-vuc-b", nam="2025", q="quy dinh")
    assert numbers(response) == {"903/2025/QĐ-TN"}
    response = get(
        client, index_page, nguoi_ky="nguoi-ky-thu", tinh_trang="con-hieu-luc", tu_ngay="2024-01-01"
    )
    assert numbers(response) == {"901/2024/QĐ-TN"}


def test_a_filter_may_repeat_and_then_means_any_of_the_values(client, index_page, documents):
    response = client.get(index_page.url + "?loai=ke-hoach&loai=quyet-dinh&co_quan=" + TEST_ISSUER)
    assert numbers(response) == {"901/2024/QĐ-TN", "902/KH-TN", "903/2025/QĐ-TN"}


def test_counts_are_those_of_each_option_under_the_other_filters(client, index_page, documents):
    response = get(client, index_page, co_quan=TEST_ISSUER, loai="quyet-dinh")
    facets = {
        param: {o.value: (o.count, o.selected) for o in options}
        for param, _label, options in response.context["facet_groups"]
    }
    # the type's own counts ignore the type filter: two decisions and one plan of this issuer
    assert facets["loai"]["quyet-dinh"] == (2, True)
    assert facets["loai"]["ke-hoach"] == (1, False)
    # the other facets count within the selected type
    assert facets["linh_vuc"]["linh-vuc-a"] == (2, False)
    assert facets["linh_vuc"]["linh-vuc-b"] == (1, False)
    assert facets["nam"]["2025"] == (1, False) and facets["nam"]["2024"] == (1, False)
    assert facets["tinh_trang"]["chua-co-hieu-luc"] == (1, False)
    assert facets["co_quan"][TEST_ISSUER] == (2, True)
    assert response.context["documents"].paginator.count == 2


@pytest.mark.parametrize(
    "query",
    [
        "quyet dinh 218",
        "Quyết định 218",
        "QUYẾT ĐỊNH 218/2025",
        "218/2025/qd-ubnd",
        "quyết  định   218",
        unicodedata.normalize("NFD", "Quyết định 218"),
    ],
)
def test_the_search_box_ignores_diacritics_case_and_spacing(client, index_page, query):
    response = get(client, index_page, q=query)
    assert "218/2025/QĐ-UBND" in response.content.decode()
    assert response.context["documents"].paginator.count >= 1


def test_the_search_box_matches_the_summary_without_diacritics(client, index_page):
    response = get(client, index_page, q="quy che quan ly van hanh cong thong tin")
    assert "218/2025/QĐ-UBND" in response.content.decode()


def test_unknown_and_malformed_values_are_ignored_with_a_notice(client, index_page, documents):
    response = get(
        client,
        index_page,
        loai="khong-co",
        nam="20x5",
        tinh_trang="bat-ky",
        tu_ngay="31/02/2025",
        co_quan=TEST_ISSUER,
        trang="abc",
    )
    html = response.content.decode()
    assert numbers(response) == {"901/2024/QĐ-TN", "902/KH-TN", "903/2025/QĐ-TN"}
    assert html.count('class="notice"') == 4
    assert "khong-co" in html and "31/02/2025" in html


def test_an_empty_result_says_so_and_offers_to_clear_the_filters(client, index_page):
    response = get(client, index_page, q="khong the nao co van ban nay")
    html = response.content.decode()
    assert "No document matches these conditions." in html or "Không có văn bản" in html
    assert f'href="{index_page.url}"' in html


def test_the_list_is_newest_first_twenty_per_page_and_pages_keep_the_filters(client, index_page):
    response = get(client, index_page, loai="nghi-dinh")
    page = response.context["documents"]
    dates = [doc.issued_on for doc in page.object_list]
    assert dates == sorted(dates, reverse=True)
    first = get(client, index_page)
    assert len(first.context["documents"].object_list) == 20
    assert "trang=2" in first.content.decode()
    second = get(client, index_page, trang="2", loai="nghi-dinh")
    assert second.context["documents"].number == 1  # out of range: the last page


def test_drafts_are_not_listed(client, index_page, make_document):
    make_document("999/NHÁP-TN", live=False)
    response = get(client, index_page, q="999/nhap")
    assert response.context["documents"].paginator.count == 0


@pytest.mark.parametrize("page", ["9223372036854775808", "1e30", "1000001"])
def test_a_page_number_too_large_for_the_database_is_past_the_end_not_an_error(client, documents, page):
    """Found by the fuzz test: `?q=0&trang=2**63` made the facet query's OFFSET overflow SQLite (500)."""
    response = client.get("/van-ban/", {"q": "0", "trang": page})
    assert response.status_code in (200, 404)
