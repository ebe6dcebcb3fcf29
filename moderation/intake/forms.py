from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from core.public_forms import PublicForm
from moderation import roles

from .drafts import target_choices
from .files import check_attachment
from .models import Channel, IntakeRecord, Status


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if not data:
            return []
        items = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(item, initial) for item in items]


def checked_files(uploads):
    """[(name, data, kind)] for every upload, or a ValidationError listing every refused file."""
    checked, errors = [], []
    if len(uploads) > settings.INTAKE_MAX_ATTACHMENTS:
        raise ValidationError(
            _("You can attach at most %(count)d files.") % {"count": settings.INTAKE_MAX_ATTACHMENTS}
        )
    for upload in uploads:
        if upload.size > settings.INTAKE_MAX_ATTACHMENT_SIZE:
            errors.append(
                ValidationError(
                    _("“%(name)s” is too large (%(size)s). Each file may be at most %(limit)s.")
                    % {
                        "name": upload.name,
                        "size": filesizeformat(upload.size),
                        "limit": filesizeformat(settings.INTAKE_MAX_ATTACHMENT_SIZE),
                    }
                )
            )
            continue
        data = upload.read()
        try:
            checked.append((upload.name, data, check_attachment(upload.name, data)))
        except ValidationError as error:
            errors.append(error)
    if errors:
        raise ValidationError(errors)
    return checked


class SubmissionForm(PublicForm):
    """The public form at /lien-he/gui-thong-tin/."""

    sender_name = forms.CharField(label=_("Your full name"), max_length=255)
    sender_email = forms.EmailField(
        label=_("Email"),
        required=False,
        help_text=_("We send the acknowledgement and tracking code here."),
    )
    sender_phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    sender_address = forms.CharField(label=_("Address"), max_length=500, required=False)
    subject = forms.CharField(label=_("Subject"), max_length=500)
    body = forms.CharField(label=_("Content"), widget=forms.Textarea(attrs={"rows": 8}))
    attachments = MultipleFileField(
        label=_("Attached files"),
        required=False,
        help_text=_("PDF (digitally signed documents are checked), Word, Excel, JPG, PNG or MP4."),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the ward's People's Committee stores and processes the personal data in this "
            "form to handle my information, as described in the privacy notice above."
        ),
        error_messages={"required": _("Please confirm that you agree to the privacy notice.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sender_name"].error_messages["required"] = _("Please enter your full name.")
        self.fields["subject"].error_messages["required"] = _("Please enter a subject.")
        self.fields["body"].error_messages["required"] = _("Please enter the content of your information.")
        self.fields["sender_email"].error_messages["invalid"] = _(
            "Please enter a valid email address, e.g. ten@example.com."
        )
        self.fields["sender_phone"].widget.attrs.update({"autocomplete": "tel", "inputmode": "tel"})
        self.fields["sender_email"].widget.attrs["autocomplete"] = "email"
        self.fields["sender_name"].widget.attrs["autocomplete"] = "name"
        self.fields["sender_address"].widget.attrs["autocomplete"] = "address-line1"

    def clean_attachments(self):
        return checked_files(self.cleaned_data.get("attachments") or [])


class TrackingForm(forms.Form):
    code = forms.CharField(label=_("Tracking code"), max_length=20, help_text=_("For example DK-2611-7KQ3."))
    contact = forms.CharField(
        label=_("The email or phone number you gave"),
        max_length=255,
        help_text=_("So that only you can see the status of your information."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].error_messages["required"] = _("Please enter the tracking code.")
        self.fields["contact"].error_messages["required"] = _("Please enter your email or phone number.")
        for name, field in self.fields.items():
            field.widget.attrs["aria-describedby"] = f"id_{name}_help"


# -- admin ----------------------------------------------------------------------------------------------


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(label=_("Assignee"), queryset=None, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(models_q_for_roles(roles.EDITOR, roles.EDITOR_IN_CHIEF, roles.ADMINISTRATOR))
            .distinct()
            .order_by("username")
        )


def models_q_for_roles(*names):
    return Q(groups__name__in=names) | Q(is_superuser=True)


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Status.choices)
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when the information will not be published."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == Status.NOT_PUBLISHED and not (cleaned.get("reason") or "").strip():
            self.add_error("reason", _("Give the reason why this information will not be published."))
        return cleaned


class DraftForm(forms.Form):
    target = forms.ChoiceField(label=_("Section and type of the draft"), choices=())

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].choices = target_choices(user)


class RecordCreateForm(forms.ModelForm):
    """What an editor types in for information received on Facebook, on paper (or by any channel)."""

    new_attachments = MultipleFileField(label=_("Attached files"), required=False)

    class Meta:
        model = IntakeRecord
        fields = [
            "channel",
            "received_at",
            "sender_name",
            "sender_email",
            "sender_phone",
            "sender_address",
            "subject",
            "body",
            "assignee",
        ]

    def __init__(self, *args, **kwargs):
        kwargs.pop("for_user", None)
        super().__init__(*args, **kwargs)
        self.fields["channel"].initial = Channel.PAPER

    def clean_new_attachments(self):
        return checked_files(self.cleaned_data.get("new_attachments") or [])
