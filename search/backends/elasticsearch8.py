"""Elasticsearch 8 with a default analyzer that folds Vietnamese and keeps the original token.

Wagtail's default index settings analyse full-text fields with Elasticsearch's `standard` analyzer, which
keeps "đ" and every diacritic. Overriding the index's `default` analyzer changes every text field (and the
`_all_text` catch-all) without touching modelsearch's mapping: "bán" is indexed as "bán" and "ban", so a
query without diacritics finds it and a query with them scores it above pages that only have "ban".
"""

from copy import deepcopy

from modelsearch.utils import deep_update
from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

VIETNAMESE_ANALYSIS = {
    "settings": {
        "analysis": {
            "filter": {
                "vi_folding": {"type": "asciifolding", "preserve_original": True},
            },
            "analyzer": {
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "vi_folding"],
                },
                "default_search": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "vi_folding"],
                },
            },
        }
    }
}


class VietnameseElasticsearch8SearchBackend(Elasticsearch8SearchBackend):
    vietnamese_analyzer = True

    def __init__(self, params):
        params = dict(params)
        params["INDEX_SETTINGS"] = deep_update(
            deepcopy(VIETNAMESE_ANALYSIS), params.get("INDEX_SETTINGS", {})
        )
        super().__init__(params)


SearchBackend = VietnameseElasticsearch8SearchBackend
