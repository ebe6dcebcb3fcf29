"""Writing many rows through PostgreSQL's COPY: `bulk_create` and `bulk_update` without their cost per value.

On PostgreSQL, Django's `bulk_create` sends each column as an array (`INSERT … SELECT * FROM UNNEST(…)`), and
`bulk_update` a `CASE WHEN pk = … THEN …` per column and row. psycopg writes the values of such statements
into the SQL text in Python (a placeholder found, a value quoted, each quote of each JSON value escaped by a
regular expression): for thousands of rows that was most of an import's time. COPY sends the same values,
prepared by their fields (`pre_save`, `get_db_prep_save`), in a stream that psycopg formats in C.

- `copy_create` inserts new objects. Their primary keys are taken from the table's sequence first, in one
  query, so the objects come back with them as from `bulk_create`. No signal is sent, as with `bulk_create`.
- `reserve_keys` takes those keys before the insert, so that rows inserted earlier can already refer to
  the objects: Django creates PostgreSQL's foreign keys `DEFERRABLE INITIALLY DEFERRED`, checked at commit.
- `copy_update` stores some columns of existing rows: the rows are copied into a temporary table shaped like
  those columns, then one `UPDATE … FROM` it.
- `copy_rows` and `temporary_table` are the two halves `copy_update` is made of.

Other databases (SQLite: the tests, small sites) use `bulk_create` and `bulk_update` themselves.
"""

from contextlib import contextmanager

from django.db import connections, router, transaction

CHUNK = 5000  # rows per sequence query and COPY


def copy_rows(cursor, table, columns, rows):
    """COPY `rows` (sequences of values prepared for the database) into the `columns` of `table` (both as
    quoted SQL names), through the raw cursor of Django's `cursor`, with Django's wrapper of its errors (an
    IntegrityError stays one)."""
    connection = cursor.db
    with (
        connection.wrap_database_errors,
        cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row)


@contextmanager
def temporary_table(cursor, name, select):
    """An empty temporary table `name`, shaped like the columns of `select` (a query: `SELECT a, b FROM t`),
    inside a transaction (or savepoint) of its own: dropped at the end, and with the rollback if anything in
    between fails."""
    with transaction.atomic(using=cursor.db.alias):
        cursor.execute(f"CREATE TEMPORARY TABLE {name} ON COMMIT DROP AS {select} WITH NO DATA")
        yield name
        cursor.execute(f"DROP TABLE {name}")


def reserve_keys(model, objects, using=None):
    """Give each of `objects` (unsaved instances of `model`) that has no primary key one from the table's
    sequence, before it is inserted (PostgreSQL, one query per chunk). Returns whether it did: other
    databases give the keys when `copy_create` inserts the objects."""
    using = using or router.db_for_write(model)
    connection = connections[using]
    if connection.vendor != "postgresql":
        return False
    meta = model._meta
    keyless = [instance for instance in objects if instance.pk is None]
    with connection.cursor() as cursor:
        for start in range(0, len(keyless), CHUNK):
            chunk = keyless[start : start + CHUNK]
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [meta.db_table, meta.pk.column, len(chunk)],
            )
            for instance, (pk_value,) in zip(chunk, cursor.fetchall(), strict=True):
                instance.pk = pk_value
    return True


def copy_create(model, objects, using=None):
    """Insert `objects` (unsaved instances of `model`, a single-table model with an automatic primary key);
    those without a primary key (from `reserve_keys`, or given) come back with one. Returns the list."""
    objects = list(objects)
    using = using or router.db_for_write(model)
    connection = connections[using]
    if not objects:
        return objects
    if connection.vendor != "postgresql":
        return model._default_manager.using(using).bulk_create(objects)
    reserve_keys(model, objects, using)
    meta = model._meta
    pk = meta.pk
    fields = [field for field in meta.concrete_fields if field is not pk]
    quote = connection.ops.quote_name
    columns = [quote(column) for column in [pk.column, *(field.column for field in fields)]]
    with connection.cursor() as cursor:
        for start in range(0, len(objects), CHUNK):
            rows = (_prepared(instance, fields, connection) for instance in objects[start : start + CHUNK])
            copy_rows(cursor, quote(meta.db_table), columns, rows)
    for instance in objects:
        instance._state.adding = False
        instance._state.db = using
    return objects


def _prepared(instance, fields, connection):
    # As bulk_create: a related object saved after it was assigned gives its key now.
    instance._prepare_related_fields_for_save(operation_name="copy_create")
    return [instance.pk] + [
        field.get_db_prep_save(field.pre_save(instance, True), connection) for field in fields
    ]


def copy_update(model, objects, names, using=None):
    """Store the attributes `names` (field names; a foreign key by its name) of `objects` (saved instances of
    `model`), by primary key, as `bulk_update` would store them. Returns the number of rows updated."""
    objects = list(objects)
    if not objects or not names:
        return 0
    using = using or router.db_for_write(model)
    connection = connections[using]
    if connection.vendor != "postgresql":
        return model._default_manager.using(using).bulk_update(objects, names, batch_size=CHUNK)
    meta = model._meta
    pk = meta.pk
    fields = [meta.get_field(name) for name in names]
    quote = connection.ops.quote_name
    table = quote(meta.db_table)
    key = quote(pk.column)
    columns = [key, *(quote(field.column) for field in fields)]
    assignments = ", ".join(f"{column} = v.{column}" for column in columns[1:])
    with connection.cursor() as cursor:
        staging = quote(f"copy_update_{meta.db_table}")
        with temporary_table(cursor, staging, f"SELECT {', '.join(columns)} FROM {table}"):
            copy_rows(
                cursor,
                staging,
                columns,
                (
                    [pk.get_db_prep_save(instance.pk, connection)]
                    + [
                        field.get_db_prep_save(getattr(instance, field.attname), connection)
                        for field in fields
                    ]
                    for instance in objects
                ),
            )
            cursor.execute(
                f"UPDATE {table} AS t SET {assignments} FROM {staging} AS v WHERE t.{key} = v.{key}"
            )
            return cursor.rowcount
