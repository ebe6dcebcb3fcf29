"""Vietnamese text for search: normalisation, diacritic folding, query parsing and the extra index keys.

Vietnamese is written with diacritics that people often leave out, and with document numbers such as
"218/2025/QĐ-UBND" that they type in several ways. Everything here is pure Python so that every search
backend (PostgreSQL, SQLite, Elasticsearch) can share it.
"""

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

# Letters that Unicode does not decompose into a base letter plus a combining mark.
_UNDECOMPOSABLE = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "ł": "l", "ø": "o"})
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_PHRASE_RE = re.compile(r"[\"“”„«»]([^\"“”„«»]*)[\"“”„«»]?")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES_RE = re.compile(r"\s+")

#: Prefix of the tokens that stand for a word spelled with its diacritics (see `exact_key`).
EXACT_KEY_PREFIX = "vx"
MAX_QUERY_TERMS = 32


def nfc(text):
    """Text in Unicode normal form C: one code point per accented letter, as Vietnamese is stored."""
    if not text:
        return text or ""
    return unicodedata.normalize("NFC", text)


def fold(text):
    """Lower-case `text` without diacritics, đ→d included: "Đảng ủy" → "dang uy". Result is NFC."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", nfc(text).casefold().translate(_UNDECOMPOSABLE))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", stripped)


def slugify_vi(text, max_length=80):
    """An ASCII slug of Vietnamese text, cut at a word boundary: "Đăng ký khai sinh" → "dang-ky-khai-sinh"."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug


def words(text):
    """The words of `text` (letters and digits), NFC and case-folded but with their diacritics."""
    return [word for word in _WORD_RE.findall(nfc(text or "").casefold()) if word != "_"]


def exact_key(word):
    """A diacritic-free token that stands for `word` spelled exactly, or None when it has no diacritics.

    Every backend folds diacritics away when it matches, so the index also carries one such token per
    accented word; a query for "bán" matches "ban" and ranks documents that also have the key of "bán"
    first. The token is opaque ASCII so that no tokenizer or unaccent dictionary changes it.
    """
    word = nfc(word).casefold()
    if fold(word) == word:
        return None
    digest = hashlib.blake2b(word.encode("utf-8"), digest_size=5).hexdigest()
    return f"{EXACT_KEY_PREFIX}{digest}"


def index_keys(texts):
    """The extra text indexed next to `texts`: a folded copy split on punctuation, then the exact keys.

    The folded copy lets backends without Vietnamese folding (SQLite's FTS5 keeps "đ") match folded
    queries, and splits document numbers ("218/2025/QĐ-UBND" → "218 2025 qd ubnd") the same way on every
    backend. The exact keys come after it so that phrases in the folded copy stay contiguous.
    """
    folded, keys = [], {}
    for text in texts:
        for word in words(text):
            folded.append(fold(word))
            key = exact_key(word)
            if key:
                keys[key] = None
    return " ".join(folded + list(keys))


def normalise_document_number(text):
    """The canonical folded form of a document number: "218/2025/QĐ-UBND" → "218 2025 qd ubnd"."""
    return " ".join(fold(word) for word in words(text))


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
