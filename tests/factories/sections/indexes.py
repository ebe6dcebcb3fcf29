"""The sections themselves: the index pages under the home page, the sections that are a single page (access
to information, spokesperson, contact, site map) with their rows, and the news categories."""

import datetime

import factory
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from core.text import slugify_vi
from sections import models as s

from ..core import BasePageFactory, html, portal_home


class NewsCategoryFactory(DjangoModelFactory):
    """A news category of the default locale, found by its slug when it already exists."""

    class Meta:
        model = s.NewsCategory
        django_get_or_create = ("slug", "locale")

    name = "Hoạt động của phường"
    slug = factory.LazyAttribute(lambda category: slugify_vi(category.name))
    description = "Hoạt động của Hội đồng nhân dân, Ủy ban nhân dân phường."
    sort_order = 0
    locale = factory.LazyFunction(Locale.get_default)


# -- section index pages -------------------------------------------------------------------------------


class SectionIndexPageFactory(BasePageFactory):
    class Meta:
        abstract = True

    parent = factory.LazyFunction(portal_home)
    intro = factory.LazyAttribute(
        lambda page: html(f"Chuyên mục {page.title} của Cổng Thông tin điện tử phường.")
    )


class IntroIndexPageFactory(SectionIndexPageFactory):
    class Meta:
        model = s.IntroIndexPage

    title = "Giới thiệu"


class NewsIndexPageFactory(SectionIndexPageFactory):
    class Meta:
        model = s.NewsIndexPage

    title = "Tin tức - Sự kiện"


class DirectionIndexPageFactory(SectionIndexPageFactory):
    class Meta:
        model = s.DirectionIndexPage

    title = "Chỉ đạo, điều hành"


class ProcedureIndexPageFactory(SectionIndexPageFactory):
    class Meta:
        model = s.ProcedureIndexPage

    title = "Thủ tục hành chính"


class PlanIndexPageFactory(SectionIndexPageFactory):
    class Meta:
        model = s.PlanIndexPage

    title = "Chiến lược, quy hoạch, kế hoạch"


class ProjectIndexPageFactory(SectionIndexPageFactory):
    class Meta:
        model = s.ProjectIndexPage

    title = "Dự án, đầu tư, đấu thầu, mua sắm công"


class BudgetIndexPageFactory(SectionIndexPageFactory):
    class Meta:
        model = s.BudgetIndexPage

    title = "Công khai ngân sách"


class RecruitmentIndexPageFactory(SectionIndexPageFactory):
    class Meta:
        model = s.RecruitmentIndexPage

    title = "Tuyển dụng"


class StatisticsIndexPageFactory(SectionIndexPageFactory):
    class Meta:
        model = s.StatisticsIndexPage

    title = "Thống kê"


class ScienceProgrammeIndexPageFactory(SectionIndexPageFactory):
    class Meta:
        model = s.ScienceProgrammeIndexPage

    title = "Chương trình, đề tài khoa học"


class GeneralSectionPageFactory(SectionIndexPageFactory):
    """A section the ward adds itself: several may sit under the home page."""

    class Meta:
        model = s.GeneralSectionPage

    title = "Chuyển đổi số"
    slug = factory.Sequence(lambda n: f"chuyen-doi-so-{n}")


class LegalDisseminationIndexPageFactory(SectionIndexPageFactory):
    class Meta:
        model = s.LegalDisseminationIndexPage

    title = "Tuyên truyền, phổ biến pháp luật"


class ConsultationIndexPageFactory(SectionIndexPageFactory):
    class Meta:
        model = s.ConsultationIndexPage

    title = "Lấy ý kiến dự thảo"


class QuestionIndexPageFactory(SectionIndexPageFactory):
    class Meta:
        model = s.QuestionIndexPage

    title = "Hỏi đáp"


class SitemapPageFactory(SectionIndexPageFactory):
    class Meta:
        model = s.SitemapPage

    title = "Sơ đồ Cổng"


# -- sections that are single pages, with their rows ---------------------------------------------------


class DisclosureItemFactory(DjangoModelFactory):
    class Meta:
        model = s.DisclosureItem

    title = "Dự toán ngân sách phường năm 2026"
    reference = "12/QĐ-UBND"
    created_on = datetime.date(2026, 1, 5)
    disclosed_on = datetime.date(2026, 1, 10)
    url = "https://duongkinh.haiphong.gov.vn/cong-khai-ngan-sach/"


class AccessToInformationPageFactory(SectionIndexPageFactory):
    class Meta:
        model = s.AccessToInformationPage

    title = "Tiếp cận thông tin"
    focal_point_name = "Đỗ Mạnh Cường"
    focal_point_title = "Chánh Văn phòng HĐND và UBND phường, đầu mối cung cấp thông tin"
    focal_point_address = "Số 1 đường Mạc Đăng Doanh, phường Dương Kinh, thành phố Hải Phòng"
    focal_point_phone = "0225 3 581 206"
    focal_point_email = "duongkinh@haiphong.gov.vn"
    how_to_request = html("Công dân nộp Phiếu yêu cầu cung cấp thông tin tại Văn phòng HĐND và UBND phường.")
    complaints = html("Người yêu cầu có quyền khiếu nại theo Luật Khiếu nại.")
    disclosure_items = factory.LazyFunction(
        lambda: [
            DisclosureItemFactory.build(),
            DisclosureItemFactory.build(
                title="Quy chế làm việc của Ủy ban nhân dân phường", reference="05/QĐ-UBND"
            ),
        ]
    )


class SpokespersonFactory(DjangoModelFactory):
    class Meta:
        model = s.Spokesperson

    name = "Hoàng Thị Minh Ngọc"
    position = "Phó Chủ tịch Ủy ban nhân dân phường, Người phát ngôn"
    phone = "0225 3 581 205"
    email = "ngochtm.duongkinh@haiphong.gov.vn"
    assignment = "Quyết định số 25/QĐ-UBND ngày 15/7/2025 của Chủ tịch UBND phường"
    assigned_on = datetime.date(2025, 7, 15)


class SpokespersonPageFactory(SectionIndexPageFactory):
    class Meta:
        model = s.SpokespersonPage

    title = "Người phát ngôn"
    spokespeople = factory.LazyFunction(lambda: [SpokespersonFactory.build()])


class ContactEntryFactory(DjangoModelFactory):
    class Meta:
        model = s.ContactEntry

    unit = "Văn phòng HĐND và UBND phường"
    person = "Đỗ Mạnh Cường, Chánh Văn phòng"
    phone = "0225 3 581 206"
    email = "duongkinh@haiphong.gov.vn"


class ContactPageFactory(SectionIndexPageFactory):
    class Meta:
        model = s.ContactPage

    title = "Liên hệ"
    address = "Số 1 đường Mạc Đăng Doanh, phường Dương Kinh, thành phố Hải Phòng"
    phone = "0225 3 581 101"
    hotline = "0225 3 581 115"
    email = "duongkinh@haiphong.gov.vn"
    office_hours = "Sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai đến thứ Sáu."
    map_url = "https://www.openstreetmap.org/search?query=D%C6%B0%C6%A1ng%20Kinh"
    body = html("Thông tin gửi qua thư điện tử được tiếp nhận 24/24 giờ tất cả các ngày.")
    directory = factory.LazyFunction(
        lambda: [
            ContactEntryFactory.build(),
            ContactEntryFactory.build(
                unit="Công an phường", person="Trực ban", phone="0225 3 581 113", email=""
            ),
        ]
    )
