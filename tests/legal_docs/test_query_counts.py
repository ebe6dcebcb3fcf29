"""The list and a detail page take a fixed number of queries, whatever the number of documents.

Both the queries on the legal documents' own tables and the page's total (site, page, settings, menus,
notices, visit counter included) are asserted exactly, after one warming request and a cleared cache.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

# the index page itself, the four taxonomies, the count, the rows, their fields, and six facet counts
LIST_QUERIES = 14
# the index page; the document with its type, issuer and signer; its fields; attachments; relations both ways
DETAIL_QUERIES = 6
LIST_TOTAL_QUERIES = 27
DETAIL_TOTAL_QUERIES = 19


def measure(client, url):
    assert client.get(url).status_code == 200  # warm, as on a running portal
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    own = [query for query in queries.captured_queries if "legal_docs_" in query["sql"]]
    return len(own), len(queries)


def test_list_query_count_does_not_grow_with_documents(client, make_document):
    own, total = measure(client, "/van-ban/")
    assert (own, total) == (LIST_QUERIES, LIST_TOTAL_QUERIES)
    for number in range(25):
        make_document(f"{700 + number}/QĐ-TN", fields=["field_a", "field_b"], signer="signer")
    assert measure(client, "/van-ban/") == (own, total)


def test_filtered_list_query_count(client):
    url = "/van-ban/?loai=nghi-dinh&linh_vuc=cong-nghe-thong-tin&q=thong+tin&nam=2026&tinh_trang=con-hieu-luc"
    assert measure(client, url) == (LIST_QUERIES, LIST_TOTAL_QUERIES)
    assert measure(client, "/van-ban/?q=quyet+dinh&trang=2")[0] == LIST_QUERIES


def test_detail_query_count(client, make_document):
    assert measure(client, "/van-ban/218-2025-qd-ubnd/") == (DETAIL_QUERIES, DETAIL_TOTAL_QUERIES)
    target = make_document("750/QĐ-TN")
    for number in range(10):
        make_document(f"{760 + number}/QĐ-TN", relations=[("can-cu", target)])
    assert measure(client, f"/van-ban/{target.slug}/") == (DETAIL_QUERIES, DETAIL_TOTAL_QUERIES)
