"""Form fields for the public list's parameters that never make the form invalid.

An address with one bad value (a taxonomy slug that no longer exists, a mistyped date) must still show the
list: each field keeps what it can use and says what it dropped in `notices`, and `PublicFilterForm`
gathers them in the order of its fields. Used by `legal_docs.filters.PublicDocumentFilterSet`.
"""

from django import forms
from django.utils.translation import gettext as _

MAX_QUERY_LENGTH = 200
# yyyy-mm-dd as <input type=date> sends it, dd/mm/yyyy as people write it.
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]


class ForgivingField:
    """A form field whose `clean` never raises: `keep` returns what can be used, `notices` the rest."""

    notices = ()

    def clean(self, value):
        self.notices = []
        return self.keep(value)


class SearchTextField(ForgivingField, forms.CharField):
    """The search text, one space between words, cut to `MAX_QUERY_LENGTH` characters. A NUL byte, which
    no word holds and PostgreSQL refuses in any text, separates words like a space."""

    def keep(self, value):
        text = " ".join(str(value or "").replace("\x00", " ").split())
        if len(text) > MAX_QUERY_LENGTH:
            self.notices.append(_("The search text was too long and has been shortened."))
            text = text[:MAX_QUERY_LENGTH]
        return text


class ChoicesField(ForgivingField, forms.MultipleChoiceField):
    """A repeatable parameter: the known values, once each, in the order given."""

    def keep(self, value):
        values = [str(item).strip() for item in value or [] if str(item).strip()]
        known = [item for item in dict.fromkeys(values) if self.valid_value(item)]
        for item in values:
            if item not in known:
                self.notices.append(
                    _("The filter value “%(value)s” is not known and was ignored.") % {"value": item[:40]}
                )
        return known


class DateField(ForgivingField, forms.DateField):
    """A date written dd/mm/yyyy or yyyy-mm-dd, or None."""

    input_formats = DATE_INPUT_FORMATS

    def keep(self, value):
        raw = str(value or "").strip()
        if not raw:
            return None
        try:
            return self.to_python(raw)
        except forms.ValidationError:
            self.notices.append(
                _("“%(value)s” is not a date (use dd/mm/yyyy); that condition was ignored.")
                % {"value": raw[:40]}
            )
            return None


_DATE_PARSER = forms.DateField(input_formats=DATE_INPUT_FORMATS)


def parse_date(value):
    """dd/mm/yyyy or yyyy-mm-dd as a date, or None: how the import reads its dates."""
    try:
        return _DATE_PARSER.to_python(value)
    except forms.ValidationError:
        return None


class PublicFilterForm(forms.Form):
    """The list's parameters, never invalid. `notices`: what was dropped, in the order of the fields, and
    whether the dates were swapped."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.notices = []

    def clean(self):
        cleaned = super().clean()
        self.notices = [notice for field in self.fields.values() for notice in field.notices]
        start, end = cleaned.get("tu_ngay"), cleaned.get("den_ngay")
        if start and end and start > end:
            self.notices.append(_("The start date came after the end date; the two were swapped."))
            cleaned["tu_ngay"], cleaned["den_ngay"] = end, start
        return cleaned
