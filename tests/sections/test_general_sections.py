"""Sections of the ward's own (Quy chế Art 4, 6.2): an administrator adds one under the home page without
code, editors cannot, and what is written in it goes through the same two-step review."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from core.text import slugify_vi
from home.models import HomePage
from moderation import roles
from sections import models as s
from tests.factories.core import PASSWORD, UserFactory
from tests.factories.sections import GeneralArticlePageFactory, GeneralSectionPageFactory
from tests.moderation.helpers import news_form_data, refused

TITLE = "Chuyển đổi số cộng đồng"


class GeneralSectionTreeTest(WagtailPageTestCase):
    def test_a_general_section_sits_under_the_home_page_only(self):
        self.assertCanCreateAt(HomePage, s.GeneralSectionPage)
        self.assertCanNotCreateAt(s.NewsIndexPage, s.GeneralSectionPage)
        self.assertCanNotCreateAt(s.GeneralSectionPage, s.GeneralSectionPage)
        self.assertAllowedParentPageTypes(s.GeneralSectionPage, {HomePage})

    def test_a_general_section_holds_its_articles_and_standard_pages(self):
        self.assertAllowedSubpageTypes(s.GeneralSectionPage, {s.GeneralArticlePage, s.StandardPage})
        self.assertCanCreateAt(s.GeneralSectionPage, s.GeneralArticlePage)
        self.assertCanNotCreateAt(s.NewsIndexPage, s.GeneralArticlePage)
        self.assertCanNotCreateAt(HomePage, s.GeneralArticlePage)


pytestmark = pytest.mark.django_db


def signed_in(role, username=None):
    user = UserFactory(username=username or slugify_vi(role), roles=[role])
    client = Client()
    response = client.post(reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    return client


def add_url(model, parent):
    return reverse("wagtailadmin_pages:add", args=("sections", model._meta.model_name, parent.pk))


def section_form_data(**fields):
    data = {
        "title": TITLE,
        "slug": "chuyển-đổi-số-cộng-đồng",  # as typed with the browser's script off: folded by the server
        "intro": rich_text("Thông tin về chuyển đổi số trên địa bàn phường."),
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "comments": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


def article_form_data(**fields):
    """A general article's edit form: the news form's fields (its category is ignored)."""
    return news_form_data(
        title="Phường ra mắt ứng dụng phản ánh hiện trường",
        slug="phường-ra-mắt-ứng-dụng-phản-ánh-hiện-trường",
        date="2026-11-20",
        summary="Người dân phản ánh sự cố hạ tầng qua điện thoại.",
        **fields,
    )


def test_several_general_sections_may_sit_under_the_home_page(home_page):
    GeneralSectionPageFactory(title="Chuyển đổi số")
    assert s.GeneralSectionPage.can_create_at(home_page)
    GeneralSectionPageFactory(title="Xây dựng văn minh đô thị")
    assert s.GeneralSectionPage.objects.child_of(home_page).count() == 2


@pytest.mark.parametrize("role", [roles.EDITOR, roles.EDITOR_IN_CHIEF])
def test_the_editorial_board_cannot_add_a_general_section(home_page, role):
    client = signed_in(role)
    assert refused(client.get(add_url(s.GeneralSectionPage, home_page)))
    response = client.post(
        add_url(s.GeneralSectionPage, home_page), section_form_data(**{"action-submit": "1"})
    )
    assert refused(response)
    assert not s.GeneralSectionPage.objects.exists()
    # Their usual work under the home page's sections is unchanged.
    assert client.get(add_url(s.NewsPage, home_page.get_children().get(slug="tin-tuc"))).status_code == 200


@pytest.mark.parametrize("role", [roles.EDITOR, roles.EDITOR_IN_CHIEF])
def test_the_editorial_board_is_not_offered_a_general_section_among_the_page_types(home_page, role):
    """Under the home page a general section is the only type left to add (the mandatory sections exist):
    Wagtail went straight to its form, which refused them. Now they are told no page can be added there."""
    response = signed_in(role).get(reverse("wagtailadmin_pages:add_subpage", args=(home_page.pk,)))
    assert response.status_code == 200
    assert response.context["page_types"] == []
    assert add_url(s.GeneralSectionPage, home_page) not in response.content.decode()
    news = home_page.get_children().get(slug="tin-tuc")
    response = signed_in(role, f"{slugify_vi(role)}-2").get(
        reverse("wagtailadmin_pages:add_subpage", args=(news.pk,))
    )
    assert response.status_code in (200, 302)  # the news section's own types, as before
    assert "generalsectionpage" not in response.content.decode() + response.get("Location", "")


def test_an_administrator_is_taken_to_the_general_section_form(home_page):
    response = signed_in(roles.ADMINISTRATOR).get(
        reverse("wagtailadmin_pages:add_subpage", args=(home_page.pk,))
    )
    assert response.status_code == 302
    assert response["Location"] == add_url(s.GeneralSectionPage, home_page)


def test_an_editor_cannot_copy_a_general_section_into_a_new_one(home_page):
    section = GeneralSectionPageFactory(title="Chuyển đổi số", slug="chuyen-doi-so")
    client = signed_in(roles.EDITOR)
    url = reverse("wagtailadmin_pages:copy", args=(section.pk,))
    assert refused(client.get(url))
    response = client.post(
        url,
        {"new_title": "Bản sao", "new_slug": "ban-sao", "new_parent_page": home_page.pk, "copy_subpages": ""},
    )
    assert refused(response)
    assert s.GeneralSectionPage.objects.count() == 1
    assert signed_in(roles.ADMINISTRATOR, "quan-tri-sao-chep").get(url).status_code == 200


def test_an_administrator_adds_a_general_section_that_waits_for_the_review(home_page):
    client = signed_in(roles.ADMINISTRATOR)
    assert client.get(add_url(s.GeneralSectionPage, home_page)).status_code == 200

    response = client.post(
        add_url(s.GeneralSectionPage, home_page), section_form_data(**{"action-submit": "1"})
    )

    assert response.status_code == 302
    section = s.GeneralSectionPage.objects.get(title=TITLE)
    assert section.slug == "chuyen-doi-so-cong-dong"
    assert not section.live
    assert section.get_workflow().name == "Quy trình duyệt tin bài"
    assert section.current_workflow_task.name == "Biên tập viên duyệt"
    assert Client().get("/chuyen-doi-so-cong-dong/").status_code == 404


def test_an_article_of_a_general_section_is_published_only_through_both_approvals(home_page):
    section = GeneralSectionPageFactory(title="Chuyển đổi số", slug="chuyen-doi-so")
    author = signed_in(roles.EDITOR, "bien-tap-vien-viet-bai")
    editor, chief = signed_in(roles.EDITOR), signed_in(roles.EDITOR_IN_CHIEF)

    response = author.post(
        add_url(s.GeneralArticlePage, section), article_form_data(**{"action-submit": "1"})
    )

    assert response.status_code == 302
    article = s.GeneralArticlePage.objects.get(title="Phường ra mắt ứng dụng phản ánh hiện trường")
    assert article.slug == "phuong-ra-mat-ung-dung-phan-anh-hien-truong"
    assert not article.live
    for client in (editor, chief):
        article.refresh_from_db()
        state = article.current_workflow_task_state
        client.post(
            reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "approve", state.pk)),
            {"comment": ""},
        )
    article.refresh_from_db()
    assert article.live
    public = Client().get("/chuyen-doi-so/")
    assert "Phường ra mắt ứng dụng phản ánh hiện trường" in public.content.decode()


def test_a_general_section_lists_its_articles_and_is_in_the_site_map(client, home_page, section):
    general = GeneralSectionPageFactory(title="Xây dựng văn minh đô thị", slug="van-minh-do-thi")
    GeneralArticlePageFactory(parent=general, title="Tuyến phố văn minh Hòa Bình")
    html = client.get("/van-minh-do-thi/").content.decode()
    assert "Xây dựng văn minh đô thị" in html and "Tuyến phố văn minh Hòa Bình" in html
    sitemap = client.get("/so-do-cong/").content.decode()
    assert "Xây dựng văn minh đô thị" in sitemap
    assert Page.objects.get(pk=general.pk).specific_class is s.GeneralSectionPage
