"""Inserting many rows through PostgreSQL's COPY: `bulk_create` without its cost per value.

On PostgreSQL, Django's `bulk_create` sends each column as an array (`INSERT … SELECT * FROM UNNEST(…)`),
and psycopg writes those arrays into the statement in Python, escaping every quote of every value with a
regular expression: for JSON columns (a revision's content, a log entry's data) that was most of an
import's time. `copy_create` sends the same values, prepared by their fields as `bulk_create` prepares
them (`pre_save`, `get_db_prep_save`), through COPY, which psycopg formats in C. The primary keys are
taken from the table's sequence first, in one query, so the objects come back with them as from
`bulk_create`. No signal is sent, as with `bulk_create`. Other databases (SQLite: the tests, small sites)
use `bulk_create` itself.
"""

from django.db import connections, router

CHUNK = 5000  # rows per sequence query and COPY


def copy_create(model, objects, using=None):
    """Insert `objects` (unsaved instances of `model`, a single-table model with an automatic primary key);
    they come back with their primary keys. Returns the list."""
    objects = list(objects)
    using = using or router.db_for_write(model)
    connection = connections[using]
    if not objects:
        return objects
    if connection.vendor != "postgresql":
        return model._default_manager.using(using).bulk_create(objects)
    meta = model._meta
    pk = meta.pk
    fields = [field for field in meta.concrete_fields if field is not pk]
    quote = connection.ops.quote_name
    table = quote(meta.db_table)
    columns = ", ".join(quote(column) for column in [pk.column, *(field.column for field in fields)])
    with connection.cursor() as cursor:
        for start in range(0, len(objects), CHUNK):
            chunk = objects[start : start + CHUNK]
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [meta.db_table, pk.column, len(chunk)],
            )
            for instance, (pk_value,) in zip(chunk, cursor.fetchall(), strict=True):
                instance.pk = pk_value
            # The raw cursor's COPY, with Django's wrapper of its errors (an IntegrityError stays one).
            with (
                connection.wrap_database_errors,
                cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
            ):
                for instance in chunk:
                    # As bulk_create: a related object saved after it was assigned gives its key now.
                    instance._prepare_related_fields_for_save(operation_name="copy_create")
                    copy.write_row(
                        [instance.pk]
                        + [
                            field.get_db_prep_save(field.pre_save(instance, True), connection)
                            for field in fields
                        ]
                    )
    for instance in objects:
        instance._state.adding = False
        instance._state.db = using
    return objects
