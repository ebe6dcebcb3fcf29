"""The unfiltered /van-ban/ list keeps its facet counts in the cache until a document or taxonomy changes
(on a library shaped like the ward's)."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from legal_docs.models import DocumentType, ValidityStatus, refresh_validity

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("legal_library")]


def listing(client, url="/van-ban/"):
    """(total shown, the list's own queries, {facet: {value: count}}) of one request."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    own = [query for query in queries.captured_queries if "legal_docs_" in query["sql"]]
    counts = {
        param: {option.value: option.count for option in options}
        for param, _label, options in response.context["facet_groups"]
    }
    return response.context["documents"].paginator.count, len(own), counts


def test_the_warm_unfiltered_list_does_not_count_again(client):
    cache.clear()
    total, cold, counts = listing(client)
    assert listing(client) == (total, cold - 1, counts)
    # A filtered list always counts: its facets depend on the filters.
    assert listing(client, "/van-ban/?nam=2025")[1] == cold


def test_a_published_document_is_counted_at_once(client, make_document):
    total, _queries, counts = listing(client)
    make_document("901/QĐ-TN", type="quyet_dinh")
    after_total, _queries, after = listing(client)
    assert after_total == total + 1
    assert sum(after["loai"].values()) == sum(counts["loai"].values()) + 1


def test_an_unpublished_document_leaves_the_counts(client, make_document):
    document = make_document("902/QĐ-TN")
    total, *_ = listing(client)
    document.unpublish()
    assert listing(client)[0] == total - 1


def test_a_renamed_document_type_shows_its_new_name_in_the_facet(client, make_document):
    document = make_document("903/QĐ-TN")
    listing(client)
    kind = DocumentType.objects.get(pk=document.document_type_id)
    kind.name = "Quyết định (đổi tên)"
    kind.save()
    groups = dict(
        (param, options) for param, _label, options in client.get("/van-ban/").context["facet_groups"]
    )
    assert {option.label for option in groups["loai"] if option.value == kind.slug} == {kind.name}


def test_the_daily_validity_refresh_moves_the_status_counts(client, make_document):
    make_document("904/QĐ-TN", effective_on=datetime.date(2024, 6, 1), expires_on=datetime.date(2099, 1, 1))
    _total, _queries, before = listing(client)
    assert refresh_validity(today=datetime.date(2099, 1, 2)) >= 1
    _total, _queries, after = listing(client)
    expired = ValidityStatus.EXPIRED.value
    assert after["tinh_trang"][expired] > before["tinh_trang"][expired]
