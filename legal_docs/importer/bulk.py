"""Set-based updates of many rows: one UPDATE per chunk of rows, whatever the number of columns.

Django's `bulk_update` builds a `CASE WHEN pk = … THEN …` expression per column and row: for thousands of
documents and twenty columns that is hundreds of thousands of expression objects, resolved and compiled in
Python, and a statement PostgreSQL evaluates row by row. On PostgreSQL, `update_rows` sends instead

    UPDATE legal_docs_legaldocument AS t SET c1 = v.c1, …
    FROM (VALUES (%s::integer, %s::date, …), …) AS v (id, c1, …) WHERE t.id = v.id

with each value prepared by its field (`get_db_prep_save`), exactly as `bulk_update` would store it. Other
databases (SQLite: the tests, small imports) use `bulk_update`.

`set_for_ids` is the other set-based form: the same values (or expressions of the row, `F(…)`) for every
row of a list of ids, one UPDATE per chunk of ids.
"""

from django.db import connection

from .children import BATCH_SIZE, LOOKUP_CHUNK, chunked

MAX_PARAMETERS = 60_000  # PostgreSQL takes at most 65,535 parameters in a statement


def update_rows(model, objects, names, batch_size=BATCH_SIZE):
    """Store the attributes `names` (field names; a foreign key by its name) of `objects`, by primary key.
    Returns the number of rows updated."""
    objects = list(objects)
    if not objects or not names:
        return 0
    if connection.vendor != "postgresql":
        return model.objects.bulk_update(objects, names, batch_size=batch_size)
    meta = model._meta
    pk = meta.pk
    fields = [meta.get_field(name) for name in names]
    columns = [pk.column] + [field.column for field in fields]
    types = [pk.rel_db_type(connection) if pk.is_relation else pk.db_type(connection)] + [
        field.rel_db_type(connection) if field.is_relation else field.db_type(connection) for field in fields
    ]
    # An auto field's type in a cast is its column type ("integer", not "serial").
    types = [_cast_type(type_) for type_ in types]
    placeholder = "(" + ", ".join(f"%s::{type_}" for type_ in types) + ")"
    quote = connection.ops.quote_name
    table = quote(meta.db_table)
    assignments = ", ".join(f"{quote(column)} = v.{quote(column)}" for column in columns[1:])
    updated = 0
    with connection.cursor() as cursor:
        for chunk in chunked(objects, max(1, MAX_PARAMETERS // len(columns))):
            params = []
            for instance in chunk:
                params.append(pk.get_db_prep_save(instance.pk, connection))
                for field in fields:
                    params.append(field.get_db_prep_save(getattr(instance, field.attname), connection))
            values = ", ".join([placeholder] * len(chunk))
            cursor.execute(
                f"UPDATE {table} AS t SET {assignments} FROM (VALUES {values}) "
                f"AS v ({', '.join(quote(column) for column in columns)}) "
                f"WHERE t.{quote(pk.column)} = v.{quote(pk.column)}",
                params,
            )
            updated += cursor.rowcount
    return updated


def _cast_type(type_):
    return {"serial": "integer", "bigserial": "bigint", "smallserial": "smallint"}.get(type_, type_)


def set_for_ids(model, ids, **values):
    """UPDATE the rows `ids` with `values` (constants or expressions such as `F("latest_revision")`),
    one statement per chunk of ids. Returns the number of rows updated."""
    ids = sorted(ids)
    return sum(model.objects.filter(pk__in=chunk).update(**values) for chunk in chunked(ids, LOOKUP_CHUNK))
