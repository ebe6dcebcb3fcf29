"""An index on the search index entries' object id read as a number (PostgreSQL only).

The ranked candidates of a search (`search.backends.postgres`) are read from the index entries newest item
first, in bands of object ids. Pages share one sequence of primary keys, so the object id orders them by
creation across page types, whatever order they were indexed in (`update_index` indexes model by model).
`object_id` is text; ids that are not a plain number (a model with UUID keys) get NULL instead of an error.
A no-op on other databases.
"""

from django.db import migrations

from search.backends.object_number import INDEX_NAME, OBJECT_NUMBER_SQL
from search.migrations._postgres_only import postgres_only

CREATE_SQL = (
    f"CREATE INDEX IF NOT EXISTS {INDEX_NAME} ON wagtailsearch_indexentry "
    f"(({OBJECT_NUMBER_SQL.format(column='object_id')}));"
)
DROP_SQL = f"DROP INDEX IF EXISTS {INDEX_NAME};"


class Migration(migrations.Migration):
    dependencies = [("search", "0003_indexentry_object_id")]

    operations = [postgres_only(CREATE_SQL, DROP_SQL)]
