"""The search index entries' object id as a number, the expression `search/migrations/0004` indexes.

Kept in one place: PostgreSQL uses an expression index only for a query that spells the same expression.
Importable on every database (the migration imports it); only PostgreSQL's backend queries with it.
"""

from django.db.models import BigIntegerField, Func

INDEX_NAME = "search_indexentry_object_number"
OBJECT_NUMBER_SQL = "(CASE WHEN {column} ~ '^[0-9]{{1,18}}$' THEN ({column})::bigint END)"


class ObjectNumber(Func):
    """`object_id` as a bigint, NULL where it is not a plain number."""

    output_field = BigIntegerField()

    def as_sql(self, compiler, connection, **extra_context):
        column, params = compiler.compile(self.source_expressions[0])
        return OBJECT_NUMBER_SQL.format(column=column), params
