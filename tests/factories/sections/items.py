"""The items of the sections: articles (news, directions, plans, …), schedules, procedures, questions,
galleries and the pages of the introduction section, each added to its section by default."""

import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from sections import models as s

from .. import blocks
from ..core import BasePageFactory, html, in_section
from ..images import ImageFactory
from .indexes import NewsCategoryFactory


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def this_monday():
    today = timezone.localdate()
    return today - datetime.timedelta(days=today.weekday())


# -- article pages -------------------------------------------------------------------------------------


class ArticlePageFactory(BasePageFactory):
    """Dated items with a summary, a body, and optionally a photo (`with_image=True`) and attachments."""

    class Meta:
        abstract = True

    class Params:
        with_image = factory.Trait(image=factory.SubFactory(ImageFactory))

    date = factory.LazyFunction(timezone.localdate)
    summary = "Ủy ban nhân dân phường Dương Kinh thông tin tới người dân và doanh nghiệp trên địa bàn."
    image = None
    image_alt = factory.LazyAttribute(lambda page: page.image.description if page.image else "")
    body = factory.LazyFunction(lambda: [blocks.paragraph()])
    attachments = factory.LazyFunction(list)
    author = "Ban Biên tập"


class NewsPageFactory(ArticlePageFactory):
    class Meta:
        model = s.NewsPage

    parent = in_section("tin-tuc")
    title = "Phường Dương Kinh ra quân tổng vệ sinh môi trường"
    category = factory.SubFactory(NewsCategoryFactory)
    is_featured = False


class DirectionPageFactory(ArticlePageFactory):
    class Meta:
        model = s.DirectionPage

    parent = in_section("chi-dao-dieu-hanh")
    title = "Chỉ đạo triển khai các biện pháp phòng, chống bão"
    kind = s.DirectionPage.Kind.DIRECTION


class PlanPageFactory(ArticlePageFactory):
    class Meta:
        model = s.PlanPage

    parent = in_section("chien-luoc-quy-hoach-ke-hoach")
    title = "Kế hoạch phát triển kinh tế - xã hội năm 2026"
    kind = s.PlanPage.Kind.PLAN
    period = "2026"


class ProjectPageFactory(ArticlePageFactory):
    class Meta:
        model = s.ProjectPage

    parent = in_section("du-an-dau-thau-mua-sam")
    title = "Cải tạo, nâng cấp đường trục tổ dân phố số 5"
    kind = s.ProjectPage.Kind.INVESTMENT
    status = s.ProjectPage.Status.ONGOING
    objective = "Bảo đảm đi lại an toàn, thoát nước mùa mưa cho khu dân cư."
    field = "Giao thông"
    timeframe = "2026–2027"
    total_investment = "4,8 tỷ đồng"
    funding_source = "Ngân sách phường và nhân dân đóng góp"


class BudgetReportPageFactory(ArticlePageFactory):
    class Meta:
        model = s.BudgetReportPage

    parent = in_section("cong-khai-ngan-sach")
    title = "Công khai dự toán ngân sách phường năm 2026"
    fiscal_year = factory.LazyAttribute(lambda page: page.date.year)
    kind = s.BudgetReportPage.Kind.ESTIMATE


class RecruitmentPageFactory(ArticlePageFactory):
    class Meta:
        model = s.RecruitmentPage

    parent = in_section("tuyen-dung")
    title = "Thông báo tuyển dụng viên chức Trạm Y tế phường"
    positions = 3
    deadline = factory.LazyFunction(lambda: days_from_today(20))


class StatisticsPageFactory(ArticlePageFactory):
    class Meta:
        model = s.StatisticsPage

    parent = in_section("thong-ke")
    title = "Dân số và lao động của phường năm 2025"
    reference_date = datetime.date(2025, 12, 31)
    method = "Tổng hợp từ số liệu của các tổ dân phố."


class ScienceProgrammePageFactory(ArticlePageFactory):
    class Meta:
        model = s.ScienceProgrammePage

    parent = in_section("chuong-trinh-de-tai-khoa-hoc")
    title = "Ứng dụng bản đồ số quản lý hạ tầng đô thị trên địa bàn phường"
    kind = s.ScienceProgrammePage.Kind.PROJECT
    code = "ĐT.2026.05"
    lead_agency = "Ủy ban nhân dân phường Dương Kinh"
    principal_investigator = "Phòng Kinh tế, Hạ tầng và Đô thị"
    timeframe = "2026–2027"
    funding = "350 triệu đồng"
    status = s.ScienceProgrammePage.Status.ONGOING


