"""PostgreSQL's backend, tuned for the portal's queries and for a large index (imported on PostgreSQL only).

Boosts: modelsearch's compiler already multiplies a `Boost` sub-query's rank by its factor, but warns on
every query because tsquery itself has no weights. The portal boosts the exact-spelling key of each
accented query word (see `search.query`), so the boost only touches the ranking and the warning is noise.

Speed (see docs/search.md, "Performance"): modelsearch matches `title || body @@ query`, an expression no
index covers, so every search reads every index entry; and it ranks every match before taking a page of
them, so a common word ranks the whole index. Here:

* a match is `body @@ query OR title @@ query`, which the GIN indexes on both columns answer (every page
  indexes a folded copy of its title in its body, see `core.search_index`, so this finds the same items);
* the ranking (`ts_rank`, modelsearch's own expression) runs over a bounded candidate set only: the
  `CANDIDATES` newest items (highest primary key) whose title matches plus the `CANDIDATES` newest items
  that match at all. When fewer items match, that is every match and the order is exactly
  modelsearch's; when more do, the best of those candidates come first. The requested slice is then
  fetched by primary key.
* the candidates are read from the index entries alone, never by joining pages to entries (PostgreSQL then
  either walks every page looking its entry up, slow for a word in a few per cent of the pages, or hashes
  every page). The entries are ordered by their object id read as a number (`object_number`, indexed by
  search/migrations/0004), which for pages is their creation order across page types, however they were
  indexed. The title matches are one LIMITed query. The matches anywhere are read newest first in bands
  of object ids (`FIRST_BAND`, growing by `BAND_GROWTH`, see `newest_entries`): a common word
  fills its quota within the first band; once a band comes back short, the next ones are read from the GIN
  indexes, so no band costs more than the matches it holds. The items found are kept if the searched
  queryset (live, public, in the language, the chosen filters) holds them: one lookup by primary key.
"""

import functools
import math

from django.db.models import Case, F, FloatField, Max, Min, Q, Value, When
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.index import SearchField
from modelsearch.query import And, Boost, Not, Or, Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Page, get_page_models

from core.search_index import TITLE_KEYS_FIELD

from .object_number import ObjectNumber
from .postgres_index import VietnamesePostgresIndex

#: How many matches of each kind (title, anywhere) are ranked at most.
CANDIDATES = 300
#: How many object ids (newest first) the first band of a candidate search covers.
FIRST_BAND = 10_000
#: How much larger each next band is than the last.
BAND_GROWTH = 4
#: At most this many entries are read before checking which of them the queryset holds.
MAX_BATCH = 5000
#: After this many band queries the search falls back to one query joining pages to their entries (a
#: filter that keeps very few pages, searched for a common word).
MAX_ROUNDS = 10
_RANKABLE = (And, Boost, Not, Or, Phrase, PlainText)


