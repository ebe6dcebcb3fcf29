"""The whole road through the admin: contributor → editor → editor-in-chief → live, and back on rejection."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.models import PageLogEntry, WorkflowState

from sections.models import NewsPage

from .helpers import add_news_url, edit_url, log_actions, news_form_data, workflow_action_url

pytestmark = pytest.mark.django_db

TITLE = "Phường Dương Kinh ra quân làm sạch bãi biển"
COMMENT = "Thiếu nguồn ảnh và tên tác giả, đề nghị bổ sung."


def contributor_submits(login, contributor, news_section):
    client = login(contributor)
    response = client.post(add_news_url(news_section), news_form_data(title=TITLE, **{"action-submit": "1"}))
    assert response.status_code == 302
    return client, NewsPage.objects.get(title=TITLE)


def test_contributor_draft_goes_live_after_editor_and_editor_in_chief_approve(
    login, contributor, editor, editor_in_chief, news_section
):
    _, page = contributor_submits(login, contributor, news_section)
    assert {message.to[0] for message in mail.outbox} >= {editor.email}

    login(editor).post(workflow_action_url(page, "approve"), {"comment": "Được."})
    page.refresh_from_db()
    assert not page.live
    login(editor_in_chief).post(workflow_action_url(page, "approve"), {"comment": ""})

    page.refresh_from_db()
    assert page.live
    assert page.live_revision == page.get_latest_revision()
    assert page.live_revision.user == contributor
    assert log_actions(page) == [
        "wagtail.create",
        "wagtail.edit",
        "wagtail.workflow.start",
        "wagtail.workflow.approve",
        "wagtail.workflow.approve",
        "wagtail.publish",
    ]
    users = dict(PageLogEntry.objects.filter(page=page).values_list("action", "user__username"))
    assert users["wagtail.publish"] == editor_in_chief.username
    public = Client().get(page.get_url())
    assert public.status_code == 200 and TITLE in public.content.decode()
    assert page in news_section.get_items()


def test_rejection_reaches_the_contributor_by_email_and_on_the_dashboard_and_the_fixed_draft_goes_live(
    login, contributor, editor, editor_in_chief, news_section
):
    client, page = contributor_submits(login, contributor, news_section)
    mail.outbox.clear()

    login(editor).post(workflow_action_url(page, "reject"), {"comment": COMMENT})

    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    to_contributor = [message for message in mail.outbox if message.to == [contributor.email]]
    assert len(to_contributor) == 1
    assert COMMENT in to_contributor[0].body
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert COMMENT in dashboard
    assert edit_url(page) in dashboard

    client.post(
        edit_url(page),
        news_form_data(title=TITLE, slug=page.slug, author="Nguyễn Văn A", **{"action-submit": "1"}),
    )
    page.refresh_from_db()
    assert page.current_workflow_task.name == "Biên tập viên duyệt"
    assert COMMENT not in client.get(reverse("wagtailadmin_home")).content.decode()
    login(editor).post(workflow_action_url(page, "approve"), {"comment": ""})
    login(editor_in_chief).post(workflow_action_url(page, "approve"), {"comment": ""})

    page.refresh_from_db()
    assert page.live
    assert page.specific.author == "Nguyễn Văn A"
    assert log_actions(page) == [
        "wagtail.create",
        "wagtail.edit",
        "wagtail.workflow.start",
        "wagtail.workflow.reject",
        "wagtail.edit",
        "wagtail.workflow.resume",
        "wagtail.workflow.approve",
        "wagtail.workflow.approve",
        "wagtail.publish",
    ]


def test_the_review_workflow_applies_to_every_page_of_the_tree(home_page, every_page_type):
    pages = home_page.get_descendants(inclusive=True).specific()[:200]
    assert set(every_page_type) <= {type(page) for page in pages}
    for page in pages:
        assert page.get_workflow().name == "Quy trình duyệt tin bài", page.url_path
