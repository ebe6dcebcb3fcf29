"""The taxonomies of legal documents, editable snippets: types, issuing authorities, fields and signers.

Their slugs are part of the public addresses (`?loai=quyet-dinh`), so they do not change once published.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class Taxonomy(models.Model):
    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        allow_unicode=False,
        help_text=_(
            "Used in addresses and filters (e.g. ?loai=quyet-dinh). Do not change it once published."
        ),
    )
    code = models.CharField(
        _("code"),
        max_length=50,
        blank=True,
        help_text=_("The abbreviation officials write (e.g. QĐ, NĐ, UBND): imports match it too."),
    )
    sort_order = models.PositiveIntegerField(_("sort order"), default=100)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("code"), FieldPanel("sort_order")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class DocumentType(Taxonomy):
    """Luật, Nghị định, Thông tư, Quyết định, …"""

    class Meta(Taxonomy.Meta):
        verbose_name = _("document type")
        verbose_name_plural = _("document types")


class IssuingLevel(models.TextChoices):
    CENTRAL = "trung-uong", _("Central")
    CITY = "thanh-pho", _("City")
    WARD = "phuong", _("Ward")


class Issuer(Taxonomy):
    """Cơ quan ban hành: Quốc hội, Chính phủ, UBND thành phố Hải Phòng, UBND phường Dương Kinh, …"""

    level = models.CharField(_("issuing level"), max_length=20, choices=IssuingLevel.choices)

    panels = Taxonomy.panels + [FieldPanel("level")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("issuing authority")
        verbose_name_plural = _("issuing authorities")


class LegalField(Taxonomy):
    """Lĩnh vực: hành chính, đất đai, công nghệ thông tin, …"""

    class Meta(Taxonomy.Meta):
        verbose_name = _("field")
        verbose_name_plural = _("fields")


class Signer(Taxonomy):
    """Người ký, with the position they usually sign in (the document keeps its own copy)."""

    position = models.CharField(_("position"), max_length=255, blank=True)

    panels = Taxonomy.panels + [FieldPanel("position")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("signer")
        verbose_name_plural = _("signers")
