"""Vietnamese text: Unicode normalisation, diacritic folding, slugs and the extra search-index keys.

Vietnamese is written with diacritics that people often leave out, and with document numbers such as
"218/2025/QĐ-UBND" that they type in several ways. Everything here is pure Python, so that every app and
every search backend (PostgreSQL, SQLite, Elasticsearch) shares one definition of each.
"""

import hashlib
import re
import unicodedata

# Letters that Unicode does not decompose into a base letter plus a combining mark.
_UNDECOMPOSABLE = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "ł": "l", "ø": "o"})
# The marks of the combining diacritical marks block (U+0300–U+036F), every Vietnamese tone and vowel mark
# among them, dropped by one regular expression; marks of other blocks, rarer, one by one after it.
_COMBINING_MARKS = re.compile(
    "[" + "".join(chr(code) for code in range(0x300, 0x370) if unicodedata.combining(chr(code))) + "]+"
)
_WORD_RE = re.compile(r"\w+", re.UNICODE)

#: Prefix of the tokens that stand for a word spelled with its diacritics (see `exact_key`).
EXACT_KEY_PREFIX = "vx"


def nfc(value):
    """`value` in Unicode normal form C (one code point per accented letter, as Vietnamese is stored).

    Strings are normalised, and so is every string inside a list, tuple or dict, however deeply nested;
    any other value (None, numbers, bytes, model instances) is returned as it is.
    """
    if isinstance(value, str):
        return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc(item) for item in value]
    if isinstance(value, tuple):
        return tuple(nfc(item) for item in value)
    if isinstance(value, dict):
        return {key: nfc(item) for key, item in value.items()}
    return value


def fold(text):
    """Lower-case `text` without diacritics, đ→d included: "Đảng ủy" → "dang uy". Result is NFC."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", nfc(text).casefold().translate(_UNDECOMPOSABLE))
    stripped = _COMBINING_MARKS.sub("", decomposed)
    if stripped.isascii():
        return stripped
    stripped = "".join(char for char in stripped if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", stripped)


_VIETNAMESE_LETTERS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"


def _slug_formatters():
    by_base = {}
    for letter in _VIETNAMESE_LETTERS + _VIETNAMESE_LETTERS.upper():
        base = fold(letter)
        by_base.setdefault(base.upper() if letter.isupper() else base, []).append(letter)
    # Text pasted in decomposed form (NFD) carries its marks as combining characters: drop them.
    return [(f"[{''.join(letters)}]", base) for base, letters in by_base.items()] + [("[\u0300-\u036f]", "")]


# The browser's half of `slugify_vi`: (regex, replacement) pairs for Wagtail's SlugInput (core/page_form.py).
SLUG_FORMATTERS = _slug_formatters()


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


def initials(name):
    """ "Nguyễn Thị Hoa" → "N.T.H.": how a person who wrote to the portal is shown to the public. Only the
    first letter of each word is kept, so neither markup nor the rest of the name can pass ("" for none)."""
    letters = [word[0].upper() for word in nfc(name or "").split() if word[0].isalpha()]
    return ".".join(letters) + "." if letters else ""
