"""An index on the search index entries' `object_id` (PostgreSQL only).

Joining pages to their index entries looks an entry up by (content type, object id); with the dozens of
page content types that is one probe of the unique index per content type and page. The ranked candidates
of a search (`search.backends.postgres`) walk pages newest first and look up each one's entry: this index
makes that one probe. A no-op on other databases.
"""

from django.db import migrations

from search.migrations._postgres_only import postgres_only

CREATE_SQL = "CREATE INDEX IF NOT EXISTS search_indexentry_object_id ON wagtailsearch_indexentry (object_id);"
DROP_SQL = "DROP INDEX IF EXISTS search_indexentry_object_id;"


class Migration(migrations.Migration):
    dependencies = [("search", "0002_vi_unaccent")]

    operations = [postgres_only(CREATE_SQL, DROP_SQL)]
