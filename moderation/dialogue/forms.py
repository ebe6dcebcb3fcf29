from django import forms
from django.utils.translation import gettext_lazy as _

from core.public_forms import PublicForm

QUESTION_MAX_LENGTH = 2000


class QuestionForm(PublicForm):
    """The public form of an online dialogue: who asks (shown as initials only) and the question."""

    asker_name = forms.CharField(
        label=_("Your full name"),
        max_length=120,
        help_text=_("Only your initials are shown with the question, e.g. N.T.H."),
    )
    asker_email = forms.EmailField(
        label=_("Email"),
        required=False,
        help_text=_("Optional. We send the acknowledgement and tracking code here."),
    )
    question = forms.CharField(
        label=_("Your question"),
        max_length=QUESTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("At most %(count)d characters.") % {"count": QUESTION_MAX_LENGTH},
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the ward's People's Committee stores my name and email to handle my question, as "
            "described in the privacy notice above."
        ),
        error_messages={"required": _("Please confirm that you agree to the privacy notice.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["asker_name"].error_messages["required"] = _("Please enter your full name.")
        self.fields["question"].error_messages["required"] = _("Please enter your question.")
        self.fields["asker_email"].error_messages["invalid"] = _(
            "Please enter a valid email address, e.g. ten@example.com."
        )
        self.fields["asker_name"].widget.attrs["autocomplete"] = "name"
        self.fields["asker_email"].widget.attrs["autocomplete"] = "email"


class AnswerForm(forms.Form):
    """The answer an editor records as a leader gives it."""

    answered_by = forms.ChoiceField(label=_("Answered by"))
    answer = forms.CharField(label=_("Answer"), widget=forms.Textarea(attrs={"rows": 8}), max_length=10000)

    def __init__(self, *args, leaders=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["answered_by"].choices = [("", "---------")] + [(name, name) for name in leaders]


class DeclineForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=1000)
