"""PostgreSQL's backend, tuned for the portal's queries and for a large index (imported on PostgreSQL only).

Boosts: modelsearch's compiler already multiplies a `Boost` sub-query's rank by its factor, but warns on
every query because tsquery itself has no weights. The portal boosts the exact-spelling key of each
accented query word (see `search.query`), so the boost only touches the ranking and the warning is noise.

Speed (see docs/search.md, "Performance"): modelsearch matches `title || body @@ query`, an expression no
index covers, so every search reads every index entry; and it ranks every match before taking a page of
them, so a common word ranks the whole index. Here:

* a match is `body @@ query OR title @@ query`, which the GIN indexes on both columns answer (every page
  indexes a folded copy of its title in its body, see `search.indexing`, so this finds the same items);
* the ranking (`ts_rank`, modelsearch's own expression) runs over a bounded candidate set only: the
  `CANDIDATES` most recent items whose title matches plus the `CANDIDATES` most recent items that match at
  all (each a LIMITed query that PostgreSQL answers by walking the primary key backwards and stopping
  early, or from the GIN index for rare words). When fewer items match, that is every match and the order
  is exactly modelsearch's; when more do, the best of those candidates come first. The requested slice is
  then fetched by primary key.
"""

import functools

from django.db.models import Case, FloatField, Q, Value, When
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.index import SearchField
from modelsearch.query import And, Boost, Not, Or, Phrase, PlainText

from ..indexing import TITLE_KEYS_FIELD

#: How many matches of each kind (title, anywhere) are ranked at most.
CANDIDATES = 300
_RANKABLE = (And, Boost, Not, Or, Phrase, PlainText)


@functools.cache
def title_indexed_in_body(model):
    """Whether every item `model` searches indexes its title's words in its body too (the portal's pages
    through `search_title_keys`; models without a title field trivially): only then is `body @@ q OR
    title @@ q` the same match as `title || body @@ q`. Other models (images, the admin's snippets, …) keep
    modelsearch's own search."""
    from wagtail.models import Page, get_page_models

    models = (
        [page_model for page_model in get_page_models() if page_model is not Page]
        if model is Page
        else [model]
    )
    for item_model in models:
        names = {
            field.field_name for field in item_model.get_search_fields() if isinstance(field, SearchField)
        }
        if "title" in names and TITLE_KEYS_FIELD not in names:
            return False
    return True


class VietnamesePostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    candidates = CANDIDATES

    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, Boost):
            return self.build_tsquery_content(query.subquery, config=config, invert=invert)
        return super().build_tsquery_content(query, config=config, invert=invert)

    def _uses_index_columns(self):
        return (
            self.fields is None
            and isinstance(self.query, _RANKABLE)
            and title_indexed_in_body(self.queryset.model)
        )

    def matching(self, config):
        """Every match, unordered: `body @@ q OR title @@ q` on the index entries (GIN indexes)."""
        if not self._uses_index_columns():
            return self.search(config, None, None).order_by()
        search_query = self.build_tsquery(self.query, config=config)
        return self.queryset.filter(
            Q(index_entries__body=search_query) | Q(index_entries__title=search_query)
        ).order_by()

    def _ranked(self, queryset, config, limit):
        search_query = self.build_tsquery(self.query, config=config)
        rank_expression = self._build_rank_expression(self.get_index_vectors(search_query), config)
        rows = queryset.order_by("-pk").annotate(_rank_=rank_expression).values_list("pk", "_rank_")
        return list(rows[:limit])

    def newest_matches(self, config, limit):
        """[(pk, rank)] of the `limit` newest matches, newest first. Remembered: the search page counts
        with it (up to its cap) and then ranks with it, so the index is read once for both."""
        cache = self.__dict__.setdefault("_newest_matches", {})
        if not any(size >= limit for size in cache):
            cache[limit] = self._ranked(self.matching(config), config, limit)
        size = min(size for size in cache if size >= limit)
        return cache[size][:limit]

    def search(self, config, start, stop, score_field=None, backend=None):
        if not self._uses_index_columns():
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        if not self.order_by_relevance:
            order = self.queryset.query.order_by or ["-pk"]
            return self.matching(config).order_by(*order)[start:stop]
        # The candidates: the newest title matches and the newest matches anywhere, each an early-stopping
        # LIMITed query that also returns modelsearch's own rank of each; then the best of them.
        ranks = dict(
            self._ranked(self.queryset.filter(index_entries__title=search_query), config, self.candidates)
        )
        ranks.update(self.newest_matches(config, self.candidates))
        chosen = sorted(ranks, key=lambda pk: (-ranks[pk], -pk))[start:stop]
        position = Case(
            *(When(pk=pk, then=Value(index)) for index, pk in enumerate(chosen)), default=Value(0)
        )
        queryset = self.queryset.filter(pk__in=chosen).order_by(position)
        if score_field is not None:
            scores = Case(
                *(When(pk=pk, then=Value(float(ranks[pk]))) for pk in chosen),
                default=Value(0.0),
                output_field=FloatField(),
            )
            queryset = queryset.annotate(**{score_field: scores})
        return queryset


class VietnamesePostgresSearchResults(PostgresSearchResults):
    def _do_count(self):
        return self.query_compiler.matching(self.query_compiler.get_config(self.backend)).count()


class VietnamesePostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = VietnamesePostgresSearchQueryCompiler
    results_class = VietnamesePostgresSearchResults
    supports_query_boost = True
