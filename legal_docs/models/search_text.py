"""The folded text the list's search box matches, and how it is matched.

Two columns of a document are kept on save: `search_text` (type, number, summary, issuer, signer) and
`body_search_text` (full text and attachments' text), both folded (`core.text.fold`) and single-spaced with
a leading space, so that " term" matches the start of a word. On PostgreSQL the words of `search_text` are
matched with a prefix tsquery against a GIN index (migration 0004); elsewhere with `LIKE`.
"""

from django.db import models
from django.db.models import F
from django.utils.html import strip_tags

from core.text import fold

# PostgreSQL: the words of the folded `search_text` as a tsvector, one lexeme per word, taken verbatim (no
# parser, no dictionary). Migration 0004 indexes this very expression (GIN); `WordsStartWith` matches it.
SEARCH_WORDS_SQL = "array_to_tsvector(string_to_array(btrim({column}), ' '))"


def tsquery_prefixes(terms):
    """A tsquery string in which every term must start a word: 'quyet':* & 'dinh':* (quoted, verbatim)."""
    quoted = ("'" + term.replace("\\", "\\\\").replace("'", "''") + "':*" for term in terms)
    return " & ".join(quoted)


class WordsStartWith(models.Expression):
    """True when every term starts a word of a folded column such as `search_text` (" word word …").

    On PostgreSQL a prefix tsquery against the indexed words vector (index-friendly); elsewhere one
    `LIKE '% term%'` per term, which means the same because the column is single-spaced and starts with
    a space."""

    conditional = True
    output_field = models.BooleanField()

    def __init__(self, column, terms):
        super().__init__(output_field=models.BooleanField())
        self.column = column if hasattr(column, "resolve_expression") else F(column)
        self.terms = list(terms)

    def get_source_expressions(self):
        return [self.column]

    def set_source_expressions(self, exprs):
        (self.column,) = exprs

    def as_sql(self, compiler, connection):
        column_sql, params = compiler.compile(self.column)
        if connection.vendor == "postgresql":
            sql = SEARCH_WORDS_SQL.format(column=column_sql) + " @@ %s::tsquery"
            return sql, [*params, tsquery_prefixes(self.terms)]
        parts, all_params = [], []
        for term in self.terms:
            pattern = "% " + connection.ops.prep_for_like_query(term) + "%"
            parts.append(f"{column_sql} LIKE %s ESCAPE '\\'")
            all_params += [*params, pattern]
        return "(" + " AND ".join(parts or ["1=1"]) + ")", all_params


def folded_words(text):
    """`text` folded, one space between words and one before the first: " quyet dinh 218"."""
    return " " + " ".join(fold(text).split())


def build_body_search_text(document):
    """The folded full text and attachment text, one space between words: the search box matches a phrase."""
    return folded_words(f"{strip_tags(document.full_text or '')}\n{document.extracted_text}")


def build_search_text(document):
    """The folded text the list's search box matches: type, number, summary, issuer and signer."""
    parts = [
        document.document_type.name if document.document_type_id else "",
        document.number,
        document.number.replace("/", " ").replace("-", " "),
        document.summary,
        document.issuer.name if document.issuer_id else "",
        document.signer.name if document.signer_id else "",
    ]
    return folded_words(" ".join(parts))