class GeneralArticlePageFactory(ArticlePageFactory):
    """An article of a section the ward added; `parent` is that section."""

    class Meta:
        model = s.GeneralArticlePage

    title = "Phường triển khai nền tảng số cộng đồng"


class LegalDisseminationPageFactory(ArticlePageFactory):
    class Meta:
        model = s.LegalDisseminationPage

    parent = in_section("tuyen-truyen-pho-bien-phap-luat")
    title = "Những điểm mới của Luật Đất đai năm 2024"


class ConsultationPageFactory(ArticlePageFactory):
    """A consultation open today, for thirty days."""

    class Meta:
        model = s.ConsultationPage

    parent = in_section("lay-y-kien")
    title = "Lấy ý kiến dự thảo Quy chế quản lý chợ phường Dương Kinh"
    opens_on = factory.LazyFunction(lambda: days_from_today(-7))
    closes_on = factory.LazyFunction(lambda: days_from_today(23))
    receiving_unit = "Văn phòng HĐND và UBND phường"
    receiving_email = "duongkinh@haiphong.gov.vn"


class PressReleasePageFactory(ArticlePageFactory):
    class Meta:
        model = s.PressReleasePage

    parent = in_section("nguoi-phat-ngon")
    title = "Thông cáo báo chí về kết quả kỳ họp Hội đồng nhân dân phường"


# -- other pages ---------------------------------------------------------------------------------------


class StandardPageFactory(BasePageFactory):
    class Meta:
        model = s.StandardPage

    parent = in_section("gioi-thieu")
    title = "Chức năng, nhiệm vụ của Ủy ban nhân dân phường"
    summary = "Ủy ban nhân dân phường là cơ quan hành chính nhà nước ở địa phương."
    body = factory.LazyFunction(lambda: [blocks.paragraph()])
    attachments = factory.LazyFunction(list)


class LeaderFactory(DjangoModelFactory):
    """A leader of the LeadersPage `page` (or, built, one of the `leaders` given to LeadersPageFactory)."""

    class Meta:
        model = s.Leader

    name = "Nguyễn Đức Thắng"
    position = "Chủ tịch Ủy ban nhân dân phường"
    biography = "Sinh năm 1975, quê quán phường Dương Kinh."
    duties = "Lãnh đạo, điều hành chung các hoạt động của Ủy ban nhân dân phường."
    phone = "0225 3 581 203"
    email = "thangnd.duongkinh@haiphong.gov.vn"


class LeadersPageFactory(BasePageFactory):
    class Meta:
        model = s.LeadersPage

    parent = in_section("gioi-thieu")
    title = "Lãnh đạo phường"
    intro = html("Lãnh đạo Ủy ban nhân dân phường Dương Kinh nhiệm kỳ 2021–2026.")
    leaders = factory.LazyFunction(
        lambda: [
            LeaderFactory.build(),
            LeaderFactory.build(
                name="Trần Văn Long",
                position="Phó Chủ tịch Ủy ban nhân dân phường",
                email="longtv.duongkinh@haiphong.gov.vn",
            ),
        ]
    )


class ScheduleEntryFactory(DjangoModelFactory):
    class Meta:
        model = s.ScheduleEntry

    date = factory.LazyFunction(this_monday)
    time = datetime.time(8, 0)
    leader = "Chủ tịch UBND phường Nguyễn Đức Thắng"
    content = "Dự họp giao ban Ủy ban nhân dân phường và tiếp công dân định kỳ tại trụ sở"
    venue = "Phòng họp tầng 2, trụ sở UBND phường"
    participants = "Văn phòng HĐND và UBND phường chuẩn bị nội dung"


def week_of_entries(week_start):
    return [
        ScheduleEntryFactory.build(date=week_start),
        ScheduleEntryFactory.build(
            date=week_start + datetime.timedelta(days=1),
            time=datetime.time(14, 0),
            leader="Phó Chủ tịch UBND phường Trần Văn Long",
            content="Kiểm tra tiến độ cải tạo đường trục tổ dân phố số 5",
            venue="Tổ dân phố số 5",
        ),
        ScheduleEntryFactory.build(
            date=week_start + datetime.timedelta(days=3),
            time=datetime.time(7, 30),
            content="Tiếp công dân định kỳ theo lịch của Chủ tịch Ủy ban nhân dân phường",
            venue="Phòng tiếp công dân",
        ),
    ]


