"""SQL that only PostgreSQL runs, for the search app's migrations (the loader skips modules named `_…`)."""

from django.db import migrations


def postgres_only(create_sql, drop_sql):
    """A migration operation running `create_sql` forwards and `drop_sql` backwards on PostgreSQL, and
    nothing on other databases (SQLite gets its folding and ordering elsewhere)."""

    def run(sql):
        def operation(apps, schema_editor):
            if schema_editor.connection.vendor == "postgresql":
                schema_editor.execute(sql)

        return operation

    return migrations.RunPython(run(create_sql), run(drop_sql), elidable=False)
