"""Related news: the article's category first, newest first, then the section's latest; never itself, never
a draft. The same answer on PostgreSQL (two index-ordered branches) and SQLite (one sorted statement)."""

import datetime

import pytest

from sections.templatetags.news_tags import related_news
from tests.factories.sections import NewsCategoryFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def day(number):
    return datetime.date(2026, 1, 1) + datetime.timedelta(days=number)


def test_related_news_lists_the_category_newest_first_then_the_latest_of_the_section():
    economy, culture = NewsCategoryFactory(name="Kinh tế"), NewsCategoryFactory(name="Văn hóa")
    article = NewsPageFactory(category=economy, date=day(0))
    old_economy = [NewsPageFactory(category=economy, date=day(n)) for n in (1, 2)]
    newer_culture = [NewsPageFactory(category=culture, date=day(n)) for n in (10, 11, 12, 13, 14, 15)]
    NewsPageFactory(category=economy, date=day(30), live=False)

    related = related_news(article, limit=6)

    assert related == [old_economy[1], old_economy[0], *reversed(newer_culture[2:])]


def test_related_news_of_an_article_without_a_category_are_the_latest():
    article = NewsPageFactory(category=None, date=day(0))
    others = [NewsPageFactory(date=day(n)) for n in range(1, 9)]
    assert related_news(article, limit=3) == [others[7], others[6], others[5]]


def test_a_category_with_more_articles_than_the_limit_fills_the_list_alone():
    economy = NewsCategoryFactory(name="Kinh tế")
    article = NewsPageFactory(category=economy, date=day(0))
    same = [NewsPageFactory(category=economy, date=day(n)) for n in range(1, 5)]
    NewsPageFactory(category=None, date=day(40))
    assert related_news(article, limit=3) == [same[3], same[2], same[1]]
