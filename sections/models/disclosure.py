"""Sections that disclose the ward's work: plans, projects and procurement, budget, recruitment,
statistics, and legal dissemination (Luật Tiếp cận thông tin Art 17, 19)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from .base import ArticlePage, SectionIndexPage


class PlanIndexPage(SectionIndexPage):
    subpage_types = ["sections.PlanPage"]

    class Meta:
        verbose_name = _("strategies, plans and programmes section")
        verbose_name_plural = _("strategies, plans and programmes sections")


class PlanPage(ArticlePage):
    class Kind(models.TextChoices):
        STRATEGY = "chien-luoc", _("Strategy")
        MASTER_PLAN = "quy-hoach", _("Master plan")
        PLAN = "ke-hoach", _("Plan")
        REPORT = "bao-cao", _("Implementation report")

    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.PLAN)
    period = models.CharField(_("period"), max_length=64, blank=True, help_text=_("For example 2026–2030."))

    content_panels = (
        ArticlePage.content_panels[:2]
        + [FieldPanel("kind"), FieldPanel("period")]
        + ArticlePage.content_panels[2:]
    )
    search_fields = ArticlePage.search_fields + [index.FilterField("kind")]
    parent_page_types = ["sections.PlanIndexPage"]

    class Meta:
        verbose_name = _("strategy, plan or programme")
        verbose_name_plural = _("strategies, plans and programmes")


class ProjectIndexPage(SectionIndexPage):
    subpage_types = ["sections.ProjectPage"]
    template = "sections/project_index_page.html"

    class Meta:
        verbose_name = _("projects, tenders and procurement section")
        verbose_name_plural = _("projects, tenders and procurement sections")

    def get_items(self, **filters):
        return ProjectPage.objects.child_of(self).live().public().order_by("status", "-date", "-pk")


class ProjectPage(ArticlePage):
    class Kind(models.TextChoices):
        INVESTMENT = "dau-tu", _("Public investment project")
        TENDER = "dau-thau", _("Tender")
        PROCUREMENT = "mua-sam", _("Public procurement")
        LAND = "dat-dai", _("Land prices, recovery and compensation")

    class Status(models.TextChoices):
        PREPARING = "chuan-bi", _("Preparing")
        ONGOING = "dang-thuc-hien", _("Ongoing")
        COMPLETED = "hoan-thanh", _("Completed")

    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.INVESTMENT)
    status = models.CharField(_("status"), max_length=32, choices=Status.choices, default=Status.PREPARING)
    objective = models.TextField(_("objective"), blank=True)
    field = models.CharField(_("field"), max_length=255, blank=True)
    timeframe = models.CharField(_("timeframe"), max_length=64, blank=True)
    total_investment = models.CharField(
        _("funding"), max_length=128, blank=True, help_text=_("For example 12,5 tỷ đồng.")
    )
    funding_source = models.CharField(_("source of funds or sponsor"), max_length=255, blank=True)

    content_panels = (
        ArticlePage.content_panels[:2]
        + [
            MultiFieldPanel(
                [
                    FieldPanel("kind"),
                    FieldPanel("status"),
                    FieldPanel("objective"),
                    FieldPanel("field"),
                    FieldPanel("timeframe"),
                    FieldPanel("total_investment"),
                    FieldPanel("funding_source"),
                ],
                heading=_("Project"),
            )
        ]
        + ArticlePage.content_panels[2:]
    )
    search_fields = ArticlePage.search_fields + [
        index.SearchField("objective"),
        index.FilterField("kind"),
        index.FilterField("status"),
    ]
    parent_page_types = ["sections.ProjectIndexPage"]

    class Meta:
        verbose_name = _("project, tender or procurement")
        verbose_name_plural = _("projects, tenders and procurement")


class BudgetIndexPage(SectionIndexPage):
    subpage_types = ["sections.BudgetReportPage"]
    items_per_page = 50
    template = "sections/budget_index_page.html"

    class Meta:
        verbose_name = _("budget disclosure section")
        verbose_name_plural = _("budget disclosure sections")

    def get_items(self, **filters):
        return (
            BudgetReportPage.objects.child_of(self).live().public().order_by("-fiscal_year", "-date", "-pk")
        )


class BudgetReportPage(ArticlePage):
    class Kind(models.TextChoices):
        ESTIMATE = "du-toan", _("Budget estimate")
        EXECUTION = "thuc-hien", _("Budget execution")
        FINAL_ACCOUNTS = "quyet-toan", _("Final accounts")
        FINANCIAL_REPORT = "bao-cao-tai-chinh", _("Financial report")
        FUNDS = "quy-dong-gop", _("Funds and donations")
        SOCIAL_SUPPORT = "ho-tro-an-sinh", _("Social support")

    fiscal_year = models.PositiveSmallIntegerField(_("fiscal year"))
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.ESTIMATE)

    content_panels = (
        ArticlePage.content_panels[:2]
        + [FieldPanel("fiscal_year"), FieldPanel("kind")]
        + ArticlePage.content_panels[2:]
    )
    search_fields = ArticlePage.search_fields + [index.FilterField("fiscal_year"), index.FilterField("kind")]
    parent_page_types = ["sections.BudgetIndexPage"]

    class Meta:
        verbose_name = _("budget report")
        verbose_name_plural = _("budget reports")


class RecruitmentIndexPage(SectionIndexPage):
    subpage_types = ["sections.RecruitmentPage"]

    class Meta:
        verbose_name = _("recruitment section")
        verbose_name_plural = _("recruitment sections")


class RecruitmentPage(ArticlePage):
    positions = models.PositiveSmallIntegerField(_("number of positions"), null=True, blank=True)
    deadline = models.DateField(_("application deadline"), null=True, blank=True)

    content_panels = (
        ArticlePage.content_panels[:2]
        + [FieldPanel("positions"), FieldPanel("deadline")]
        + ArticlePage.content_panels[2:]
    )
    parent_page_types = ["sections.RecruitmentIndexPage"]

    class Meta:
        verbose_name = _("recruitment notice")
        verbose_name_plural = _("recruitment notices")


class StatisticsIndexPage(SectionIndexPage):
    subpage_types = ["sections.StatisticsPage"]

    class Meta:
        verbose_name = _("statistics section")
        verbose_name_plural = _("statistics sections")


class StatisticsPage(ArticlePage):
    reference_date = models.DateField(_("reference date"), null=True, blank=True)
    method = models.TextField(_("method"), blank=True)

    content_panels = (
        ArticlePage.content_panels[:2]
        + [FieldPanel("reference_date"), FieldPanel("method")]
        + ArticlePage.content_panels[2:]
    )
    parent_page_types = ["sections.StatisticsIndexPage"]

    class Meta:
        verbose_name = _("statistics report")
        verbose_name_plural = _("statistics reports")


class LegalDisseminationIndexPage(SectionIndexPage):
    subpage_types = ["sections.LegalDisseminationPage"]

    class Meta:
        verbose_name = _("legal dissemination section")
        verbose_name_plural = _("legal dissemination sections")


class LegalDisseminationPage(ArticlePage):
    parent_page_types = ["sections.LegalDisseminationIndexPage"]

    class Meta:
        verbose_name = _("legal dissemination article")
        verbose_name_plural = _("legal dissemination articles")
