"""The base of every form the public fills in (information, questions, comments, feedback, requests).

What each of them needs, in one place: every field points at its help text and, once refused, at its error
(`aria-describedby`, `aria-invalid`), so a screen reader reads them with the field; text is stored NFC; a
hidden field that people do not see and robots fill in (`website`, the honeypot: `is_spam()`); and a token
per blank form (`submission_token`), so the same form sent twice is stored once.

Templates draw the fields with `components/forms/field.html` and the summary of errors (which takes the
focus after a refused submission, static/js/portal.js) with `components/forms/errors.html`; a form's
template keeps `{{ form.submission_token }}`, and the honeypot inside
`<div class="form-hp" aria-hidden="true">`.
"""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

from .text import nfc


class PublicForm(forms.Form):
    # A field people do not see; automated senders fill it in.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    # A new token for each blank form, sent back with it: the same form sent twice is stored once.
    submission_token = forms.UUIDField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["submission_token"].initial = uuid.uuid4()
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        for name, field in self.fields.items():
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"id_{name}_help"

    def full_clean(self):
        super().full_clean()
        # Errors are known only after cleaning: point each invalid field at its message.
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                ids = [f"id_{name}_help"] if self.fields[name].help_text else []
                widget.attrs["aria-describedby"] = " ".join([*ids, f"id_{name}_error"])
                widget.attrs["aria-invalid"] = "true"

    def clean(self):
        cleaned = super().clean()
        for key, value in list(cleaned.items()):
            cleaned[key] = nfc(value)
        return cleaned

    def is_spam(self):
        return bool(self.data.get("website"))
