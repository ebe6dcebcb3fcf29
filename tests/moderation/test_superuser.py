"""A superuser cannot publish directly either; only an emergency publish with a written reason, recorded."""

import pytest
from django.urls import reverse
from wagtail.models import Page, PageLogEntry

from home.models import HomePage
from moderation.models import EmergencyPublication
from sections.models import NewsPage

from .helpers import add_news_url, edit_url, in_seconds, log_actions, news_form_data, refused, snapshot

pytestmark = pytest.mark.django_db

REASON = "Thông báo khẩn về bão số 3: người dân cần sơ tán ngay trong đêm nay."


def test_superuser_cannot_publish_through_the_edit_view(login, superuser, draft_news):
    page = draft_news(superuser)

    content = login(superuser).get(edit_url(page)).content.decode()
    login(superuser).post(edit_url(page), news_form_data(slug=page.slug, **{"action-publish": "1"}))

    assert 'name="action-publish"' not in content
    page.refresh_from_db()
    assert not page.live
    assert "wagtail.publish" not in log_actions(page)


def test_superuser_cannot_publish_when_creating(login, superuser, news_section):
    login(superuser).post(
        add_news_url(news_section), news_form_data(title="Tạo và đăng", **{"action-publish": "1"})
    )

    assert not NewsPage.objects.get(title="Tạo và đăng").live


def test_superuser_cannot_publish_a_new_home_page_at_the_root(login, superuser):
    url = reverse("wagtailadmin_pages:add", args=("home", "homepage", Page.get_first_root_node().pk))
    data = {
        "title": "Trang chủ mới",
        "slug": "trang-chu-moi",
        "public_services-count": "0",
        "organisation_links-count": "0",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "action-publish": "1",
    }

    response = login(superuser).post(url, data)

    assert refused(response)
    assert not HomePage.objects.filter(slug="trang-chu-moi").exists()


def test_superuser_cannot_publish_through_the_bulk_action(login, superuser, draft_news):
    page = draft_news(superuser)
    before = snapshot(page)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish")) + f"?id={page.pk}"

    login(superuser).post(url, {"include_descendants": "on"})

    assert snapshot(page) == before


def copy_and_publish(client, page, parent, slug):
    return client.post(
        reverse("wagtailadmin_pages:copy", args=(page.pk,)),
        {"new_title": "Bản sao", "new_slug": slug, "new_parent_page": parent.pk, "publish_copies": "on"},
    )


def test_superuser_cannot_publish_a_copy(login, superuser, live_news, news_section, home_page):
    client = login(superuser)

    copy_and_publish(client, live_news(), news_section, "ban-sao-tin")
    copy_and_publish(client, home_page, Page.get_first_root_node(), "ban-sao-trang-chu")

    assert not Page.objects.filter(slug__in=["ban-sao-tin", "ban-sao-trang-chu"], live=True).exists()


def test_superuser_cannot_publish_by_reverting_a_revision(login, superuser, draft_news):
    page = draft_news(superuser)
    url = reverse("wagtailadmin_pages:revisions_revert", args=(page.pk, page.get_latest_revision().pk))

    login(superuser).post(url, news_form_data(slug=page.slug, **{"action-publish": "1"}))

    page.refresh_from_db()
    assert not page.live


@pytest.mark.parametrize("action", ["publish", "delete", "create_alias", "revert_to_page_revision"])
def test_superuser_cannot_use_the_admin_api_page_actions(login, superuser, draft_news, action):
    page = draft_news(superuser)
    before = snapshot(page)

    response = login(superuser).post(
        reverse("wagtailadmin_api:pages:action", args=(page.pk, action)), {}, content_type="application/json"
    )

    assert response.status_code == 403
    assert snapshot(page) == before


def test_superuser_emergency_publish_needs_a_written_reason(login, superuser, draft_news):
    page = draft_news(superuser)
    url = reverse("moderation:emergency_publish", args=(page.pk,))

    response = login(superuser).post(url, {"reason": "gấp"})

    assert response.status_code == 200
    assert "reason" in response.context["form"].errors
    page.refresh_from_db()
    assert not page.live
    assert not EmergencyPublication.objects.exists()


def test_superuser_emergency_publish_goes_live_and_is_recorded_with_the_reason(login, superuser, draft_news):
    page = draft_news(superuser)
    client = login(superuser)
    assert client.get(reverse("moderation:emergency_publish", args=(page.pk,))).status_code == 200

    response = client.post(reverse("moderation:emergency_publish", args=(page.pk,)), {"reason": REASON})

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    record = EmergencyPublication.objects.get(page=page)
    assert (record.user, record.reason, record.revision) == (superuser, REASON, page.live_revision)
    assert not record.is_acknowledged
    entry = PageLogEntry.objects.get(page=page, action="portal.emergency_publish")
    assert entry.user == superuser and entry.data["reason"] == REASON
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish", user=superuser).exists()


def test_emergency_publish_publishes_now_even_if_a_go_live_time_was_set(login, superuser, draft_news):
    page = draft_news(superuser, go_live_at=in_seconds(3600))

    login(superuser).post(reverse("moderation:emergency_publish", args=(page.pk,)), {"reason": REASON})

    page.refresh_from_db()
    assert page.live


def test_emergency_publish_is_offered_in_the_page_editor(login, superuser, draft_news):
    page = draft_news(superuser)

    content = login(superuser).get(edit_url(page)).content.decode()

    assert reverse("moderation:emergency_publish", args=(page.pk,)) in content
