"""A news article's breadcrumbs and related news."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils.html import escape
from wagtail.models import Page, PageViewRestriction

from tests.factories.sections import NewsCategoryFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def breadcrumb_links(html):
    nav = html[html.index('class="breadcrumbs') :]
    return nav[: nav.index("</nav>")]


def test_the_breadcrumbs_lead_home_through_the_section(client, section):
    article = NewsPageFactory()
    html = client.get(article.url).content.decode()
    links = breadcrumb_links(html)
    assert f'<a href="/tin-tuc/">{escape(section("tin-tuc").title)}</a>' in links
    assert f'<span aria-current="page">{escape(article.title)}</span>' in links


def test_the_breadcrumbs_are_the_same_for_a_page_not_reached_by_its_address(client, home_page):
    """A page given to the template by a view, not found by the route, has its ancestors looked up."""
    article = NewsPageFactory()
    request = RequestFactory().get("/")
    rendered = Template("{% load portal_tags %}{% breadcrumbs page %}").render(
        Context({"request": request, "page": Page.objects.get(pk=article.pk).specific})
    )
    served = breadcrumb_links(client.get(article.url).content.decode())
    assert breadcrumb_links(rendered) == served


def test_related_news_leave_out_an_article_behind_a_password(client):
    category = NewsCategoryFactory(name="Kinh tế")
    article, listed, restricted = NewsPageFactory.create_batch(3, category=category)
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    html = client.get(article.url).content.decode()
    related = html[html.index('aria-labelledby="related-news"') :]
    assert f'href="{listed.url}"' in related
    assert f'href="{restricted.url}"' not in related
