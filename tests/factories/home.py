"""The home page, and the skeleton of the portal that every test session starts from."""

import datetime

import factory
from wagtail.models import Page, Site

from home.models import HomePage
from sections.models import SchedulePage

from . import blocks
from .core import (
    BasePageFactory,
    EmergencyNoticeFactory,
    PageViewDailyFactory,
    PortalSettingsFactory,
    portal_section,
)
from .documents import DocumentFactory
from .images import ImageFactory
from .legal_docs import LegalDocumentFactory, LegalDocumentIndexPageFactory
from .sections import (
    AccessToInformationPageFactory,
    BudgetIndexPageFactory,
    BudgetReportPageFactory,
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    ContactPageFactory,
    DirectionIndexPageFactory,
    DirectionPageFactory,
    IntroIndexPageFactory,
    LeadersPageFactory,
    LegalDisseminationIndexPageFactory,
    LegalDisseminationPageFactory,
    NewsCategoryFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PhotoGalleryPageFactory,
    PlanIndexPageFactory,
    PlanPageFactory,
    PressReleasePageFactory,
    ProcedureIndexPageFactory,
    ProcedurePageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    QuestionIndexPageFactory,
    QuestionPageFactory,
    RecruitmentIndexPageFactory,
    RecruitmentPageFactory,
    SchedulePageFactory,
    ScienceProgrammeIndexPageFactory,
    ScienceProgrammePageFactory,
    SitemapPageFactory,
    SpokespersonPageFactory,
    StandardPageFactory,
    StatisticsIndexPageFactory,
    StatisticsPageFactory,
    VideoGalleryPageFactory,
    days_from_today,
    this_monday,
)

SITE_NAME = "Cổng Thông tin điện tử phường Dương Kinh"

# The mandatory sections in the order of the menu and the site map (ARCHITECTURE.md): slug, factory, and
# whether the section is in the main menu.
SECTIONS = [
    ("gioi-thieu", IntroIndexPageFactory, True),
    ("tin-tuc", NewsIndexPageFactory, True),
    ("chi-dao-dieu-hanh", DirectionIndexPageFactory, True),
    ("van-ban", LegalDocumentIndexPageFactory, True),
    ("thu-tuc-hanh-chinh", ProcedureIndexPageFactory, True),
    ("chien-luoc-quy-hoach-ke-hoach", PlanIndexPageFactory, False),
    ("du-an-dau-thau-mua-sam", ProjectIndexPageFactory, False),
    ("cong-khai-ngan-sach", BudgetIndexPageFactory, False),
    ("tuyen-dung", RecruitmentIndexPageFactory, False),
    ("thong-ke", StatisticsIndexPageFactory, False),
    ("chuong-trinh-de-tai-khoa-hoc", ScienceProgrammeIndexPageFactory, False),
    ("tuyen-truyen-pho-bien-phap-luat", LegalDisseminationIndexPageFactory, False),
    ("tiep-can-thong-tin", AccessToInformationPageFactory, False),
    ("lay-y-kien", ConsultationIndexPageFactory, True),
    ("hoi-dap", QuestionIndexPageFactory, True),
    ("nguoi-phat-ngon", SpokespersonPageFactory, False),
    ("lien-he", ContactPageFactory, True),
    ("so-do-cong", SitemapPageFactory, True),  # TT 22: the site map is in the main menu
]


class HomePageFactory(BasePageFactory):
    """The Vietnamese home page, at the root of the page tree."""

    class Meta:
        model = HomePage

    parent = factory.LazyFunction(Page.get_first_root_node)
    title = "Trang chủ"
    slug = "home"
    seo_title = SITE_NAME
    search_description = "Tin tức, văn bản, thủ tục hành chính và thông tin công khai của phường Dương Kinh."
    intro = (
        "Cổng Thông tin điện tử phường Dương Kinh là điểm truy cập chính thức của Ủy ban nhân dân phường "
        "trên môi trường mạng."
    )
    public_services = factory.LazyFunction(
        lambda: [
            blocks.link("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn", "Nộp hồ sơ trực tuyến."),
            blocks.link("Cổng Dịch vụ công thành phố Hải Phòng", "https://dichvucong.haiphong.gov.vn"),
        ]
    )
    one_stop_hours = "Sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai đến thứ Sáu."
    organisation_links = factory.LazyFunction(
        lambda: [
            blocks.link(
                "Đảng ủy phường Dương Kinh",
                "https://duongkinh.haiphong.gov.vn/tin-tuc/chuyen-muc/dang-uy-doan-the/",
            )
        ]
    )


def build_portal_skeleton():
    """The home page as the default site's root, each mandatory section under its Vietnamese slug, published,
    and the portal's settings; Wagtail's welcome page is removed. Returns the home page."""
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    root = Page.get_first_root_node()
    if welcome.pk != root.pk:
        site.root_page = root
        site.save()
        welcome.delete()
    home = HomePageFactory(parent=root)
    site.root_page = home
    site.site_name = SITE_NAME
    site.save()
    for slug, section_factory, in_menus in SECTIONS:
        section_factory(parent=home, slug=slug, show_in_menus=in_menus)
    PortalSettingsFactory(site=site)
    return home


