"""PostgreSQL: the list's search box matches word prefixes through a GIN index on the words of the folded
`search_text` (see `legal_docs.models.WordsStartWith`); the trigram index on that column is no longer used
for it and is dropped (it made every insert expensive). The trigram index on `body_search_text` stays: the
phrase match in the full text uses it. Nothing happens on other databases."""

from django.db import migrations

WORDS_INDEX = (
    "CREATE INDEX IF NOT EXISTS legal_docs_search_words ON legal_docs_legaldocument "
    "USING gin (array_to_tsvector(string_to_array(btrim(search_text), ' ')))"
)
TRIGRAM_INDEX = (
    "CREATE INDEX IF NOT EXISTS legal_docs_search_trgm ON legal_docs_legaldocument "
    "USING gin (search_text gin_trgm_ops)"
)


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(WORDS_INDEX)
    schema_editor.execute("DROP INDEX IF EXISTS legal_docs_search_trgm")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS legal_docs_search_words")
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        if cursor.fetchone():
            schema_editor.execute(TRIGRAM_INDEX)


class Migration(migrations.Migration):
    dependencies = [("legal_docs", "0003_workflow_types_search")]

    operations = [migrations.RunPython(forwards, backwards)]
