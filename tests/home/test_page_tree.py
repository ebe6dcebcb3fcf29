"""The page tree cannot drift from the shape in ARCHITECTURE.md: each type lives only where it belongs."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from legal_docs.models import LegalDocumentIndexPage
from sections import models as s

SECTION_TYPES = {
    "gioi-thieu": s.IntroIndexPage,
    "tin-tuc": s.NewsIndexPage,
    "chi-dao-dieu-hanh": s.DirectionIndexPage,
    "van-ban": LegalDocumentIndexPage,
    "thu-tuc-hanh-chinh": s.ProcedureIndexPage,
    "chien-luoc-quy-hoach-ke-hoach": s.PlanIndexPage,
    "du-an-dau-thau-mua-sam": s.ProjectIndexPage,
    "cong-khai-ngan-sach": s.BudgetIndexPage,
    "tuyen-dung": s.RecruitmentIndexPage,
    "thong-ke": s.StatisticsIndexPage,
    "chuong-trinh-de-tai-khoa-hoc": s.ScienceProgrammeIndexPage,
    "tuyen-truyen-pho-bien-phap-luat": s.LegalDisseminationIndexPage,
    "tiep-can-thong-tin": s.AccessToInformationPage,
    "lay-y-kien": s.ConsultationIndexPage,
    "hoi-dap": s.QuestionIndexPage,
    "nguoi-phat-ngon": s.SpokespersonPage,
    "lien-he": s.ContactPage,
    "so-do-cong": s.SitemapPage,
}

ITEM_TYPES = {
    s.IntroIndexPage: {s.StandardPage, s.LeadersPage},
    s.NewsIndexPage: {s.NewsPage, s.PhotoGalleryPage, s.VideoGalleryPage},
    s.DirectionIndexPage: {s.DirectionPage, s.SchedulePage},
    LegalDocumentIndexPage: set(),
    s.ProcedureIndexPage: {s.ProcedurePage},
    s.PlanIndexPage: {s.PlanPage},
    s.ProjectIndexPage: {s.ProjectPage},
    s.BudgetIndexPage: {s.BudgetReportPage},
    s.RecruitmentIndexPage: {s.RecruitmentPage},
    s.StatisticsIndexPage: {s.StatisticsPage},
    s.ScienceProgrammeIndexPage: {s.ScienceProgrammePage},
    s.LegalDisseminationIndexPage: {s.LegalDisseminationPage},
    s.AccessToInformationPage: {s.StandardPage},
    s.ConsultationIndexPage: {s.ConsultationPage},
    s.QuestionIndexPage: {s.QuestionPage, s.DialoguePage},
    s.SpokespersonPage: {s.PressReleasePage},
    s.ContactPage: {s.StandardPage},
    s.SitemapPage: set(),
    s.GeneralSectionPage: {s.GeneralArticlePage, s.StandardPage},
}


class PageTreeRulesTest(WagtailPageTestCase):
    def test_home_page_sits_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_holds_exactly_the_mandatory_sections_and_the_wards_own(self):
        self.assertAllowedSubpageTypes(HomePage, {*SECTION_TYPES.values(), s.GeneralSectionPage})

    def test_each_section_lives_only_under_the_home_page(self):
        for section_type in [*SECTION_TYPES.values(), s.GeneralSectionPage]:
            with self.subTest(section=section_type.__name__):
                self.assertAllowedParentPageTypes(section_type, {HomePage})

    def test_each_section_holds_only_its_own_item_types(self):
        for section_type, item_types in ITEM_TYPES.items():
            with self.subTest(section=section_type.__name__):
                self.assertAllowedSubpageTypes(section_type, item_types)

    def test_items_hold_no_children(self):
        for item_type in set().union(*ITEM_TYPES.values()):
            with self.subTest(item=item_type.__name__):
                self.assertAllowedSubpageTypes(item_type, set())

    def test_news_cannot_be_created_outside_the_news_section(self):
        self.assertCanCreateAt(s.NewsIndexPage, s.NewsPage)
        self.assertCanNotCreateAt(HomePage, s.NewsPage)
        self.assertCanNotCreateAt(s.QuestionIndexPage, s.NewsPage)
        self.assertCanNotCreateAt(s.NewsPage, s.NewsPage)


@pytest.mark.django_db
def test_the_portal_home_has_every_mandatory_section_under_its_slug(home_page):
    children = {page.slug: type(page) for page in home_page.get_children().specific()}
    assert children == SECTION_TYPES


@pytest.mark.django_db
def test_a_second_section_of_the_same_type_cannot_be_added(home_page):
    for section_type in SECTION_TYPES.values():
        assert not section_type.can_create_at(home_page), section_type.__name__
