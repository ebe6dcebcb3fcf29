"""The PostgreSQL search index, written in bulk by one statement per batch.

modelsearch's `PostgresIndex.add_items` builds a Django expression tree per field and object and a VALUES
list the size of the batch: for the legal documents' import (thousands of objects) that costs more than
the rest of the import together. `VietnamesePostgresIndex.add_items` writes the same rows into the same
table — title, autocomplete and body vectors with the same weights and text search configurations, the
same plain texts, `title_norm` 1.0 then refreshed — by one `INSERT … SELECT FROM unnest(arrays) … ON
CONFLICT`. The texts and weights come from modelsearch's own `ObjectIndexer.prepare_field`, so what is
indexed is decided by modelsearch. When the objects of a batch do not give the same list of fields (a
related object missing on some of them), it falls back to modelsearch's own `add_items`.
tests/search/test_postgres_bulk_index.py checks that both write the same rows.
"""

import re

from modelsearch.backends.database.postgres.postgres import IndexEntry, ObjectIndexer, PostgresIndex
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.utils import get_content_type_pk

_CONFIG_NAME = re.compile(r"[A-Za-z0-9_.]+")
_WEIGHTS = ("A", "B", "C", "D")


def index_texts(indexer, obj):
    """[(column, weight, text)] of `obj`, in modelsearch's order: what `ObjectIndexer` puts in the title,
    body and autocomplete vectors (a search field named "title" goes to the title, the others to the
    body)."""
    texts = []
    for search_field in indexer.search_fields:
        for field, weight, value in indexer.prepare_field(obj, search_field):
            if isinstance(field, SearchField):
                texts.append(("title" if field.field_name == "title" else "body", weight, value.strip()))
            elif isinstance(field, AutocompleteField):
                texts.append(("autocomplete", weight, value.strip()))
    return texts


def weighted_vector_sql(slots, config):
    """The SQL of the weighted vector `ObjectIndexer.as_vector` builds, from the given (column, weight)
    slots. An empty text gives an empty vector, which changes nothing when concatenated (as_vector leaves
    it out)."""
    if config and not _CONFIG_NAME.fullmatch(str(config)):
        raise ValueError(f"unexpected search configuration {config!r}")
    prefix = f"'{config}'::regconfig, " if config else ""
    parts = []
    for column, weight in slots:
        if weight not in _WEIGHTS:
            raise ValueError(f"unexpected search weight {weight!r}")
        parts.append(f"setweight(to_tsvector({prefix}COALESCE({column}, '')), '{weight}')")
    return " || ".join(parts) or "to_tsvector('')"


class VietnamesePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        if not model.get_search_fields() or not objs:
            return
        rows = [index_texts(ObjectIndexer(obj, self.backend), obj) for obj in objs]
        shape = [(column, weight) for column, weight, _text in rows[0]]
        if any([(column, weight) for column, weight, _text in row] != shape for row in rows[1:]):
            super().add_items(model, objs)
            return
        self._insert(model, objs, shape, [[text for _column, _weight, text in row] for row in rows])
        self._refresh_title_norms()

    def _insert(self, model, objs, shape, texts):
        """One INSERT … SELECT FROM unnest(…): a text array per slot of `shape`, plus the ids and the plain
        title and body texts, each with one element per object."""
        slots = [f"t{number}" for number in range(len(shape))]

        def vector(column, config):
            chosen = [
                (f"u.{slot}", weight)
                for slot, (kind, weight) in zip(slots, shape, strict=True)
                if kind == column
            ]
            return weighted_vector_sql(chosen, config)

        def plain(column):
            return [
                " ".join(
                    text for text, (kind, _weight) in zip(row, shape, strict=True) if kind == column and text
                )
                for row in texts
            ]

        arrays = [
            [str(obj.pk) for obj in objs],
            *map(list, zip(*texts, strict=True)),
            plain("title"),
            plain("body"),
        ]
        unnest = ", ".join(["%s::text[]"] * len(arrays))
        config = self.backend.config
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {IndexEntry._meta.db_table} (content_type_id, object_id, title, autocomplete,"
                f" body, title_norm, title_text, body_text)"
                f" SELECT %s, u.oid, {vector('title', config)},"
                f" {vector('autocomplete', self.backend.autocomplete_config)},"
                f" {vector('body', config)}, 1.0, u.title_text, u.body_text"
                f" FROM unnest({unnest}) AS u(oid, {', '.join([*slots, 'title_text', 'body_text'])})"
                " ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title,"
                " title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body,"
                " title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
                [get_content_type_pk(model), *arrays],
            )
