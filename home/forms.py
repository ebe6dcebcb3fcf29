"""The image form of the admin (WAGTAILIMAGES_IMAGE_FORM_BASE): alternative text is required."""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class ImageForm(BaseImageForm):
    """Wagtail's image form with the description, which Wagtail uses as the default alt text, required."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("description")
        if field is not None:
            field.required = True
            field.label = _("Alternative text")
            field.help_text = _(
                "What the image shows, for people who cannot see it (required by WCAG 2.1). "
                "Write 'decorative' only for images that carry no information."
            )

    def clean_description(self):
        value = (self.cleaned_data.get("description") or "").strip()
        if not value:
            from django.core.exceptions import ValidationError

            raise ValidationError(_("Describe the image for people who cannot see it."))
        return value
