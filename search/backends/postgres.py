"""PostgreSQL's backend with boosts inside a query (imported on PostgreSQL only).

modelsearch's PostgreSQL compiler already multiplies a `Boost` sub-query's rank by its factor, but warns on
every query because tsquery itself has no weights. The portal boosts the exact-spelling key of each
accented query word (see `search.query`), so the boost only touches the ranking and the warning is noise.
"""

from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend, PostgresSearchQueryCompiler
from modelsearch.query import Boost


class VietnamesePostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, Boost):
            return self.build_tsquery_content(query.subquery, config=config, invert=invert)
        return super().build_tsquery_content(query, config=config, invert=invert)


class VietnamesePostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = VietnamesePostgresSearchQueryCompiler
    supports_query_boost = True
