"""Lấy ý kiến and Hỏi đáp: consultations on drafts, and questions from the public with official answers."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

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
        return ConsultationPage.objects.child_of(self).live().public().order_by("-closes_on", "-pk")


class ConsultationPage(ArticlePage):
    """A draft put out for comment, with its deadline and where comments go (LTCTT 17.1.c)."""

    opens_on = models.DateField(_("open from"))
    closes_on = models.DateField(_("open until"), db_index=True)
    receiving_unit = models.CharField(_("receiving unit"), max_length=255)
    receiving_email = models.EmailField(_("email for comments"))
    outcome = RichTextField(_("summary of comments and response"), blank=True)

    content_panels = (
        ArticlePage.content_panels[:2]
        + [
            MultiFieldPanel(
                [
                    FieldPanel("opens_on"),
                    FieldPanel("closes_on"),
                    FieldPanel("receiving_unit"),
                    FieldPanel("receiving_email"),
                ],
                heading=_("Consultation"),
            )
        ]
        + ArticlePage.content_panels[2:]
        + [FieldPanel("outcome")]
    )
    search_fields = ArticlePage.search_fields + [index.FilterField("closes_on")]
    parent_page_types = ["sections.ConsultationIndexPage"]

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")

    @property
    def is_open(self):
        return self.opens_on <= timezone.localdate() <= self.closes_on

    @classmethod
    def open_under(cls, ancestor):
        """Live consultations open today below `ancestor`; callers exclude private sections."""
        today = timezone.localdate()
        return (
            cls.objects.descendant_of(ancestor)
            .live()
            .filter(opens_on__lte=today, closes_on__gte=today)
            .order_by("closes_on", "pk")
        )


FIELD_PARAMETER = "linh-vuc"


class QuestionIndexPage(RoutablePageMixin, SectionIndexPage):
    subpage_types = ["sections.QuestionPage"]
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
        fields = items.values_list("field", flat=True)
        return sorted({(slugify_vi(field), field) for field in fields}, key=lambda pair: fold(pair[1]))

    def get_context(self, request, *args, **kwargs):
        fields = self.answer_fields()
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
