"""Elasticsearch 8: the index settings and mapping the portal sends, and (when a server is configured with
SEARCH_TEST_ELASTICSEARCH_URL) the whole behaviour table run against that server."""

import uuid

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation
from wagtail.search.backends import get_search_backend

from search.backends.elasticsearch8 import VietnameseElasticsearch8SearchBackend
from search.service import search_pages
from sections.models import NewsPage

from .cases import CASES, check

FOLDING_ANALYZER = {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "vi_folding"]}


def make_backend(url="http://127.0.0.1:9", prefix="duongkinh_test_"):
    return VietnameseElasticsearch8SearchBackend({"URLS": [url], "INDEX_PREFIX": prefix, "TIMEOUT": 5})


def test_default_analyzer_folds_vietnamese_and_keeps_the_original():
    analysis = make_backend().settings["settings"]["analysis"]
    assert analysis["filter"]["vi_folding"] == {"type": "asciifolding", "preserve_original": True}
    assert analysis["analyzer"]["default"] == FOLDING_ANALYZER
    assert analysis["analyzer"]["default_search"] == FOLDING_ANALYZER
    # Wagtail's own analyzers (autocomplete) are still there.
    assert {"ngram_analyzer", "edgengram_analyzer"} <= set(analysis["analyzer"])


def test_project_index_settings_override_ours():
    backend = VietnameseElasticsearch8SearchBackend(
        {"URLS": ["http://127.0.0.1:9"], "INDEX_SETTINGS": {"settings": {"index": {"number_of_shards": 3}}}}
    )
    assert backend.settings["settings"]["index"]["number_of_shards"] == 3
    assert backend.settings["settings"]["analysis"]["analyzer"]["default"] == FOLDING_ANALYZER


def test_index_creation_and_mapping_sent_to_elasticsearch(monkeypatch):
    backend = make_backend()
    sent = {}
    monkeypatch.setattr(backend.es.indices, "create", lambda **kwargs: sent.setdefault("create", kwargs))
    monkeypatch.setattr(
        backend.es.indices, "put_mapping", lambda **kwargs: sent.setdefault("mapping", kwargs)
    )
    index = backend.get_index_for_model(NewsPage)
    index.put()
    index.add_model(NewsPage)

    assert sent["create"]["index"] == index.name and index.name.startswith("duongkinh_test_")
    assert sent["create"]["settings"]["analysis"]["analyzer"]["default"] == FOLDING_ANALYZER
    properties = sent["mapping"]["properties"]
    assert properties["_all_text"] == {"type": "text"}
    text_fields = {name: field for name, field in properties.items() if field.get("type") == "text"}
    title = next(field for name, field in text_fields.items() if name.endswith("title"))
    # Full-text fields name no analyzer, so the index's default (folding) analyzer applies to them.
    assert "analyzer" not in title
    assert any(name.endswith("search_body_keys") for name in properties)


def test_document_sent_for_a_page_carries_the_folded_keys(search_pages_fixture):
    backend = make_backend()
    mapping = backend.mapping_class(NewsPage)
    document = mapping.get_document(search_pages_fixture["decision"])
    keys = next(value for name, value in document.items() if name.endswith("search_body_keys"))
    assert "987 2031 qd ubnd" in keys


es_server = pytest.mark.skipif(
    not settings.SEARCH_TEST_ELASTICSEARCH_URL,
    reason="Set SEARCH_TEST_ELASTICSEARCH_URL to an Elasticsearch 8 server to run the behaviour table on it.",
)


@pytest.fixture
def elasticsearch_settings():
    prefix = f"duongkinh_test_{uuid.uuid4().hex[:8]}_"
    backends = {
        "default": {
            "BACKEND": "search.backends.elasticsearch8",
            "URLS": [settings.SEARCH_TEST_ELASTICSEARCH_URL],
            "INDEX_PREFIX": prefix,
        }
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield backends
        backend = get_search_backend()
        backend.es.indices.delete(index=f"{prefix}*", ignore_unavailable=True)


@es_server
def test_elasticsearch_analyzer_folds_d_with_stroke(elasticsearch_settings, search_pages_fixture):
    call_command("update_index", backend_name="default", verbosity=0)
    backend = get_search_backend()
    index = backend.get_index_for_model(NewsPage)
    tokens = {
        token["token"] for token in backend.es.indices.analyze(index=index.name, text="Đảng ủy bán")["tokens"]
    }
    assert {"đảng", "dang", "ủy", "uy", "bán", "ban"} <= tokens


@es_server
def test_behaviour_table_on_elasticsearch(elasticsearch_settings, search_pages_fixture):
    call_command("update_index", backend_name="default", verbosity=0)
    get_search_backend().es.indices.refresh(index="_all")
    problems = []
    for case in CASES:
        with translation.override("vi"):
            outcome = search_pages({"q": case[0]})
        assert not outcome.fell_back, "Elasticsearch did not answer"
        problem = check(case, [result.page.title for result in outcome.results])
        if problem:
            problems.append(problem)
    assert problems == []
