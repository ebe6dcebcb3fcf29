"""Lấy ý kiến and Hỏi đáp: consultations on drafts, and questions from the public with official answers."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from core.fragments import cached
from core.models import BasePage
from core.text import fold, slugify_vi

from ..feeds import QuestionsFeed
from .base import ArticlePage, SectionIndexPage


class ConsultationIndexPage(SectionIndexPage):
    subpage_types = ["sections.ConsultationPage"]
    template = "sections/consultation_index_page.html"

    class Meta:
        verbose_name = _("consultations section")
        verbose_name_plural = _("consultations sections")

    def get_items(self, **filters):
        return ConsultationPage.objects.child_of(self).live().public().order_by("-closes_at", "-pk")


class ConsultationPage(ArticlePage):
    """A draft put out for comment, with its deadline and where comments go (LTCTT 17.1.c).

    It opens and closes by the clock (`state`): the comment form (moderation/consultations) shows only
    between `opens_at` and `closes_at`, and a comment sent after the deadline is refused, with no job to run.
    """

    UPCOMING, OPEN, CLOSED = "upcoming", "open", "closed"

    opens_at = models.DateTimeField(_("open from"), help_text=_("Date and time, Vietnam time."))
    closes_at = models.DateTimeField(
        _("open until"), db_index=True, help_text=_("Comments are accepted until this moment, Vietnam time.")
    )
    receiving_unit = models.CharField(_("receiving unit"), max_length=255)
    receiving_email = models.EmailField(_("email for comments"))
    articles = models.TextField(
        _("articles of the draft"),
        blank=True,
        help_text=_(
            "One per line, as the draft numbers them (e.g. 'Điều 1. Phạm vi điều chỉnh'): the public may "
            "comment on the whole draft or on one of these."
        ),
    )
    outcome = RichTextField(
        _("summary of comments and response"),
        blank=True,
        help_text=_(
            "Tổng hợp ý kiến: published through the workflow and shown first once the consultation closes."
        ),
    )

    content_panels = (
        ArticlePage.content_panels[:2]
        + [
            MultiFieldPanel(
                [
                    FieldPanel("opens_at"),
                    FieldPanel("closes_at"),
                    FieldPanel("receiving_unit"),
                    FieldPanel("receiving_email"),
                    FieldPanel("articles"),
                ],
                heading=_("Consultation"),
            )
        ]
        + ArticlePage.content_panels[2:]
        + [FieldPanel("outcome")]
    )
    search_fields = ArticlePage.search_fields + [index.FilterField("closes_at")]
    parent_page_types = ["sections.ConsultationIndexPage"]

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The consultation must close after it opens.")})

    def state_at(self, moment):
        if moment < self.opens_at:
            return self.UPCOMING
        return self.OPEN if moment < self.closes_at else self.CLOSED

    @property
    def state(self):
        return self.state_at(timezone.now())

    @property
    def is_open(self):
        return self.state == self.OPEN

    @property
    def is_upcoming(self):
        return self.state == self.UPCOMING

    @property
    def is_closed(self):
        return self.state == self.CLOSED

    def article_choices(self):
        """The articles the editors listed, one per line, without blank lines or repeats."""
        lines = (line.strip() for line in (self.articles or "").splitlines())
        return list(dict.fromkeys(line for line in lines if line))

    def seconds_until_change(self, moment=None):
        """Seconds until the page changes state by itself (opens or closes); None once closed."""
        moment = moment or timezone.now()
        for boundary in (self.opens_at, self.closes_at):
            if moment < boundary:
                return max(1, int((boundary - moment).total_seconds()))
        return None

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        remaining = self.seconds_until_change()
        if remaining is not None and remaining < settings.CACHE_CONTROL_S_MAXAGE:
            # A shared cache must not keep "opens at …" (or the form) past the moment the page changes.
            patch_cache_control(response, public=True, max_age=min(remaining, settings.CACHE_CONTROL_MAX_AGE))
            patch_cache_control(response, s_maxage=remaining)
        return response

    @classmethod
    def open_under(cls, ancestor):
        """Live consultations open now below `ancestor`; callers exclude private sections."""
        now = timezone.now()
        return (
            cls.objects.descendant_of(ancestor)
            .live()
            .filter(opens_at__lte=now, closes_at__gt=now)
            .order_by("closes_at", "pk")
        )


def vietnam_datetime(day, time=datetime.time.min):
    """The aware moment of `time` on `day` in the portal's time zone (Vietnam time)."""
    return timezone.make_aware(datetime.datetime.combine(day, time), timezone.get_default_timezone())


FIELD_PARAMETER = "linh-vuc"


class QuestionIndexPage(RoutablePageMixin, SectionIndexPage):
    # Online dialogues (sections.DialoguePage) live here too; the listing shows questions and answers.
    subpage_types = ["sections.QuestionPage", "sections.DialoguePage"]
    template = "sections/question_index_page.html"

    class Meta:
        verbose_name = _("questions and answers section")
        verbose_name_plural = _("questions and answers sections")

    @path("rss/", name="feed")
    def feed(self, request):
        return QuestionsFeed(self)(request)

    def get_items(self, **filters):
        items = QuestionPage.objects.child_of(self).live().public().order_by("-answered_on", "-pk")
        if filters.get("answer_field"):
            items = items.filter(field=filters["answer_field"])
        return items

    def answer_fields(self):
        """[(slug, field)] of the published answers, for the ?linh-vuc= filter (slugs without diacritics)."""
        items = QuestionPage.objects.child_of(self).live().public().exclude(field="")
        fields = items.values_list("field", flat=True).order_by().distinct()
        return sorted({(slugify_vi(field), field) for field in fields}, key=lambda pair: fold(pair[1]))

    def get_context(self, request, *args, **kwargs):
        # One row per field, not per answer, and kept until the next publication like the listing's count.
        fields = cached(request, "answer-fields", self.answer_fields, vary=(self.pk,))
        wanted = request.GET.get(FIELD_PARAMETER, "")
        field = dict(fields).get(wanted, "")
        context = super().get_context(request, *args, answer_field=field, **kwargs)
        context.update({"answer_fields": fields, "field_slug": wanted if field else ""})
        return context


class QuestionPage(BasePage):
    """A question from the public and the official answer, published when of general interest."""

    asker = models.CharField(
        _("asked by"),
        max_length=255,
        help_text=_("As the person agreed to be named, e.g. 'Bà N.T.H., tổ dân phố 5'."),
    )
    asked_on = models.DateField(_("date asked"))
    field = models.CharField(_("field"), max_length=255, blank=True)
    question = models.TextField(_("question"))
    answer = RichTextField(_("answer"))
    answered_by = models.CharField(_("answered by"), max_length=255)
    answered_on = models.DateField(_("date answered"), db_index=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("asker"), FieldPanel("asked_on"), FieldPanel("field")], heading=_("Question")
        ),
        FieldPanel("question"),
        MultiFieldPanel(
            [FieldPanel("answer"), FieldPanel("answered_by"), FieldPanel("answered_on")], heading=_("Answer")
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("question"),
        index.SearchField("answer"),
        index.FilterField("answered_on"),
    ]
    parent_page_types = ["sections.QuestionIndexPage"]
    subpage_types = []
    template = "sections/question_page.html"

    class Meta:
        verbose_name = _("question and answer")
        verbose_name_plural = _("questions and answers")
