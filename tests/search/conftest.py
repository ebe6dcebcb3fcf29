"""Pages with known words, added to the demo portal, for the search behaviour tests."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale

from sections.models import NewsPage


def publish_news(parent, title, summary, *, slug, year=2026, locale=None):
    page = NewsPage(
        title=title,
        slug=slug,
        summary=summary,
        date=datetime.date(year, 5, 1),
        live=True,
        first_published_at=timezone.make_aware(datetime.datetime(year, 5, 1, 9, 0)),
    )
    if locale is not None:
        page.locale = locale
    parent.add_child(instance=page)
    return page


@pytest.fixture
def news_section(section):
    return section("tin-tuc")


@pytest.fixture
def search_pages_fixture(news_section):
    """Pages whose words appear nowhere else in the demo content (zeta, 987/2031, …)."""
    return {
        "ban_exact": publish_news(
            news_section,
            "Chợ phiên Zeta bán nông sản sạch",
            "Người dân mang nông sản sạch đến chợ phiên Zeta bán cho khách.",
            slug="cho-phien-zeta-ban",
        ),
        "ban_plain": publish_news(
            news_section,
            "Chợ phiên Zeta họp ban quản lý",
            "Ban quản lý chợ phiên Zeta họp định kỳ với tiểu thương.",
            slug="cho-phien-zeta-ban-quan-ly",
        ),
        "decision": publish_news(
            news_section,
            "Quyết định 987/2031/QĐ-UBND về chợ phiên Omega",
            "Ban hành kèm theo Quyết định số 987/2031/QĐ-UBND quy chế chợ phiên Omega.",
            slug="quyet-dinh-987-2031",
            year=2031,
        ),
        "other_decision": publish_news(
            news_section,
            "Chợ phiên Omega năm 2031 có 987 gian hàng",
            "Năm 2031 chợ phiên Omega mở rộng lên 987 gian hàng và một nhà điều hành.",
            slug="omega-2031-987-gian-hang",
        ),
        "dong_thap": publish_news(
            news_section,
            "Đoàn công tác Đồng Tháp Thứ Mười thăm phường",
            "Đoàn đại biểu tỉnh Đồng Tháp Thứ Mười trao đổi kinh nghiệm đào tạo nghề.",
            slug="doan-dong-thap-thu-muoi",
        ),
    }


@pytest.fixture
def english_page(home_page, search_pages_fixture):
    """An English page with a word that a Vietnamese page also has."""
    locale, _created = Locale.objects.get_or_create(language_code="en")
    english_home = home_page.copy_for_translation(locale)
    english_home.live = True
    english_home.save()
    return publish_news(
        english_home,
        "Zeta market opens on Sundays",
        "The Zeta market sells fresh produce.",
        slug="zeta-market",
        locale=locale,
    )
