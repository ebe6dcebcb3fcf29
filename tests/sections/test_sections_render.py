"""Every section of the portal answers with its content inside the common header and footer."""

import pytest
from django.utils.html import escape

from core.models import PortalSettings
from tests.factories import sections as f
from tests.factories.core import portal_section
from tests.factories.legal_docs import LegalDocumentFactory
from tests.home.test_page_tree import SECTION_TYPES

pytestmark = pytest.mark.django_db


def assert_has_header_and_footer(html, portal_settings):
    assert "ỦY BAN NHÂN DÂN PHƯỜNG DƯƠNG KINH" in html
    assert "CỔNG THÔNG TIN ĐIỆN TỬ" in html
    assert 'lang="vi"' in html
    assert portal_settings.responsible_person_name in html
    assert portal_settings.email in html
    assert "Ghi rõ nguồn" in html


# What each section lists, made by the section's own factory (the three sections that hold standard pages
# list them as guides); the legal documents section lists documents, the site map every page.
SECTION_CONTENT = {
    "gioi-thieu": f.StandardPageFactory,
    "tin-tuc": f.NewsPageFactory,
    "chi-dao-dieu-hanh": f.DirectionPageFactory,
    "van-ban": LegalDocumentFactory,
    "thu-tuc-hanh-chinh": f.ProcedurePageFactory,
    "chien-luoc-quy-hoach-ke-hoach": f.PlanPageFactory,
    "du-an-dau-thau-mua-sam": f.ProjectPageFactory,
    "cong-khai-ngan-sach": f.BudgetReportPageFactory,
    "tuyen-dung": f.RecruitmentPageFactory,
    "thong-ke": f.StatisticsPageFactory,
    "chuong-trinh-de-tai-khoa-hoc": f.ScienceProgrammePageFactory,
    "tuyen-truyen-pho-bien-phap-luat": f.LegalDisseminationPageFactory,
    "tiep-can-thong-tin": lambda: f.StandardPageFactory(parent=portal_section("tiep-can-thong-tin")),
    "lay-y-kien": f.ConsultationPageFactory,
    "hoi-dap": f.QuestionPageFactory,
    "nguoi-phat-ngon": f.PressReleasePageFactory,
    "lien-he": lambda: f.StandardPageFactory(parent=portal_section("lien-he")),
    "so-do-cong": f.StandardPageFactory,
}


@pytest.fixture
def portal_settings(home_page):
    return PortalSettings.for_site(home_page.get_site())


def test_home_page_renders_with_header_and_footer(client, portal_settings):
    response = client.get("/")
    assert response.status_code == 200
    assert_has_header_and_footer(response.content.decode(), portal_settings)


def test_home_page_links_every_mandatory_section(client, home_page):
    html = client.get("/").content.decode()
    for slug in SECTION_TYPES:
        assert f'href="/{slug}/"' in html, slug


@pytest.mark.parametrize("slug", list(SECTION_TYPES))
def test_section_renders_its_content(client, section, portal_settings, slug):
    item = SECTION_CONTENT[slug]()
    page = section(slug)
    response = client.get(f"/{slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert_has_header_and_footer(html, portal_settings)
    assert escape(page.title) in html
    assert escape(item.number if slug == "van-ban" else item.title) in html


def test_every_live_page_renders(client, home_page, every_page_type):
    failures = []
    for page in home_page.get_descendants().live().specific():
        response = client.get(page.url)
        if response.status_code != 200:
            failures.append((page.url, response.status_code))
    assert failures == []


def test_a_draft_is_not_shown_to_the_public(client, section):
    article = f.NewsPageFactory()
    url = article.url
    assert client.get(url).status_code == 200
    assert escape(article.title) in client.get("/tin-tuc/").content.decode()
    article.unpublish()
    assert client.get(url).status_code == 404
    assert escape(article.title) not in client.get("/tin-tuc/").content.decode()


def test_site_map_lists_every_live_page(client, home_page, every_page_type):
    html = client.get("/so-do-cong/").content.decode()
    for page in home_page.get_descendants().live():
        assert escape(page.title) in html, page.url_path
