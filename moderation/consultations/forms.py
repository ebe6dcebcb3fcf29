from django import forms
from django.utils.translation import gettext_lazy as _

from core.public_forms import PublicForm

from .models import Status

WHOLE_DRAFT = ""
BODY_MAX_LENGTH = 5000


class CommentForm(PublicForm):
    """The comment form on a consultation page (posted to /lay-y-kien/gop-y/<page id>/)."""

    name = forms.CharField(label=_("Your full name"), max_length=255)
    email = forms.EmailField(
        label=_("Email"),
        required=False,
        help_text=_("Email or phone: at least one. We send the receipt and tracking code to the email."),
    )
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    organisation = forms.CharField(
        label=_("Organisation (if you comment on its behalf)"),
        max_length=255,
        required=False,
        help_text=_("Shown with your comment instead of your initials."),
    )
    article = forms.ChoiceField(label=_("Your comment is about"), required=False)
    body = forms.CharField(
        label=_("Your comment"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the ward's People's Committee stores and processes the personal data in this form "
            "to handle my comment, as described in the privacy notice."
        ),
        error_messages={"required": _("Please confirm that you agree to the privacy notice.")},
    )

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["article"].choices = [(WHOLE_DRAFT, _("The whole draft"))] + [
            (label, label) for label in page.article_choices()
        ]
        self.fields["body"].help_text = _(
            "At most %(count)d characters. Only the comment, your initials or organisation, the article and "
            "the date are published, after moderation."
        ) % {"count": BODY_MAX_LENGTH}
        self.fields["body"].widget.attrs["aria-describedby"] = "id_body_help"
        self.fields["name"].error_messages["required"] = _("Please enter your full name.")
        self.fields["body"].error_messages["required"] = _("Please enter your comment.")
        for name in ("name", "phone", "organisation"):
            self.fields[name].error_messages["max_length"] = _(
                "Too long: at most %(limit_value)d characters (it has %(show_value)d)."
            )
        self.fields["body"].error_messages["max_length"] = _(
            "Your comment is too long: at most %(limit_value)d characters (it has %(show_value)d)."
        )
        self.fields["email"].error_messages["invalid"] = _(
            "Please enter a valid email address, e.g. ten@example.com."
        )
        self.fields["article"].error_messages["invalid_choice"] = _(
            "Choose the whole draft or one of its articles."
        )
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs.update({"autocomplete": "tel", "inputmode": "tel"})
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"

    def clean(self):
        cleaned = super().clean()
        if (
            not cleaned.get("email")
            and not (cleaned.get("phone") or "").strip()
            and "email" not in self.errors
        ):
            self.add_error("email", _("Please give an email address or a phone number."))
        return cleaned


class ModerationForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Decision"),
        choices=[(Status.APPROVED, Status.APPROVED.label), (Status.HIDDEN, Status.HIDDEN.label)],
    )
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when the comment is not shown."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == Status.HIDDEN and not (cleaned.get("reason") or "").strip():
            self.add_error("reason", _("Give the reason why this comment is not shown."))
        return cleaned
