"""Relations between documents (căn cứ, sửa đổi, thay thế, bãi bỏ, …), declared on the newer document.

A relation that ends or amends its target sets the target's `superseded_on` / `amended_on` once the
declaring document is published (`documents.refresh_relation_dates`), and so its validity status.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable


class RelationKind(models.TextChoices):
    BASIS = "can-cu", _("Based on")
    AMENDS = "sua-doi", _("Amends or supplements")
    REPLACES = "thay-the", _("Replaces")
    REPEALS = "bai-bo", _("Repeals")
    PARTLY_REPEALS = "bai-bo-mot-phan", _("Partly repeals")
    GUIDES = "huong-dan", _("Guides the implementation of")


# What the other side of a relation reads ("is replaced by", …).
INVERSE_LABELS = {
    RelationKind.BASIS: _("Serves as basis for"),
    RelationKind.AMENDS: _("Amended or supplemented by"),
    RelationKind.REPLACES: _("Replaced by"),
    RelationKind.REPEALS: _("Repealed by"),
    RelationKind.PARTLY_REPEALS: _("Partly repealed by"),
    RelationKind.GUIDES: _("Implementation guided by"),
}
ENDING_KINDS = {RelationKind.REPLACES, RelationKind.REPEALS}
AMENDING_KINDS = {RelationKind.AMENDS, RelationKind.PARTLY_REPEALS}


class LegalDocumentRelation(Orderable):
    # By name: the document module imports this one (a document's save refreshes its relations' dates).
    source = ParentalKey("LegalDocument", on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(_("relation"), max_length=20, choices=RelationKind.choices)
    target = models.ForeignKey(
        "LegalDocument",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="incoming_relations",
    )
    note = models.CharField(_("note"), max_length=255, blank=True, help_text=_("e.g. Articles 3 to 5"))

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("target")]), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("related document")
        verbose_name_plural = _("related documents")

    def __str__(self):
        return f"{self.get_kind_display()} {self.target_id}"

    @property
    def inverse_label(self):
        return INVERSE_LABELS[RelationKind(self.kind)]
