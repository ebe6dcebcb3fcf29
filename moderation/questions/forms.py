import re

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.public_forms import PublicForm
from moderation import roles
from moderation.intake.forms import TrackingForm as IntakeTrackingForm
from moderation.intake.forms import checked_files, models_q_for_roles
from sections.models import QuestionPage

from .models import OTHER_FIELD

QUESTION_MAX_LENGTH = 5000
PHONE_PATTERN = re.compile(r"^\+?[0-9 .()\-]{8,20}$")


def field_choices():
    """The fields (lĩnh vực) of the published answers, then "Other"."""
    fields = (
        QuestionPage.objects.live()
        .public()
        .exclude(field="")
        .order_by("field")
        .values_list("field", flat=True)
        .distinct()
    )
    return [("", _("Choose a field")), *[(field, field) for field in fields], (OTHER_FIELD, _("Other"))]


class QuestionForm(PublicForm):
    """The public form at /hoi-dap/dat-cau-hoi/."""

    asker_name = forms.CharField(label=_("Your full name"), max_length=255)
    asker_email = forms.EmailField(
        label=_("Email"),
        required=False,
        help_text=_(
            "Give your email or your phone number, or both. "
            "We send the tracking code and the answer by email."
        ),
    )
    asker_phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    field = forms.ChoiceField(label=pgettext_lazy("subject area", "Field"), choices=())
    question = forms.CharField(
        label=_("Your question"),
        max_length=QUESTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("At most 5,000 characters. Plain text only."),
    )
    attachment = forms.FileField(
        label=_("Attached file (optional)"),
        required=False,
        help_text=_("One file: PDF, Word, Excel, JPG or PNG."),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the ward's People's Committee stores and processes the personal data in this "
            "form to answer my question, as described in the privacy notice above."
        ),
        error_messages={"required": _("Please confirm that you agree to the privacy notice.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["field"].choices = field_choices()
        messages = {
            "asker_name": _("Please enter your full name."),
            "field": _("Please choose the field of your question."),
            "question": _("Please enter your question."),
        }
        for name, message in messages.items():
            self.fields[name].error_messages["required"] = message
        self.fields["field"].error_messages["invalid_choice"] = _("Please choose a field from the list.")
        self.fields["asker_email"].error_messages["invalid"] = _(
            "Please enter a valid email address, e.g. ten@example.com."
        )
        self.fields["asker_name"].widget.attrs["autocomplete"] = "name"
        self.fields["asker_email"].widget.attrs["autocomplete"] = "email"
        self.fields["asker_phone"].widget.attrs.update({"autocomplete": "tel", "inputmode": "tel"})

    def clean_asker_phone(self):
        phone = (self.cleaned_data.get("asker_phone") or "").strip()
        if phone and not PHONE_PATTERN.match(phone):
            raise ValidationError(_("Please enter a phone number of digits only, e.g. 0912 345 678."))
        return phone

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return None
        return checked_files([upload])[0]

    def clean(self):
        cleaned = super().clean()
        if (
            not cleaned.get("asker_email")
            and not cleaned.get("asker_phone")
            and "asker_email" not in self.errors
        ):
            self.add_error(
                "asker_email", _("Please give your email or your phone number, so that we can answer you.")
            )
        return cleaned


class TrackingForm(IntakeTrackingForm):
    """The intake register's look-up form, with the question register's example code."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].help_text = _("For example HD-0712-7KQ3.")
        self.fields["contact"].help_text = _("So that only you can see the status of your question.")


# -- admin ----------------------------------------------------------------------------------------------


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(label=_("Official"), queryset=None, required=False)
    assignee_unit = forms.CharField(
        label=_("Or a department"),
        max_length=255,
        required=False,
        help_text=_("For example: Phòng Kinh tế, Hạ tầng và Đô thị."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(models_q_for_roles(roles.EDITOR, roles.EDITOR_IN_CHIEF, roles.ADMINISTRATOR))
            .distinct()
            .order_by("username")
        )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("assignee") and not (cleaned.get("assignee_unit") or "").strip():
            raise ValidationError(_("Choose an official or enter a department."))
        return cleaned


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for declining"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The asker sees this reason on the tracking page."),
        error_messages={"required": _("Give the reason why this question is declined.")},
    )
