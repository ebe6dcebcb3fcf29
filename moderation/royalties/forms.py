"""The royalty fields of the final approval, and the forms of the royalty screens."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from .models.records import MAX_COEFFICIENT, Kind, RoyaltyLine


def user_label(user):
    full_name = user.get_full_name().strip()
    return f"{full_name} ({user.get_username()})" if full_name else user.get_username()


class ContributorsField(forms.ModelMultipleChoiceField):
    """Cleans to a list of user ids, so that the data survives the JSON round trip of the page editor's
    "save and approve" (which sends the modal's cleaned data back as JSON)."""

    def label_from_instance(self, obj):
        return user_label(obj)

    def clean(self, value):
        return [user.pk for user in super().clean(value)]


def parse_names(text):
    """Outside authors, one per line (or separated by semicolons: names of offices contain commas)."""
    names = []
    for chunk in (text or "").replace(";", "\n").splitlines():
        name = " ".join(chunk.split())
        if name and name.casefold() not in {existing.casefold() for existing in names}:
            names.append(name)
    return names


class RoyaltyFieldsForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind of work"), choices=Kind.choices, initial=Kind.NEWS, required=False)
    coefficient = forms.DecimalField(
        label=_("Royalty coefficient"),
        required=False,
        min_value=0,
        max_value=MAX_COEFFICIENT,
        max_digits=6,
        decimal_places=2,
        help_text=_(
            "Points of the royalty scale. 0 records that the item earns no royalty; leave empty to set it "
            "later from Reports → Royalties."
        ),
    )
    contributors = ContributorsField(
        label=_("Authors who are portal users"),
        queryset=get_user_model().objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    outside_authors = forms.CharField(
        label=_("Other authors"),
        required=False,
        widget=forms.Textarea({"rows": 2}),
        help_text=_("People without a portal account, one name per line."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contributors"].queryset = (
            get_user_model().objects.filter(is_active=True).order_by("first_name", "last_name", "username")
        )

    def clean(self):
        cleaned = super().clean()
        cleaned["kind"] = cleaned.get("kind") or Kind.NEWS
        coefficient = cleaned.get("coefficient")
        if coefficient is not None:
            cleaned["coefficient"] = str(coefficient)
        has_authors = cleaned.get("contributors") or parse_names(cleaned.get("outside_authors"))
        if coefficient is not None and coefficient > 0 and not has_authors:
            raise forms.ValidationError(_("Name at least one author to pay the royalty to."))
        return cleaned


class RoyaltyApprovalForm(RoyaltyFieldsForm):
    """The final approval's form: the reviewer's comment, then the royalty."""

    comment = forms.CharField(label=_("Comment"), required=False, widget=forms.Textarea({"rows": 2}))
    field_order = ["comment", "kind", "coefficient", "contributors", "outside_authors"]


class SetRoyaltyForm(RoyaltyFieldsForm):
    """Setting the royalty of an item approved without one: the coefficient is needed now."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["coefficient"].required = True
        self.fields["coefficient"].help_text = _("Points of the royalty scale; 0 when the item earns none.")


class MarkPaidForm(forms.Form):
    """Marks unpaid lines as paid on a date (the report posts one form per author)."""

    lines = forms.ModelMultipleChoiceField(
        queryset=RoyaltyLine.objects.filter(paid_on__isnull=True), widget=forms.MultipleHiddenInput
    )
    paid_on = forms.DateField(label=_("Paid on"), widget=AdminDateInput, initial=timezone.localdate)