def build_every_page_type():
    """One live page of every item type in its section, shaped like the ward's content, and a few more
    (three news articles in two categories, guides under the three sections that hold standard pages, the
    reception schedule): with the skeleton, a page of every type of the portal. Returns the item pages by
    page type (the first of each)."""
    news_photo = ImageFactory(title="Ra quân tổng vệ sinh môi trường")
    pages = [
        NewsPageFactory(
            with_image=True,
            is_featured=True,
            body=blocks.every_body_block(news_photo),
            attachments=[blocks.attachment(DocumentFactory())],
        ),
        NewsPageFactory(
            title="Hội nghị tổng kết công tác an ninh trật tự năm 2025",
            category=NewsCategoryFactory(name="Quốc phòng - An ninh", sort_order=3),
        ),
        NewsPageFactory(title="Thông báo lịch cắt điện trên địa bàn phường", with_image=True),
        PhotoGalleryPageFactory(),
        VideoGalleryPageFactory(),
        StandardPageFactory(attachments=[blocks.attachment(DocumentFactory(title="Sơ đồ tổ chức"))]),
        LeadersPageFactory(),
        StandardPageFactory(
            parent=portal_section("tiep-can-thong-tin"), title="Hướng dẫn yêu cầu cung cấp thông tin"
        ),
        StandardPageFactory(parent=portal_section("lien-he"), title="Gửi thông tin tới Ban Biên tập"),
        DirectionPageFactory(),
        SchedulePageFactory(),
        SchedulePageFactory(kind=SchedulePage.Kind.RECEPTION, title="Lịch tiếp công dân của lãnh đạo phường"),
        ProcedurePageFactory(forms=[blocks.attachment(DocumentFactory(title="Tờ khai đăng ký khai sinh"))]),
        PlanPageFactory(),
        ProjectPageFactory(),
        BudgetReportPageFactory(
            attachments=[blocks.attachment(DocumentFactory(title="Dự toán ngân sách 2026"))]
        ),
        RecruitmentPageFactory(),
        StatisticsPageFactory(),
        ScienceProgrammePageFactory(),
        LegalDisseminationPageFactory(),
        ConsultationPageFactory(
            attachments=[blocks.attachment(DocumentFactory(title="Dự thảo Quy chế chợ"))]
        ),
        QuestionPageFactory(),
        PressReleasePageFactory(),
    ]
    by_type = {}
    for page in pages:
        by_type.setdefault(type(page), page)
    return by_type


def build_front_page_content():
    """What the home page lists, in every listing: twelve news articles with photos over four categories
    (four featured, the newest with every body block and an attachment), the galleries, this week's work
    schedule, open and closed consultations, answered questions, published legal documents, an emergency
    notice and visits. Returns the newest article."""
    categories = [
        NewsCategoryFactory(name=name, sort_order=order)
        for order, name in enumerate(
            ["Hoạt động của phường", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh"]
        )
    ]
    for days in range(11, 0, -1):
        NewsPageFactory(
            title=f"Tin hoạt động của phường số {12 - days}",
            date=days_from_today(-days),
            category=categories[days % len(categories)],
            is_featured=days in (2, 5, 8),
            with_image=True,
        )
    newest = NewsPageFactory(
        title="Phường Dương Kinh ra quân tổng vệ sinh môi trường",
        category=categories[0],
        is_featured=True,
        with_image=True,
        body=blocks.every_body_block(),
        attachments=[
            blocks.attachment(DocumentFactory()),
            blocks.attachment(DocumentFactory(title="Phụ lục")),
        ],
    )
    PhotoGalleryPageFactory(date=days_from_today(-3))
    VideoGalleryPageFactory(date=days_from_today(-4))
    SchedulePageFactory()
    SchedulePageFactory(week_start=this_monday() - datetime.timedelta(days=7))
    SchedulePageFactory(kind=SchedulePage.Kind.RECEPTION, title="Lịch tiếp công dân của lãnh đạo phường")
    ConsultationPageFactory()
    ConsultationPageFactory(title="Lấy ý kiến dự thảo Kế hoạch chuyển đổi số năm 2026")
    ConsultationPageFactory(
        title="Lấy ý kiến dự thảo Quy chế văn hóa công sở",
        opens_on=days_from_today(-60),
        closes_on=days_from_today(-30),
    )
    for number in range(1, 6):
        QuestionPageFactory(title=f"Câu hỏi của người dân số {number}", answered_on=days_from_today(-number))
    for number in range(1, 6):
        LegalDocumentFactory(issued_on=datetime.date(2025, 8, number), attachments=[DocumentFactory()])
    EmergencyNoticeFactory()
    PageViewDailyFactory(path="/", views=1200)
    PageViewDailyFactory(path="/tin-tuc/", views=340)
    return newest
