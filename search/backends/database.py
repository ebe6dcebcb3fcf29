"""Wagtail's database search backend for the connection in use, tuned for the queries the portal sends.

PostgreSQL runs Wagtail's backend with the `vi_unaccent` configuration from the settings (made by
search/migrations) and boosts inside queries (`search.backends.postgres`); SQLite runs FTS5 with the
ranking fix in `search.backends.sqlite`.
"""

from modelsearch.backends.database import SearchBackend as database_backend_for_connection


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = database_backend_for_connection(params)
    # Each module imports modelsearch's backend for its own database, which needs that database's driver
    # and features (psycopg, FTS5): only the one in use is imported.
    if backend.__class__.__name__ == "SQLiteSearchBackend":
        from .sqlite import VietnameseSQLiteSearchBackend

        return VietnameseSQLiteSearchBackend(params)
    if backend.__class__.__name__ == "PostgresSearchBackend":
        from .postgres import VietnamesePostgresSearchBackend

        return VietnamesePostgresSearchBackend(params)
    return backend
