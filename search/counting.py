"""Searches counted by the page's beacon (core/visits.py), kept in Redis and written by the flush job
(core/counters.py): the search page itself writes nothing to the database."""

import datetime

from django.utils import timezone

from core import counters, visits

from .models import SearchTerm
from .text import clean_query

KIND = "search"
SEP = "\x1f"
MAX_LANGUAGE_LENGTH = 16


def beacon_value(query, language, result_count):
    """What the search page puts in its beacon token: the words, the language and the number of results."""
    return [clean_query(query).casefold()[:255], language[:MAX_LANGUAGE_LENGTH], int(result_count)]


def count_search(value):
    """One search, from a signed beacon token: in Redis when there is one, else in the database."""
    query, language, result_count = str(value[0]), str(value[1]), int(value[2])
    if not query:
        return
    empty = 1 if result_count == 0 else 0
    counts = {query: 1, f"{query}{SEP}empty": empty}
    latest = {f"{query}{SEP}count": result_count, f"{query}{SEP}at": timezone.now().isoformat()}
    if not counters.add(KIND, language, counts, latest):
        SearchTerm.record(query, language, result_count)


def write_searches(language, values):
    """The flush job's writer: the searches of one language, added to their SearchTerm rows."""
    for query, hits in values.items():
        if SEP in query:
            continue
        SearchTerm.add_searches(
            query,
            language,
            hits=int(hits),
            without_results=int(values.get(f"{query}{SEP}empty", 0)),
            last_result_count=int(values.get(f"{query}{SEP}count", 0)),
            searched_at=datetime.datetime.fromisoformat(values[f"{query}{SEP}at"])
            if f"{query}{SEP}at" in values
            else timezone.now(),
        )


def register():
    visits.EXTRA_COUNTS["s"] = count_search
    counters.WRITERS[KIND] = write_searches
