"""Document numbers and names as people write them in citations (no model: the models use it).

Officials and citizens cite a document as "Nghị định số 85/2016/NĐ-CP", "NĐ 85/2016/NĐ-CP", "nghi dinh
85 2016", "85/2016/ND-CP": type words or their abbreviation and "số" before the number, diacritics or not,
"/" or spaces. `number_key` reduces each to the same key, the folded words of the number itself, which a
document keeps in its `number_key` column.
"""

import re

from core.text import fold, normalise_document_number

_HAS_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[a-z0-9]+")
# Written out before names are compared (folded, whole words).
ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "tw": "trung uong",
    "tp": "thanh pho",
    "ttg": "thu tuong chinh phu",
}


def number_key(text):
    """The folded words of the number in a citation: "Nghị định số 85/2016/NĐ-CP" → "85 2016 nd cp"."""
    words = normalise_document_number(text).split()
    for index, word in enumerate(words):
        if _HAS_DIGIT.search(word):
            return " ".join(words[index:])
    return ""


def name_key(value):
    """The key two names share when they name the same thing: folded words, abbreviations written out."""
    return " ".join(ABBREVIATIONS.get(word, word) for word in _WORD.findall(fold(value)))


def code_key(value):
    return "".join(_WORD.findall(fold(value)))


def title_key(text):
    """The folded words of a title, without punctuation: "Luật An ninh mạng" → "luat an ninh mang"."""
    return " ".join(_WORD.findall(fold(text)))
