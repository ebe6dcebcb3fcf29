"""Royalties (nhuận bút) for published items: who wrote them, what kind of work, the coefficient the
editor-in-chief set at the final approval, and the amount at the rate in force that day.

Quy chế 218/2025 Điều 13 and 15.2.b; Nghị định 18/2014/NĐ-CP (royalties as coefficient points × the value
of one point). One `RoyaltyRecord` per approval, one `RoyaltyLine` per author: payments are made to people,
so each line is marked paid on its own.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

# Nghị định 18/2014/NĐ-CP: one coefficient point is worth 10% of the base salary (lương cơ sở),
# 2,340,000 VND since 1 July 2024. The editor-in-chief changes it in Settings → Royalties.
DEFAULT_RATE_PER_POINT = 234_000
MAX_COEFFICIENT = Decimal("100")


class Kind(models.TextChoices):
    NEWS = "tin", _("News item")
    ARTICLE = "bai", _("Article")
    PHOTO = "anh", _("Photo")
    VIDEO = "video", _("Video")
    AUDIO = "audio", _("Audio")
    GRAPHIC = "do-hoa", _("Graphic")
    TRANSLATION = "dich", _("Translation")
    OTHER = "khac", _("Other")


@register_setting(icon="pick")
class RoyaltySettings(BaseSiteSetting):
    """The value of one coefficient point. Changing it never changes amounts already recorded."""

    rate_per_point = models.PositiveIntegerField(
        _("rate per coefficient point (VND)"),
        default=DEFAULT_RATE_PER_POINT,
        help_text=_(
            "The amount paid for one coefficient point. Amounts already recorded keep the rate of their "
            "approval day."
        ),
    )

    panels = [FieldPanel("rate_per_point")]

    class Meta:
        verbose_name = _("Royalties")
        verbose_name_plural = _("Royalties")


def amount_for(coefficient, rate):
    """Whole VND, rounded half up."""
    return int((Decimal(coefficient) * Decimal(rate)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def split_amount(amount, parts):
    """`amount` split into `parts` whole-VND shares that add up to it; the first shares take the rest."""
    if parts <= 0:
        return []
    share, rest = divmod(amount, parts)
    return [share + (1 if index < rest else 0) for index in range(parts)]


class RoyaltyRecordQuerySet(models.QuerySet):
    def for_object(self, obj):
        base = getattr(obj, "get_base_content_type", None)
        content_type = base() if base else ContentType.objects.get_for_model(obj)
        return self.filter(content_type=content_type, object_id=str(obj.pk))


class RoyaltyRecord(models.Model):
    """The royalty decided for one approved item (a page or a legal document)."""

    content_type = models.ForeignKey(
        ContentType, verbose_name=_("content type"), on_delete=models.PROTECT, related_name="+"
    )
    object_id = models.CharField(_("object id"), max_length=255)
    content_object = GenericForeignKey("content_type", "object_id")
    title = models.CharField(_("title"), max_length=255)
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("revision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    task_state = models.OneToOneField(
        "wagtailcore.TaskState",
        verbose_name=_("approval"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="royalty_record",
    )
    kind = models.CharField(_("kind of work"), max_length=16, choices=Kind.choices, default=Kind.NEWS)
    coefficient = models.DecimalField(
        _("coefficient"),
        max_digits=6,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(MAX_COEFFICIENT)],
    )
    rate = models.PositiveIntegerField(_("rate per point (VND)"))
    amount = models.PositiveBigIntegerField(_("amount (VND)"))
    approved_at = models.DateTimeField(_("approved at"), default=timezone.now, db_index=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = RoyaltyRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("royalty record")
        verbose_name_plural = _("royalty records")
        ordering = ["-approved_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"], name="royalty_record_object")]

    def __str__(self):
        return self.title

    def get_kind_display_text(self):
        return Kind(self.kind).label if self.kind in Kind.values else self.kind


class RoyaltyLine(models.Model):
    """One author's share of a record: a contributor (a user) or an outside person named in text."""

    record = models.ForeignKey(
        RoyaltyRecord, verbose_name=_("royalty record"), on_delete=models.CASCADE, related_name="lines"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("contributor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="royalty_lines",
    )
    name = models.CharField(_("author"), max_length=255)
    amount = models.PositiveBigIntegerField(_("amount (VND)"))
    paid_on = models.DateField(_("paid on"), null=True, blank=True)
    paid_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("payment recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    paid_recorded_at = models.DateTimeField(_("payment recorded at"), null=True, blank=True)

    class Meta:
        verbose_name = _("royalty line")
        verbose_name_plural = _("royalty lines")
        ordering = ["name", "record__approved_at", "pk"]
        permissions = [("mark_paid", _("Can mark royalties as paid"))]

    def __str__(self):
        return f"{self.name}: {self.record}"

    @property
    def is_paid(self):
        return self.paid_on is not None

    @property
    def author_key(self):
        """Lines of the same person are grouped: a user by id, an outside person by name."""
        return f"user:{self.user_id}" if self.user_id else f"name:{self.name.casefold()}"
