"""The list and a detail page take a fixed number of queries, whatever the number of documents.

Both the queries on the legal documents' own tables and the page's total (site, page, settings, menus,
notices, visit counter included) are asserted exactly, after one warming request and a cleared cache, on a
library shaped like the ward's (types, issuers at three levels, fields, signers, attachments, relations) and
again once it has grown.
"""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.documents import DocumentFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("legal_library")]

# the index page itself, the four taxonomies (one UNION ALL), every facet's counts and the number of
# matching documents (one query), and the page of rows (their type and issuer come from the taxonomies)
LIST_QUERIES = 4
# the index page; the document with its type, issuer and signer; its fields; attachments; relations both ways
DETAIL_QUERIES = 6
# the whole page; one fewer since issue 18 (the page view is counted by the page's beacon, not the request)
LIST_TOTAL_QUERIES = 16
DETAIL_TOTAL_QUERIES = 18


def measure(client, url):
    assert client.get(url).status_code == 200  # warm, as on a running portal
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    own = [query for query in queries.captured_queries if "legal_docs_" in query["sql"]]
    return len(own), len(queries)


def more_documents(make_document, first_number, count, target, **values):
    """`count` documents of the test's issuer with two fields and a signer; every fifth one amends `target`
    and comes with its text as a PDF."""
    for number in range(count):
        extra = (
            {"relations": [("sua-doi", target)], "attachments": [DocumentFactory()]}
            if number % 5 == 0
            else {}
        )
        make_document(
            f"{first_number + number}/QĐ-TN",
            fields=["field_a", "field_b"],
            signer="signer",
            **values,
            **extra,
        )


def test_list_query_count_does_not_grow_with_documents(client, legal_library, make_document):
    own, total = measure(client, "/van-ban/")
    assert (own, total) == (LIST_QUERIES, LIST_TOTAL_QUERIES)
    more_documents(make_document, 700, 25, legal_library["218/2025/QĐ-UBND"])
    assert measure(client, "/van-ban/") == (own, total)


FILTERED = (
    "/van-ban/?loai=nghi-dinh&linh_vuc=cong-nghe-thong-tin&q=thong+tin&nam=2026&tinh_trang=con-hieu-luc"
)


def test_filtered_list_query_count(client):
    assert measure(client, FILTERED) == (LIST_QUERIES, LIST_TOTAL_QUERIES)
    assert measure(client, "/van-ban/?q=quyet+dinh&trang=2")[0] == LIST_QUERIES


@pytest.mark.parametrize(
    "url",
    [
        FILTERED,
        "/van-ban/?co_quan=co-quan-thu-nghiem&linh_vuc=linh-vuc-a&q=van+ban",
        "/van-ban/?nguoi_ky=nguoi-ky-thu&tu_ngay=2024-01-01&den_ngay=31/12/2024&tinh_trang=het-hieu-luc",
        "/van-ban/?q=thu+nghiem&trang=2",
    ],
)
def test_filtered_list_query_count_does_not_grow_with_documents(client, legal_library, make_document, url):
    old = dict(summary="Văn bản thử nghiệm cũ", fields=["field_a"], signer="signer")
    make_document(
        "799/QĐ-TN", issued_on=datetime.date(2024, 3, 1), expires_on=datetime.date(2024, 6, 1), **old
    )
    before = measure(client, url)
    assert before[0] == LIST_QUERIES  # (a page without any document takes one query less: no rows to read)
    more_documents(
        make_document, 800, 25, legal_library["42/2022/NĐ-CP"], summary="Văn bản thử nghiệm số nhiều"
    )
    assert measure(client, url) == before


def test_detail_query_count(client, make_document):
    # QĐ 218/2025: two fields, a signer, its PDF, the twelve documents it is based on and two based on it
    assert measure(client, "/van-ban/218-2025-qd-ubnd/") == (DETAIL_QUERIES, DETAIL_TOTAL_QUERIES)
    target = make_document("750/QĐ-TN")
    for number in range(10):
        make_document(f"{760 + number}/QĐ-TN", relations=[("can-cu", target)])
    assert measure(client, f"/van-ban/{target.slug}/") == (DETAIL_QUERIES, DETAIL_TOTAL_QUERIES)
