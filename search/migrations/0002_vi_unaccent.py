"""The `vi_unaccent` PostgreSQL text search configuration: `simple` with diacritics (đ included) removed.

A no-op on every other database: SQLite gets its folding from the folded copy each page indexes.
"""

from django.db import migrations

from search.migrations._postgres_only import postgres_only

CREATE_SQL = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'vi_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION vi_unaccent (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION vi_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
    END IF;
END
$$;
"""

DROP_SQL = "DROP TEXT SEARCH CONFIGURATION IF EXISTS vi_unaccent;"


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial"), ("wagtailsearch", "0010_add_text_fields")]

    operations = [postgres_only(CREATE_SQL, DROP_SQL)]
