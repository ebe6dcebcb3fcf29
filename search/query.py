"""Turn a parsed Vietnamese query into a modelsearch query for the backend that will run it."""

from modelsearch.query import And, Boost, Or, Phrase, PlainText

from core.text import exact_key, fold

#: How much more a word spelled exactly as typed counts than the same word with other diacritics.
EXACT_BOOST = 1000.0


def uses_native_folding(backend):
    """Elasticsearch folds with its own analyzer (keeping the original token); the databases do not."""
    return getattr(backend, "vietnamese_analyzer", False)


def _term_query(word, native, boost):
    if native:
        return PlainText(word)
    folded = PlainText(fold(word))
    key = exact_key(word)
    if key is None:
        return folded
    # The key only ever occurs with its folded word, so it changes the ranking and not what matches.
    exact = Boost(PlainText(key), EXACT_BOOST) if boost else PlainText(key)
    return Or([folded, exact])


def build_search_query(parsed, backend):
    """All the terms and phrases must match; exact spellings rank above folded ones."""
    native = uses_native_folding(backend)
    boost = getattr(backend, "supports_query_boost", False)
    parts = [_term_query(word, native, boost) for word in parsed.terms]
    for phrase in parsed.phrases:
        text = " ".join(phrase) if native else " ".join(fold(word) for word in phrase)
        parts.append(Phrase(text))
    if len(parts) == 1:
        return parts[0]
    return And(parts)
