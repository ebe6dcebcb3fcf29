"""Result snippets with the matched words marked, built from plain text and escaped piece by piece."""

import functools
import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.text import fold, nfc

_SPLIT_RE = re.compile(r"(\w+)", re.UNICODE)
SNIPPET_WORDS = 36
CONTEXT_BEFORE = 8


@functools.lru_cache(maxsize=8192)
def _fold_word(word):
    """Folding is per character; a page of snippets repeats the same few hundred words."""
    return fold(word)


def _is_match(word, folded_terms):
    return word != "_" and _fold_word(word) in folded_terms


def highlight(text, folded_terms):
    """`text` escaped, with every word whose folded form is a query word wrapped in <mark>."""
    pieces = []
    for piece in _SPLIT_RE.split(nfc(text or "")):
        if piece and _is_match(piece, folded_terms):
            pieces.append(f"<mark>{escape(piece)}</mark>")
        else:
            pieces.append(escape(piece))
    return mark_safe("".join(pieces))


def snippet(texts, folded_terms, length=SNIPPET_WORDS):
    """About `length` words of `texts` around the first matched word, marked; the opening when none match."""
    words = " ".join(nfc(text) for text in texts).split()
    if not words:
        return ""
    first = next(
        (
            index
            for index, word in enumerate(words)
            if any(_is_match(p, folded_terms) for p in _SPLIT_RE.findall(word))
        ),
        0,
    )
    start = max(0, first - CONTEXT_BEFORE)
    end = min(len(words), start + length)
    text = " ".join(words[start:end])
    prefix = "… " if start else ""
    suffix = " …" if end < len(words) else ""
    return mark_safe(f"{prefix}{highlight(text, folded_terms)}{suffix}")
