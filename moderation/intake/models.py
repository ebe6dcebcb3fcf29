"""The intake register (sổ tiếp nhận thông tin): every piece of information sent to the portal, by any
channel, with what became of it."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from moderation.tracking import TrackingCodeMixin


class Channel(models.TextChoices):
    WEB_FORM = "web", _("Web form")
    EMAIL = "email", _("Email")
    SIGNED_DOCUMENT = "signed", _("Signed electronic document")
    FACEBOOK = "facebook", _("Facebook")
    PAPER = "paper", _("Paper document")


class Status(models.TextChoices):
    NEW = "new", _("New")
    IN_PROGRESS = "in_progress", _("In progress")
    PUBLISHED = "published", _("Published")
    NOT_PUBLISHED = "not_published", _("Not published")


class IntakeRecord(TrackingCodeMixin, models.Model):
    CODE_PREFIX = "DK"

    tracking_code = models.CharField(_("tracking code"), max_length=20, unique=True, editable=False)
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices, default=Channel.WEB_FORM)
    received_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    sender_name = models.CharField(_("sender's name"), max_length=255, blank=True)
    sender_email = models.EmailField(_("sender's email"), blank=True)
    sender_phone = models.CharField(_("sender's phone"), max_length=40, blank=True)
    sender_address = models.CharField(_("sender's address"), max_length=500, blank=True)
    subject = models.CharField(_("subject"), max_length=500)
    body = models.TextField(_("content"), blank=True)
    # The Message-ID of an email (or a digest of the raw message when it has none): one record per message.
    message_id = models.CharField(
        _("email Message-ID"), max_length=500, null=True, blank=True, unique=True, editable=False
    )
    # The token of the web form that sent it: a citizen who sends the same form again (after an error page,
    # not knowing the first attempt was stored) gets the first record back instead of a duplicate.
    submission_token = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assignee"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW)
    status_reason = models.TextField(_("reason"), blank=True)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page it became"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="intake_records",
    )
    # Extension point for other targets (e.g. a legal document): the admin URL and title of what it became,
    # and the object itself (content type + id), so that the object can link back to its record.
    target_label = models.CharField(_("what it became"), max_length=500, blank=True, editable=False)
    target_admin_url = models.CharField(_("admin link"), max_length=500, blank=True, editable=False)
    target_content_type = models.ForeignKey(
        "contenttypes.ContentType",
        verbose_name=_("type of what it became"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    target_object_id = models.CharField(_("id of what it became"), max_length=255, blank=True, editable=False)
    # Files that came with the information but were refused (type, disguise, size): name and reason.
    refused_files = models.JSONField(_("refused files"), default=list, blank=True, editable=False)
    acknowledged_at = models.DateTimeField(
        _("acknowledgement sent at"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("intake record")
        verbose_name_plural = _("intake register")
        ordering = ["-received_at", "-pk"]
        indexes = [
            models.Index(fields=["target_content_type", "target_object_id"], name="intake_record_target")
        ]

    def __str__(self):
        return f"{self.tracking_code} – {self.subject}"

    @property
    def has_draft(self):
        """A draft (page or other target) was made from this record."""
        return bool(self.page_id or self.target_object_id)

    @property
    def has_signatures(self):
        return any(attachment.signatures for attachment in self.attachments.all())


def attachment_path(instance, filename):
    # A random name: the file is not guessable even where media files are served directly.
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"intake/{timezone.now():%Y/%m}/{secrets.token_urlsafe(16)}.{ext}"


class IntakeAttachment(models.Model):
    record = models.ForeignKey(
        IntakeRecord, verbose_name=_("intake record"), on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=255)
    original_name = models.CharField(_("file name"), max_length=255)
    kind = models.CharField(_("file type"), max_length=10)
    size = models.PositiveBigIntegerField(_("size"), default=0)
    # One entry per embedded signature of a PDF: see moderation.intake.signatures.
    signatures = models.JSONField(_("digital signatures"), default=list, blank=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["pk"]

    def __str__(self):
        return self.original_name

    @property
    def is_image(self):
        return self.kind in {"jpg", "png"}
