"""Page types of the mandatory sections (Nghị định 42/2022, 224/2026; Luật Tiếp cận thông tin Art 19)."""

from .base import ArticlePage, SectionIndexPage, StandardPage
from .contact import ContactEntry, ContactPage, PressReleasePage, SitemapPage, Spokesperson, SpokespersonPage
from .dialogue import DialoguePage
from .directions import DirectionIndexPage, DirectionPage, ScheduleEntry, SchedulePage
from .disclosure import (
    BudgetIndexPage,
    BudgetReportPage,
    LegalDisseminationIndexPage,
    LegalDisseminationPage,
    PlanIndexPage,
    PlanPage,
    ProjectIndexPage,
    ProjectPage,
    RecruitmentIndexPage,
    RecruitmentPage,
    StatisticsIndexPage,
    StatisticsPage,
)
from .galleries import PhotoGalleryPage, VideoGalleryPage
from .general import GeneralArticlePage, GeneralSectionPage
from .information import AccessToInformationPage, DisclosureItem
from .intro import IntroIndexPage, Leader, LeadersPage
from .news import NewsCategory, NewsIndexPage, NewsPage
from .participation import ConsultationIndexPage, ConsultationPage, QuestionIndexPage, QuestionPage
from .procedures import ProcedureIndexPage, ProcedurePage
from .science import ScienceProgrammeIndexPage, ScienceProgrammePage

__all__ = [
    "AccessToInformationPage",
    "ArticlePage",
    "BudgetIndexPage",
    "BudgetReportPage",
    "ConsultationIndexPage",
    "ConsultationPage",
    "ContactEntry",
    "ContactPage",
    "DialoguePage",
    "DirectionIndexPage",
    "DirectionPage",
    "DisclosureItem",
    "GeneralArticlePage",
    "GeneralSectionPage",
    "IntroIndexPage",
    "Leader",
    "LeadersPage",
    "LegalDisseminationIndexPage",
    "LegalDisseminationPage",
    "NewsCategory",
    "NewsIndexPage",
    "NewsPage",
    "PhotoGalleryPage",
    "PlanIndexPage",
    "PlanPage",
    "PressReleasePage",
    "ProcedureIndexPage",
    "ProcedurePage",
    "ProjectIndexPage",
    "ProjectPage",
    "QuestionIndexPage",
    "QuestionPage",
    "RecruitmentIndexPage",
    "RecruitmentPage",
    "ScheduleEntry",
    "SchedulePage",
    "ScienceProgrammeIndexPage",
    "ScienceProgrammePage",
    "SectionIndexPage",
    "SitemapPage",
    "StandardPage",
    "Spokesperson",
    "SpokespersonPage",
    "StatisticsIndexPage",
    "StatisticsPage",
    "VideoGalleryPage",
]
