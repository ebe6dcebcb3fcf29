"""The two public forms, and what staff fill in when they handle a record."""

from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.public_forms import PublicForm
from moderation import roles

from .models import (
    MAX_EXTENSION_WORKING_DAYS,
    Delivery,
    FeedbackKind,
    FeedbackStatus,
    InformationRequest,
    PortalFeedback,
    RequesterKind,
    RequestStatus,
)

CONSENT_LABEL = _(
    "I agree that the ward's People's Committee stores and processes the personal data in this form to "
    "handle it, as described in the privacy notice above."
)
CONSENT_REQUIRED = _("Please confirm that you agree to the privacy notice.")
INVALID_EMAIL = _("Please enter a valid email address, e.g. ten@example.com.")


def portal_path(value, hosts=()):
    """The path (and query) of `value` when it is an address of this portal, else None: a path such as
    "/tin-tuc/abc/", or a full http(s) address on one of `hosts` or the portal's public host."""
    value = (value or "").strip()
    if not value or len(value) > 500 or any(ord(char) < 32 for char in value) or "\\" in value:
        return None
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        allowed = {host.lower() for host in hosts if host} | {
            urlsplit(settings.PORTAL_PUBLIC_URL).netloc.lower()
        }
        if parts.scheme not in {"http", "https"} or parts.netloc.lower() not in allowed:
            return None
    path = parts.path or "/"
    if not path.startswith("/") or path.startswith("//"):
        return None
    return path + (f"?{parts.query}" if parts.query else "")


class FeedbackForm(PublicForm):
    """Góp ý về Cổng, at /lien-he/gop-y/."""

    kind = forms.ChoiceField(
        label=_("What is the problem?"), choices=[("", _("Choose…")), *FeedbackKind.choices]
    )
    page_url = forms.CharField(
        label=_("Address of the page"),
        max_length=500,
        required=False,
        help_text=_("The page of this portal where you found the problem, e.g. /tin-tuc/…"),
    )
    description = forms.CharField(
        label=_("Describe the problem"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6})
    )
    sender_name = forms.CharField(label=_("Your name"), max_length=255, required=False)
    sender_email = forms.EmailField(
        label=_("Your email"),
        required=False,
        help_text=_("Only if you want a reply. Leave it empty to send your feedback anonymously."),
    )
    consent = forms.BooleanField(label=CONSENT_LABEL, required=False)

    def __init__(self, *args, hosts=(), **kwargs):
        self.hosts = hosts
        super().__init__(*args, **kwargs)
        self.fields["kind"].error_messages["required"] = _("Please choose what the problem is.")
        self.fields["description"].error_messages["required"] = _("Please describe the problem.")
        self.fields["sender_email"].error_messages["invalid"] = INVALID_EMAIL
        self.fields["sender_name"].widget.attrs["autocomplete"] = "name"
        self.fields["sender_email"].widget.attrs["autocomplete"] = "email"
        self.fields["page_url"].widget.attrs.update({"inputmode": "url", "autocomplete": "off"})

    def clean_page_url(self):
        value = self.cleaned_data.get("page_url", "")
        if not value.strip():
            return ""
        path = portal_path(value, self.hosts)
        if path is None:
            raise forms.ValidationError(_("Give the address of a page of this portal."))
        return path

    def clean(self):
        cleaned = super().clean()
        contact = cleaned.get("sender_name") or cleaned.get("sender_email")
        if contact and not cleaned.get("consent"):
            self.add_error("consent", CONSENT_REQUIRED)
        return cleaned


