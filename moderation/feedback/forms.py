from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.public_forms import PublicForm

from .models import COMMENT_MAX_LENGTH

SALT = "moderation.feedback.page"


def page_token(page_id):
    """Signed, without a timestamp: the same for every visitor, so the page stays cacheable."""
    return signing.Signer(salt=SALT).sign(str(page_id))


class FeedbackForm(PublicForm):
    page = forms.CharField(widget=forms.HiddenInput, max_length=200)
    helpful = forms.TypedChoiceField(
        label=_("Was this information useful?"),
        choices=[
            ("yes", pgettext_lazy("page feedback", "Yes")),
            ("no", pgettext_lazy("page feedback", "No")),
        ],
        coerce=lambda value: value == "yes",
        error_messages={"required": _("Choose yes or no.")},
    )
    comment = forms.CharField(
        label=_("Tell us more (optional)"),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Do not write personal information here. At most %(count)d characters.")
        % {"count": COMMENT_MAX_LENGTH},
    )

    def clean_page(self):
        try:
            return int(signing.Signer(salt=SALT).unsign(self.cleaned_data["page"]))
        except (signing.BadSignature, ValueError) as error:
            raise forms.ValidationError(_("This page cannot be rated.")) from error
