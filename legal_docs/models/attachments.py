"""The files attached to a document: Wagtail documents, each with a title and a kind."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from .documents import LegalDocument


class LegalDocumentAttachment(Orderable):
    class Kind(models.TextChoices):
        MAIN = "van-ban", _("Text of the document")
        SIGNED = "ban-ky-so", _("Digitally signed copy")
        ANNEX = "phu-luc", _("Annex")
        OTHER = "khac", _("Other")

    legal_document = ParentalKey(LegalDocument, on_delete=models.CASCADE, related_name="attachments")
    file = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("file"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("title"), max_length=255, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.MAIN)

    panels = [FieldPanel("file"), FieldRowPanel([FieldPanel("title"), FieldPanel("kind")])]

    class Meta(Orderable.Meta):
        verbose_name = _("attached file")
        verbose_name_plural = _("attached files")

    def __str__(self):
        return self.title or self.file.title

    @property
    def display_title(self):
        return self.title or self.file.title