class SchedulePageFactory(BasePageFactory):
    """This week's work schedule of the leaders, with three entries."""

    class Meta:
        model = s.SchedulePage

    parent = in_section("chi-dao-dieu-hanh")
    week_start = factory.LazyFunction(this_monday)
    title = factory.LazyAttribute(lambda page: f"Lịch công tác tuần từ {page.week_start:%d/%m/%Y}")
    kind = s.SchedulePage.Kind.WORK
    note = html("Lịch có thể thay đổi; xem bản cập nhật trên Cổng.")
    entries = factory.LazyAttribute(lambda page: week_of_entries(page.week_start))


class ProcedurePageFactory(BasePageFactory):
    class Meta:
        model = s.ProcedurePage

    parent = in_section("thu-tuc-hanh-chinh")
    title = "Đăng ký khai sinh"
    code = "1.001193"
    field = "Hộ tịch"
    level = s.ProcedurePage.Level.FULL
    steps = html("Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa hoặc trên Cổng Dịch vụ công quốc gia.")
    required_documents = html("Tờ khai theo mẫu; giấy chứng sinh.")
    processing_time = "Ngay trong ngày làm việc"
    fees = "Miễn lệ phí"
    result = "Giấy khai sinh"
    legal_basis = html("Luật Hộ tịch năm 2014.")
    national_portal_url = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html"
    forms = factory.LazyFunction(list)


class QuestionPageFactory(BasePageFactory):
    class Meta:
        model = s.QuestionPage

    parent = in_section("hoi-dap")
    title = "Làm thủ tục đăng ký kết hôn ở đâu?"
    asker = "Bà N.T.H., tổ dân phố số 5"
    asked_on = factory.LazyFunction(lambda: days_from_today(-10))
    field = "Hộ tịch"
    question = "Tôi và chồng sắp cưới đều thường trú tại phường, xin hỏi đăng ký kết hôn ở đâu?"
    answer = html("Hai bạn nộp hồ sơ tại Bộ phận Một cửa của Ủy ban nhân dân phường.")
    answered_by = "Ủy ban nhân dân phường Dương Kinh"
    answered_on = factory.LazyFunction(lambda: days_from_today(-3))


# Four photos: the first three load at once, the fourth lazily (sections/photo_gallery_page.html).
GALLERY_PHOTOS = [
    ("Lực lượng dân quân phường dọn rác thải ven kênh", "Ra quân buổi sáng"),
    ("Thanh niên trồng cây xanh trên đường trục tổ dân phố số 3", ""),
    ("Học sinh thu gom rác thải nhựa tại bãi biển", "Học sinh tham gia"),
    ("Chủ tịch UBND phường phát động phong trào", "Lễ phát động"),
]


class PhotoGalleryPageFactory(BasePageFactory):
    """A gallery of four photos, each with its alternative text, most with a caption."""

    class Meta:
        model = s.PhotoGalleryPage

    parent = in_section("tin-tuc")
    title = "Ảnh: Ngày chủ nhật xanh"
    date = factory.LazyFunction(timezone.localdate)
    summary = "Những hình ảnh đẹp trong ngày chủ nhật xanh của phường."
    photos = factory.LazyFunction(
        lambda: [
            {"type": "photo", "value": blocks.image(alt_text=alt_text, caption=caption)["value"]}
            for alt_text, caption in GALLERY_PHOTOS
        ]
    )


class VideoGalleryPageFactory(BasePageFactory):
    class Meta:
        model = s.VideoGalleryPage

    parent = in_section("tin-tuc")
    title = "Video: Phường Dương Kinh chuyển đổi số"
    date = factory.LazyFunction(timezone.localdate)
    summary = "Phóng sự về chuyển đổi số trong cải cách hành chính."
    videos = factory.LazyFunction(
        lambda: [
            {
                "type": "video",
                "value": {
                    "title": "Chuyển đổi số ở phường Dương Kinh",
                    "url": "https://www.youtube.com/watch?v=duongkinh",
                    "poster": None,
                    "poster_alt": "",
                    "duration": "3:25",
                    "description": "Cán bộ Bộ phận Một cửa hướng dẫn người dân nộp hồ sơ trực tuyến.",
                },
            }
        ]
    )
