"""Đối thoại trực tuyến: a scheduled online dialogue between the ward's leaders and the public.

The page holds what the editorial board publishes through the workflow (topic, leaders, time). The questions
and the answers given during the session are moderation records (moderation/dialogue): this app does not
import them; the page's template draws them with that app's template tags, and its form posts there.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from core.models import BasePage


class DialoguePage(BasePage):
    """One session: its topic, the leaders taking part, when it starts and ends (Vietnam time)."""

    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown in listings.")
    )
    intro = RichTextField(_("topic"), blank=True, features=["bold", "italic", "link", "ul", "ol"])
    participants = models.TextField(
        _("leaders taking part"),
        help_text=_("One per line, e.g. 'Ông Nguyễn Văn A, Chủ tịch UBND phường'."),
    )
    starts_at = models.DateTimeField(_("starts at"), db_index=True)
    ends_at = models.DateTimeField(_("ends at"))

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("participants"), FieldPanel("starts_at"), FieldPanel("ends_at")],
            heading=_("Session"),
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("summary"), index.SearchField("intro")]
    parent_page_types = ["sections.QuestionIndexPage"]
    subpage_types = []
    template = "sections/dialogue_page.html"

    class Meta:
        verbose_name = _("online dialogue")
        verbose_name_plural = _("online dialogues")

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The session must end after it starts.")})

    @property
    def participant_names(self):
        return [line.strip() for line in self.participants.splitlines() if line.strip()]

    def is_live(self, now=None):
        now = now or timezone.now()
        return self.starts_at <= now <= self.ends_at

    def is_over(self, now=None):
        return (now or timezone.now()) > self.ends_at

    def accepts_questions(self, now=None):
        """Questions are taken from the moment the session is announced until it ends."""
        return not self.is_over(now)
