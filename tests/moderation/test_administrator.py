"""Quản trị Cổng: users, groups, settings, section assignments; deletes pages only with a written reason."""

import pytest
from django.urls import reverse
from wagtail.models import Page, PageLogEntry

from sections.models import NewsPage

from .helpers import edit_url, log_actions, news_form_data, opens, refused

pytestmark = pytest.mark.django_db

REASON = "Trang đăng nhầm thông tin cá nhân của công dân, phải gỡ bỏ hoàn toàn."


def delete_url(page):
    return reverse("wagtailadmin_pages:delete", args=(page.pk,))


def test_administrator_is_asked_for_a_reason_before_deleting(login, administrator, live_news):
    page = live_news()

    response = login(administrator).get(delete_url(page))

    assert response.status_code == 200
    assert 'name="reason"' in response.content.decode()


def test_administrator_cannot_delete_without_a_reason(login, administrator, live_news):
    page = live_news()
    client = login(administrator)

    for data in ({}, {"reason": "xóa"}):
        response = client.post(delete_url(page), data)
        assert response.status_code == 200
        assert response.context["form"].errors

    assert NewsPage.objects.filter(pk=page.pk).exists()
    assert "portal.delete_with_reason" not in log_actions(page)


def test_administrator_deletes_with_a_reason_and_the_reason_is_in_the_audit_log(
    login, administrator, live_news
):
    page = live_news()
    page_id = page.pk

    response = login(administrator).post(delete_url(page), {"reason": REASON})

    assert response.status_code == 302
    assert not Page.objects.filter(pk=page_id).exists()
    entry = PageLogEntry.objects.get(page_id=page_id, action="portal.delete_with_reason")
    assert entry.user == administrator
    assert entry.data["reason"] == REASON
    assert entry.data["was_live"] is True
    assert PageLogEntry.objects.filter(page_id=page_id, action="wagtail.delete", user=administrator).exists()


def test_the_deletion_reason_shows_in_site_history(login, administrator, superuser, live_news):
    page = live_news()
    login(administrator).post(delete_url(page), {"reason": REASON})

    content = login(superuser).get(reverse("wagtailadmin_reports:site_history")).content.decode()

    assert REASON in content


def test_administrator_cannot_delete_pages_in_bulk(login, administrator, live_news):
    pages = [live_news(title="Tin một"), live_news(title="Tin hai")]
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete"))
    url += "?" + "&".join(f"id={page.pk}" for page in pages)

    login(administrator).post(url, {})

    assert NewsPage.objects.filter(pk__in=[page.pk for page in pages]).count() == 2


def test_administrator_cannot_publish_directly(login, administrator, draft_news):
    page = draft_news(administrator)

    login(administrator).post(edit_url(page), news_form_data(slug=page.slug, **{"action-publish": "1"}))

    page.refresh_from_db()
    assert not page.live
    assert "wagtail.publish" not in log_actions(page)


def test_administrator_cannot_unpublish(login, administrator, live_news):
    page = live_news()

    assert refused(login(administrator).post(reverse("wagtailadmin_pages:unpublish", args=(page.pk,))))
    page.refresh_from_db()
    assert page.live


def test_administrator_manages_users_groups_settings_and_section_assignments(login, administrator):
    client = login(administrator)

    for url in (
        reverse("wagtailusers_users:index"),
        reverse("wagtailusers_users:add"),
        reverse("wagtailusers_groups:index"),
        reverse("wagtailsettings:edit", args=("core", "portalsettings")),
        reverse("section_assignments:index"),
        reverse("section_assignments:add"),
        reverse("wagtailadmin_workflows:index"),
    ):
        assert opens(client, url), url


def test_superuser_deletion_needs_a_reason_too(login, superuser, live_news):
    page = live_news()

    login(superuser).post(delete_url(page), {})

    assert NewsPage.objects.filter(pk=page.pk).exists()
