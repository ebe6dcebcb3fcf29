from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

REASON_MIN_LENGTH = 20


class ReasonForm(forms.Form):
    """A written reason, kept in the audit log, for an action taken outside the usual rules."""

    label = _("Reason")

    reason = forms.CharField(
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=ngettext_lazy(
            "At least %(count)d character. It is recorded in the audit log.",
            "At least %(count)d characters. It is recorded in the audit log.",
            "count",
        )
        % {"count": REASON_MIN_LENGTH},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].label = self.label

    def clean_reason(self):
        reason = " ".join(self.cleaned_data["reason"].split())
        if len(reason) < REASON_MIN_LENGTH:
            raise forms.ValidationError(
                ngettext_lazy(
                    "Write at least %(count)d character.", "Write at least %(count)d characters.", "count"
                )
                % {"count": REASON_MIN_LENGTH},
                code="too_short",
            )
        return reason


class EmergencyPublishForm(ReasonForm):
    label = _("Why must this page go live without the review?")


class DeletionReasonForm(ReasonForm):
    label = _("Why must this page be deleted?")
