"""Helpers shared by the editorial office tests: form data and URLs of the admin, and what to compare."""

import datetime

from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision, TaskState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield


def news_form_data(title="Phường tổ chức ra quân vệ sinh môi trường", slug=None, **fields):
    """The edit form of a news article, as the browser posts it."""
    data = {
        "title": title,
        "slug": slug or f"tin-{timezone.now():%H%M%S%f}",
        "date": "2026-05-01",
        "category": "",
        "summary": "Sáng Chủ nhật, đông đảo người dân tham gia.",
        "image": "",
        "image_alt": "",
        "body": streamfield([]),
        "attachments": streamfield([]),
        "author": "Ban Biên tập",
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "comments": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


def add_news_url(section):
    return reverse("wagtailadmin_pages:add", args=("sections", "newspage", section.pk))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def workflow_action_url(page, action):
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))


def log_actions(page):
    return list(
        PageLogEntry.objects.filter(page=page).order_by("timestamp", "pk").values_list("action", flat=True)
    )


def snapshot(page):
    """What a refused request must leave untouched."""
    page.refresh_from_db()
    return {
        "live": page.live,
        "live_revision": page.live_revision_id,
        "revisions": Revision.objects.filter(object_id=str(page.pk)).count(),
        "log_entries": PageLogEntry.objects.filter(page=page).count(),
        "task_states": TaskState.objects.filter(workflow_state__object_id=str(page.pk)).count(),
    }


def in_seconds(seconds):
    return timezone.now() + datetime.timedelta(seconds=seconds)


def refused(response):
    """Wagtail answers a permission refusal with 403, or, in most admin views, with a redirect to the
    dashboard and an error message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def opens(client, url):
    """The page opens for this user (following Wagtail's own redirects, not a refusal's)."""
    response = client.get(url, follow=True)
    return response.status_code == 200 and response.resolver_match.view_name != "wagtailadmin_home"
