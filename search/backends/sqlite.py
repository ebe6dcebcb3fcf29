"""SQLite's FTS5 backend with a ranking that works for combined queries (imported on SQLite only).

modelsearch ranks a combined query (`And`/`Or`) by multiplying `1 + bm25()` of its parts, but FTS5's
bm25() is negative (lower is better), so the product turns the best matches into the worst. FTS5 already
scores the whole MATCH expression and the whole row in one bm25() call, so this backend ranks by that
call alone, weighting the title column above the body.
"""

from django.db.models import FloatField, Func
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)

#: bm25() weights of the FTS5 columns, in the order modelsearch creates them: autocomplete, body, title.
FTS_COLUMN_WEIGHTS = (1.0, 1.0, 4.0)


class WeightedBM25(Func):
    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra_context):
        weights = ", ".join(str(weight) for weight in FTS_COLUMN_WEIGHTS)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class VietnameseSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        # modelsearch adds bm25() once per vector, the title's multiplied by the title-length norm; but
        # bm25() scores the whole row, so that norm would lift short titles whatever column matched.
        return WeightedBM25()


class VietnameseSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = VietnameseSQLiteSearchQueryCompiler
