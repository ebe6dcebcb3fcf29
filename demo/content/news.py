"""Tin tức - sự kiện: the news categories and at least forty articles over the last six months."""

from sections.models import NewsCategory, NewsIndexPage, NewsPage

from ..seeder import nfc, slugify_vi
from . import common as c
from .news_activities import ARTICLES as ACTIVITIES
from .news_economy_society import ARTICLES as ECONOMY_SOCIETY
from .news_notices import ARTICLES as NOTICES
from .news_security_party import ARTICLES as SECURITY_PARTY

LABEL = "Tin tức - sự kiện"

CATEGORIES = [
    (
        "hoat-dong-cua-phuong",
        "Hoạt động của phường",
        "Hoạt động của Hội đồng nhân dân, Ủy ban nhân dân phường.",
    ),
    ("kinh-te", "Kinh tế", "Ngân sách, đầu tư, sản xuất, kinh doanh, hạ tầng đô thị."),
    ("van-hoa-xa-hoi", "Văn hóa - Xã hội", "Văn hóa, giáo dục, y tế, lao động, an sinh xã hội."),
    (
        "quoc-phong-an-ninh",
        "Quốc phòng - An ninh",
        "Quân sự địa phương, an ninh, trật tự, phòng cháy, chữa cháy.",
    ),
    (
        "dang-uy-doan-the",
        "Đảng ủy - Đoàn thể",
        "Đảng bộ phường, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội.",
    ),
    ("thong-bao", "Thông báo", "Thông báo của Ủy ban nhân dân phường tới người dân và doanh nghiệp."),
]
CATEGORY_SLUGS = [slug for slug, _, _ in CATEGORIES]
ARTICLES = ACTIVITIES + ECONOMY_SOCIETY + SECURITY_PARTY + NOTICES


def ensure_categories(s):
    categories = {}
    for order, (slug, name, description) in enumerate(CATEGORIES):
        category = NewsCategory.objects.filter(slug=slug, locale=s.locale).first()
        if category is None:
            category = NewsCategory.objects.create(
                slug=slug, name=nfc(name), description=nfc(description), sort_order=order, locale=s.locale
            )
            s.counts["categories"] += 1
        categories[slug] = category
    return categories


def build(s, home):
    categories = ensure_categories(s)
    index = s.page(
        home,
        NewsIndexPage,
        "tin-tuc",
        "Tin tức - Sự kiện",
        {
            "show_in_menus": True,
            "intro": c.html(
                "Tin tức về hoạt động của chính quyền phường, kinh tế, văn hóa - xã hội, quốc phòng - an "
                "ninh, "
                "Đảng ủy và các đoàn thể; thông báo của Ủy ban nhân dân phường.",
            ),
        },
    )
    for article in sorted(ARTICLES, key=lambda item: item.date_for(s.today)):
        s.page(index, NewsPage, slugify_vi(article.title), article.title, _fields(s, article, categories))
    return index


def _fields(s, article, categories):
    def fields():
        date = s.not_after_today(article.date_for(s.today))
        return {
            "date": date,
            "category": categories[article.category],
            "is_featured": article.featured,
            "summary": article.summary,
            "image": s.image(article.title, article.kind),
            "image_alt": article.alt,
            "body": c.body(
                *[article.fill(part, date) if isinstance(part, str) else part for part in article.paragraphs]
            ),
            "author": article.author,
        }

    return fields
