"""The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE): alternative text is required; and its document
form (WAGTAILDOCS_DOCUMENT_FORM_BASE): files are checked by content (core/uploads.py).

Wagtail builds every admin image form from this base: the single upload, the edit form, the chooser's
upload tab in the page editor and the multiple upload. The multiple upload first validates the file with
this form and, because the alternative text is missing, keeps the file as a pending upload
(`wagtail.models.UploadedFile`) instead of saving an image; the image is created only when its form is
submitted with the alternative text.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from .uploads import check_upload

MISSING_ALT_TEXT = _("Describe the image for people who cannot see it.")


class ImageForm(BaseImageForm):
    """Wagtail's image form with the description, which Wagtail uses as the default alt text, required."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("description")
        if field is not None:
            field.required = True
            field.error_messages["required"] = MISSING_ALT_TEXT
            field.label = _("Alternative text")
            field.help_text = _(
                "What the image shows, for people who cannot see it (required by WCAG 2.1). "
                "Write 'decorative' only for images that carry no information."
            )

    def clean_description(self):
        value = (self.cleaned_data.get("description") or "").strip()
        if not value:
            raise ValidationError(MISSING_ALT_TEXT, code="required")
        return value


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, whose file is checked by content before it is stored."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and hasattr(uploaded, "read") and not getattr(uploaded, "_committed", False):
            uploaded.seek(0)
            check_upload(uploaded.name, uploaded.read())
            uploaded.seek(0)
        return uploaded
