"""The relevance of a document to a search of /van-ban/ (and of the site search's documents block).

`Citation` reads a search text: its words, the number it cites (if any, in any form `citations.number_key`
understands) and the document type named before it. Its `condition` finds the documents; its `rank`
orders them, the same on every database:

    100  the number, and the type named before it    90  the number (another type, or none named)
     80  a number starting so, and the type          70  a number starting so ("85/2016")
     65  the title itself (the summary, or the type and the summary)
     60  the whole text in the metadata (type, number, title, issuer, signer), in that order
     50  every word at the start of a word of the metadata
     10  only in the full text or the attached files' text
"""

import re
from dataclasses import dataclass, field

from django.db.models import Case, IntegerField, Q, Value, When

from core.text import fold, normalise_document_number

from .citations import code_key, name_key, number_key, title_key
from .models.search_text import WordsStartWith

_HAS_DIGIT = re.compile(r"\d")
NUMBER_WORD = "so"  # "số", between a type and its number
MAX_TERMS = 8


@dataclass
class Citation:
    terms: list  # folded words the metadata must start with ("số" left out before a number)
    number: str = ""  # `number_key` of the number cited, or ""
    type_ids: set = field(default_factory=set)  # the document type named before the number
    titles: list = field(default_factory=list)  # (title words, type id or None) the text may be

    @classmethod
    def read(cls, text, types=()):
        """The citation in a search text; `types` the document types (with name and code) to recognise."""
        terms = fold(text).split()[:MAX_TERMS]
        number = number_key(text)
        type_ids = set()
        if number:
            terms = [term for term in terms if term != NUMBER_WORD]
            before = normalise_document_number(text).split()
            before = " ".join(
                word for word in before[: before.index(number.split()[0])] if word != NUMBER_WORD
            )
            if before:
                type_ids = {
                    item.pk
                    for item in types
                    if name_key(item.name) == name_key(before)
                    or (item.code and code_key(item.code) == code_key(before))
                }
        title = title_key(text)
        titles = [(title, None)] + [
            (title.removeprefix(name_key(item.name) + " "), item.pk)
            for item in types
            if title.startswith(name_key(item.name) + " ")
        ]
        return cls(terms, number, type_ids, titles)

    def condition(self):
        """The documents the text finds: every word starts a word of the metadata, or the number is cited,
        or the whole text is a phrase of the full text or attachments (or, for a number, the number is)."""
        if not self.terms:
            return None
        found = Q(WordsStartWith("search_text", self.terms)) | Q(
            body_search_text__contains=" " + " ".join(self.terms)
        )
        if self.number:
            found |= Q(number_key=self.number) | Q(number_key__startswith=self.number + " ")
            # A text citing the number in its own words ("Nghị định số 42/2022/NĐ-CP ngày …"): the number.
            cited = [term for term in self.terms if _HAS_DIGIT.search(term)]
            found |= Q(*(Q(body_search_text__contains=" " + term) for term in cited))
        return found

    def rank(self):
        """The relevance of a matching document (see the module's table), as an SQL expression."""
        whens = []
        if self.number:
            starts = Q(number_key__startswith=self.number + " ")
            if self.type_ids:
                whens.append(
                    When(Q(number_key=self.number, document_type_id__in=self.type_ids), then=Value(100))
                )
            whens.append(When(number_key=self.number, then=Value(90)))
            if self.type_ids:
                whens.append(When(starts & Q(document_type_id__in=self.type_ids), then=Value(80)))
            whens.append(When(starts, then=Value(70)))
        same_title = Q()
        for title, type_id in self.titles:
            same_title |= Q(summary_key=title, **({"document_type_id": type_id} if type_id else {}))
        whens.append(When(same_title, then=Value(65)))
        whens.append(When(search_text__contains=" " + " ".join(self.terms), then=Value(60)))
        whens.append(When(WordsStartWith("search_text", self.terms), then=Value(50)))
        return Case(*whens, default=Value(10), output_field=IntegerField())
