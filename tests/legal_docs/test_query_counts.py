"""The list and a detail page take a fixed number of queries, whatever the number of documents.

The page's frame (site, page, settings, menus, notices, visit counter) belongs to other apps and its count
depends on what earlier requests cached, so the exact numbers asserted here are the queries on the legal
documents' own tables; the total is asserted not to grow with the number of documents.
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


def measure(client, url):
    assert client.get(url).status_code == 200  # warm, as on a running portal
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    own = [query for query in queries.captured_queries if "legal_docs_" in query["sql"]]
    return len(own), len(queries)


def test_list_query_count_does_not_grow_with_documents(client, make_document):
    own, total = measure(client, "/van-ban/")
    assert own == LIST_QUERIES
    for number in range(25):
        make_document(f"{700 + number}/QĐ-TN", fields=["field_a", "field_b"], signer="signer")
    assert measure(client, "/van-ban/") == (own, total)


def test_filtered_list_query_count(client):
    url = "/van-ban/?loai=nghi-dinh&linh_vuc=cong-nghe-thong-tin&q=thong+tin&nam=2026&tinh_trang=con-hieu-luc"
    own, total = measure(client, url)
    assert own == LIST_QUERIES
    assert measure(client, "/van-ban/?q=quyet+dinh&trang=2")[0] == LIST_QUERIES


def test_detail_query_count(client, make_document):
    own, total = measure(client, "/van-ban/218-2025-qd-ubnd/")
    assert own == DETAIL_QUERIES
    target = make_document("750/QĐ-TN")
    for number in range(10):
        make_document(f"{760 + number}/QĐ-TN", relations=[("can-cu", target)])
    assert measure(client, f"/van-ban/{target.slug}/")[0] == DETAIL_QUERIES