class RequestForm(PublicForm):
    """Phiếu yêu cầu cung cấp thông tin (NĐ 13/2018, form 01), at /tiep-can-thong-tin/yeu-cau/."""

    requester_kind = forms.ChoiceField(
        label=_("The request is made"),
        choices=RequesterKind.choices,
        initial=RequesterKind.PERSON,
    )
    full_name = forms.CharField(label=_("Full name"), max_length=255)
    id_number = forms.RegexField(
        label=_("ID card number (CCCD) or passport"),
        regex=r"^[A-Za-z0-9]{6,20}$",
        max_length=20,
        help_text=_("Seen only by the staff who handle your request; never published."),
    )
    address = forms.CharField(label=_("Address"), max_length=500)
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    email = forms.EmailField(label=_("Email"), required=False)
    organisation = forms.CharField(
        label=_("Name of the organisation"),
        max_length=255,
        required=False,
        help_text=_(
            "Only when you ask on behalf of an organisation (attach the letter of introduction at the "
            "office)."
        ),
    )
    organisation_role = forms.CharField(
        label=_("Your position in the organisation"), max_length=255, required=False
    )
    information = forms.CharField(
        label=_("Information requested"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("The name of the document or record, its number and date if you know them."),
    )
    purpose = forms.CharField(
        label=_("Purpose of the request"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    delivery = forms.ChoiceField(
        label=_("How do you want to receive the information?"),
        choices=[("", _("Choose…")), *Delivery.choices],
    )
    delivery_address = forms.CharField(
        label=_("Postal address or email for the copy"),
        max_length=500,
        required=False,
        help_text=_("Needed when the copy is sent by post, email or fax."),
    )
    copies = forms.IntegerField(label=_("Number of copies"), min_value=1, max_value=20, initial=1)
    consent = forms.BooleanField(label=CONSENT_LABEL, error_messages={"required": CONSENT_REQUIRED})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        messages = {
            "full_name": _("Please enter your full name."),
            "id_number": _("Please enter the number of your ID card (CCCD) or passport."),
            "address": _("Please enter your address."),
            "information": _("Please describe the information you request."),
            "purpose": _("Please give the purpose of your request."),
            "delivery": _("Please choose how to receive the information."),
            "copies": _("Please enter the number of copies."),
        }
        for name, message in messages.items():
            self.fields[name].error_messages["required"] = message
        self.fields["id_number"].error_messages["invalid"] = _(
            "Enter the number as it is written on the card: 6 to 20 letters and digits, without spaces."
        )
        self.fields["email"].error_messages["invalid"] = INVALID_EMAIL
        autocomplete = {"full_name": "name", "address": "street-address", "phone": "tel", "email": "email"}
        for name, value in autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = value
        self.fields["address"].widget = forms.Textarea(attrs={"rows": 2, "autocomplete": "street-address"})
        self.fields["phone"].widget.attrs["inputmode"] = "tel"
        self.fields["id_number"].widget.attrs["autocomplete"] = "off"

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("phone") or cleaned.get("email")) and "email" not in self.errors:
            self.add_error("phone", _("Please give a phone number or an email so that we can reach you."))
        if cleaned.get("requester_kind") == RequesterKind.ORGANISATION and not cleaned.get("organisation"):
            self.add_error("organisation", _("Please enter the name of the organisation."))
        if cleaned.get("delivery") in {Delivery.POST, Delivery.FAX} and not cleaned.get("delivery_address"):
            self.add_error("delivery_address", _("Please give the address where the copy is sent."))
        if cleaned.get("delivery") == Delivery.EMAIL and not (
            cleaned.get("delivery_address") or cleaned.get("email")
        ):
            self.add_error("delivery_address", _("Please give the email address for the copy."))
        return cleaned


# -- admin --------------------------------------------------------------------------------------------


def handlers():
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(groups__name__in=[roles.EDITOR, roles.EDITOR_IN_CHIEF, roles.ADMINISTRATOR])
            | Q(is_superuser=True)
        )
        .distinct()
        .order_by("username")
    )


class FeedbackHandlingForm(forms.ModelForm):
    class Meta:
        model = PortalFeedback
        fields = ["status", "status_reason", "assignee", "reply"]
        widgets = {
            "status_reason": forms.Textarea(attrs={"rows": 3}),
            "reply": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, **kwargs):
        kwargs.pop("for_user", None)
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = handlers()
        if not self.instance.sender_email:
            self.fields["reply"].help_text = _("The sender gave no email: the reply is kept here only.")
        else:
            self.fields["reply"].help_text = _("Sent by email to the sender when saved.")

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("status") == FeedbackStatus.DECLINED
            and not (cleaned.get("status_reason") or "").strip()
        ):
            self.add_error("status_reason", _("Give the reason why this feedback is not acted on."))
        return cleaned


class RequestHandlingForm(forms.ModelForm):
    class Meta:
        model = InformationRequest
        fields = [
            "received_on",
            "simple",
            "extension_days",
            "extension_reason",
            "assignee",
            "status",
            "refusal_reason",
            "answer",
            "provided_how",
            "provided_on",
        ]
        widgets = {
            "extension_reason": forms.Textarea(attrs={"rows": 2}),
            "refusal_reason": forms.Textarea(attrs={"rows": 3}),
            "answer": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, **kwargs):
        kwargs.pop("for_user", None)
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = handlers()
        self.fields["extension_days"].max_value = MAX_EXTENSION_WORKING_DAYS

    def clean(self):
        cleaned = super().clean()
        previous = (
            InformationRequest.objects.filter(pk=self.instance.pk)
            .values_list("extension_days", flat=True)
            .first()
        )
        days = cleaned.get("extension_days") or 0
        if days and not (cleaned.get("extension_reason") or "").strip():
            self.add_error("extension_reason", _("Give the reason for the extension."))
        if previous and days != previous:
            self.add_error("extension_days", _("The time limit can be extended only once."))
        status = cleaned.get("status")
        if status == RequestStatus.REFUSED and not (cleaned.get("refusal_reason") or "").strip():
            self.add_error("refusal_reason", _("Give the legal ground and the reason for the refusal."))
        if status == RequestStatus.PROVIDED:
            if not cleaned.get("provided_how"):
                self.add_error("provided_how", _("Say how the information was provided."))
        if status in {RequestStatus.PROVIDED, RequestStatus.REFUSED} and not cleaned.get("provided_on"):
            self.add_error("provided_on", _("Give the date the information was provided or refused."))
        return cleaned