@functools.cache
def title_indexed_in_body(model):
    """Whether every item `model` searches indexes its title's words in its body too (the portal's pages
    through `search_title_keys`; models without a title field trivially): only then is `body @@ q OR
    title @@ q` the same match as `title || body @@ q`. Other models (images, the admin's snippets, …) keep
    modelsearch's own search."""
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

    def _entries(self):
        return IndexEntry._default_manager.filter(
            content_type_id__in=get_descendants_content_types_pks(self.queryset.model)
        )

    def _entry_bounds(self):
        if "_entry_bounds_cache" not in self.__dict__:
            number = ObjectNumber("object_id")
            self._entry_bounds_cache = self._entries().aggregate(newest=Max(number), oldest=Min(number))
        return self._entry_bounds_cache

    def _kept(self, items):
        """The (pk, rank) items whose pk the searched queryset holds, in their order."""
        kept = set(
            self.queryset.filter(pk__in=[pk for pk, _rank in items]).order_by().values_list("pk", flat=True)
        )
        return [item for item in items if item[0] in kept]

    def newest_title_matches(self, config, limit):
        """[(pk, rank)] of the `limit` newest items whose title matches. Titles are short and
        PostgreSQL knows how often each word is in them, so one LIMITed query on the entries is enough."""
        rows = self.entry_matches(config, title_only=True).values_list("object_number", "_rank_")[:limit]
        return self._kept(list(rows))

    def newest_entries(self, config, limit):
        """[(pk, rank)] of the `limit` newest matches that the queryset holds, newest first, read band by
        band from the highest object id down (see the module docstring)."""
        entries = self.entry_matches(config)
        bounds = self._entry_bounds()
        if bounds["newest"] is None:
            return []
        found, kept_share, band_queries = [], 1.0, 0  # kept_share: how many read items the queryset held
        # Once a band held fewer matches than wanted, the words are rare: the next bands are read from the
        # GIN indexes (ordered by an expression, so that PostgreSQL cannot walk the band instead).
        sparse = False
        upper, size = bounds["newest"] + 1, FIRST_BAND
        while len(found) < limit and upper > bounds["oldest"]:
            wanted = min(MAX_BATCH, math.ceil((limit - len(found)) / max(kept_share, 0.05)))
            read = []
            while len(read) < wanted and upper > bounds["oldest"]:
                if band_queries == MAX_ROUNDS:
                    return self._ranked(self.matching(config), config, limit)
                band_queries += 1
                batch = wanted - len(read)
                band = entries.filter(object_number__lt=upper, object_number__gte=upper - size)
                if sparse:
                    band = band.order_by((F("object_number") + 0).desc())
                rows = list(band.values_list("object_number", "_rank_")[:batch])
                if len(rows) == batch:
                    upper = rows[-1][0]  # the band holds more: go on below its last entry read
                else:
                    upper, size, sparse = upper - size, size * BAND_GROWTH, True
                read.extend(rows)
            if read:
                kept = self._kept(read)
                found.extend(kept)
                kept_share = len(kept) / len(read)
        return found[:limit]

    def entry_matches(self, config, *, title_only=False):
        """The index entries that match (anywhere, or in the title), newest first, each with modelsearch's
        own rank computed on the entry itself."""
        search_query = self.build_tsquery(self.query, config=config)
        match = Q(title=search_query) if title_only else Q(body=search_query) | Q(title=search_query)
        rank = self._build_rank_expression([(F("title"), F("title_norm")), (F("body"), 1.0)], config)
        return (
            self._entries()
            .annotate(object_number=ObjectNumber("object_id"), _rank_=rank)
            .filter(match)
            .order_by("-object_number")
        )

    def newest_matches(self, config, limit):
        """[(pk, rank)] of the `limit` newest matches. Remembered: the search page counts
        with it (up to its cap) and then ranks with it, so the index is read once for both."""
        cache = self.__dict__.setdefault("_newest_matches", {})
        if not any(size >= limit for size in cache):
            cache[limit] = self.newest_entries(config, limit)
        size = min(size for size in cache if size >= limit)
        return cache[size][:limit]

    def search(self, config, start, stop, score_field=None, backend=None):
        if not self._uses_index_columns():
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        if not self.order_by_relevance:
            order = self.queryset.query.order_by or ["-pk"]
            return self.matching(config).order_by(*order)[start:stop]
        chosen, ranks = self.ranked_slice(config, start, stop)
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

    def every_match_read(self):
        """Whether `newest_matches` has read every match the queryset holds (it found fewer than asked)."""
        return any(len(found) < size for size, found in self.__dict__.get("_newest_matches", {}).items())

    def ranked_slice(self, config, start, stop):
        """The primary keys of the requested slice of the best candidates, best first, and their ranks:
        the newest title matches and the newest matches anywhere, each with modelsearch's own rank. When
        the newest matches are every match, the title matches are among them (with the same rank, from
        the same expression on the same entries), so they are not read again."""
        newest = self.newest_matches(config, self.candidates)
        ranks = {} if self.every_match_read() else dict(self.newest_title_matches(config, self.candidates))
        ranks.update(newest)
        return sorted(ranks, key=lambda pk: (-ranks[pk], -pk))[start:stop], ranks


class VietnamesePostgresSearchResults(PostgresSearchResults):
    def _is_tuned(self):
        """The admin's autocomplete (its page search) uses modelsearch's own compiler, which these results
        count and fetch as modelsearch does."""
        return isinstance(self.query_compiler, VietnamesePostgresSearchQueryCompiler)

    def _do_search(self):
        """The ranked slice, fetched by primary key and put in order here rather than by a CASE in SQL."""
        compiler = self.query_compiler
        if not (self._is_tuned() and compiler.order_by_relevance and compiler._uses_index_columns()):
            return super()._do_search()
        chosen, ranks = compiler.ranked_slice(compiler.get_config(self.backend), self.start, self.stop)
        by_pk = {item.pk: item for item in compiler.queryset.filter(pk__in=chosen).order_by()}
        items = [by_pk[pk] for pk in chosen if pk in by_pk]
        if self._score_field is not None:
            for item in items:
                setattr(item, self._score_field, float(ranks[item.pk]))
        return items

    def _do_count(self):
        if not self._is_tuned():
            return super()._do_count()
        return self.query_compiler.matching(self.query_compiler.get_config(self.backend)).count()


class VietnamesePostgresSearchBackend(PostgresSearchBackend):
    index_class = VietnamesePostgresIndex  # bulk writes in one statement (the legal documents' import)
    query_compiler_class = VietnamesePostgresSearchQueryCompiler
    results_class = VietnamesePostgresSearchResults
    supports_query_boost = True
