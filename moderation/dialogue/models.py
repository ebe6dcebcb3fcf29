"""Questions sent to an online dialogue (sections.DialoguePage), and the answers the editorial board
publishes for them. A question is a moderation record: nothing of it is public until the editor-in-chief
publishes its answer, and then only the question as asked, the asker's initials and the answer."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.text import initials
from moderation.tracking import TrackingCodeMixin


class Status(models.TextChoices):
    NEW = "new", _("New")
    DRAFTED = "drafted", _("Answer drafted, awaiting the editor-in-chief")
    PUBLISHED = "published", _("Answer published")
    DECLINED = "declined", _("Not published")


class DialogueQuestionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Status.PUBLISHED).order_by("published_at", "pk")


class DialogueQuestion(TrackingCodeMixin, models.Model):
    CODE_PREFIX = "DT"

    page = models.ForeignKey(
        "sections.DialoguePage",
        verbose_name=_("online dialogue"),
        on_delete=models.PROTECT,  # kept when the page is deleted: moderation/kept_records.py
        related_name="dialogue_questions",
    )
    tracking_code = models.CharField(_("tracking code"), max_length=20, unique=True, editable=False)
    submission_token = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    received_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    asker_name = models.CharField(_("asker's name"), max_length=120)
    asker_email = models.EmailField(_("asker's email"), blank=True)
    question = models.TextField(_("question"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW)
    answer = models.TextField(_("answer"), blank=True)
    answered_by = models.CharField(_("answered by"), max_length=255, blank=True)
    status_reason = models.TextField(_("reason"), blank=True)
    drafted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, editable=False)
    acknowledged_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = DialogueQuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("dialogue question")
        verbose_name_plural = _("dialogue questions")
        ordering = ["-received_at", "-pk"]
        permissions = [("publish_dialoguequestion", _("Can publish answers of an online dialogue"))]
        indexes = [models.Index(fields=["page", "status", "published_at"], name="dialogue_published")]

    def __str__(self):
        return f"{self.tracking_code} – {self.question[:60]}"

    @property
    def asker_initials(self):
        return initials(self.asker_name)
