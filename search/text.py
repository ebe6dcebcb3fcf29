"""What people type into the search box, made into words the index can match.

The Vietnamese text helpers themselves (normalisation, folding, the index keys) live in `core.text`, which
content models share; this module only cleans and parses queries.
"""

import re
from dataclasses import dataclass, field

from core.text import fold, nfc, words

_PHRASE_RE = re.compile(r"[\"“”„«»]([^\"“”„«»]*)[\"“”„«»]?")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES_RE = re.compile(r"\s+")

MAX_QUERY_TERMS = 32


def clean_query(raw):
    """The query as typed, NFC, without control characters and with single spaces."""
    text = _CONTROL_RE.sub(" ", nfc(raw or ""))
    return _SPACES_RE.sub(" ", text).strip()


@dataclass
class ParsedQuery:
    """A query split into loose terms and quoted phrases, each word NFC and case-folded."""

    terms: list = field(default_factory=list)
    phrases: list = field(default_factory=list)

    def __bool__(self):
        return bool(self.terms or self.phrases)

    @property
    def all_words(self):
        return self.terms + [word for phrase in self.phrases for word in phrase]

    @property
    def folded_words(self):
        return {fold(word) for word in self.all_words}


def parse_query(raw):
    """Split a query into quoted phrases and loose terms, dropping punctuation and odd characters.

    `"thủ tục" hành chính` → phrases [["thủ", "tục"]], terms ["hành", "chính"]. Document numbers fall apart
    into their parts ("218/2025/QĐ-UBND" → 218, 2025, qđ, ubnd), which is how the index stores them.
    """
    text = clean_query(raw)
    phrases = []
    for match in _PHRASE_RE.finditer(text):
        phrase = words(match.group(1))
        if len(phrase) > 1:
            phrases.append(phrase)
        elif phrase:
            text = text.replace(match.group(0), f" {phrase[0]} ", 1)
            continue
        text = text.replace(match.group(0), " ", 1)
    terms = []
    for word in words(text):
        if word not in terms:
            terms.append(word)
    budget = MAX_QUERY_TERMS
    phrases = [phrase[:budget] for phrase in phrases][:budget]
    budget -= sum(len(phrase) for phrase in phrases)
    return ParsedQuery(terms=terms[: max(budget, 0)], phrases=phrases)
