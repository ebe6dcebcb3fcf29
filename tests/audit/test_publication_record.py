"""A page's publication record: which approvals, or which emergency publication, put each version live."""

import pytest
from django.urls import reverse
from wagtail.log_actions import log
from wagtail.models import Page

from audit.compliance.publication import EMERGENCY_ACKNOWLEDGE, EMERGENCY_PUBLISH
from audit.publication_record import publication_record
from tests.factories.sections import NewsPageFactory

pytestmark = pytest.mark.django_db


def approve(page, user, comment=""):
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, user, "approve", comment=comment)


def test_each_live_version_names_its_approvers_and_their_comments(
    login, auditor, contributor, editor, editor_in_chief
):
    page = NewsPageFactory(title="Thông báo tiêm chủng mở rộng", live=False)
    page.get_workflow().start(page, contributor)
    approve(page, editor, "Đã kiểm tra số liệu.")
    approve(Page.objects.get(pk=page.pk).specific, editor_in_chief, "Đồng ý đăng.")
    page = Page.objects.get(pk=page.pk).specific

    record = publication_record(page)

    assert len(record) == 1
    publication = record[0]
    assert publication.live and publication.revision_id == page.live_revision_id
    assert [(step.by, step.comment) for step in publication.steps] == [
        (editor.get_username(), "Đã kiểm tra số liệu."),
        (editor_in_chief.get_username(), "Đồng ý đăng."),
    ]
    assert publication.authorised
    content = login(auditor).get(reverse("audit:publication_record", args=(page.pk,))).content.decode()
    assert "Đồng ý đăng." in content


def test_an_emergency_publication_shows_its_reason_and_acknowledgement(editor, editor_in_chief):
    page = NewsPageFactory(title="Cảnh báo triều cường", live=False)
    revision = page.save_revision(user=editor)
    revision.publish(user=editor, skip_permission_checks=True)
    log(
        page,
        EMERGENCY_PUBLISH,
        user=editor,
        revision=revision,
        data={
            "reason": "Triều cường vượt báo động 3",
            "emergency_publication_id": 3,
            "revision_id": revision.pk,
        },
    )

    publication = publication_record(Page.objects.get(pk=page.pk).specific)[-1]
    assert publication.emergency_reason == "Triều cường vượt báo động 3" and publication.acknowledged_by == ""

    log(page, EMERGENCY_ACKNOWLEDGE, user=editor_in_chief, data={"emergency_publication_id": 3})
    publication = publication_record(Page.objects.get(pk=page.pk).specific)[-1]
    assert publication.acknowledged_by == editor_in_chief.get_username()


def test_a_version_published_outside_both_is_not_authorised(editor):
    page = NewsPageFactory(title="Tin đăng tắt", live=False)
    page.save_revision(user=editor).publish(user=editor, skip_permission_checks=True)

    publication = publication_record(Page.objects.get(pk=page.pk).specific)[-1]

    assert not publication.authorised and publication.steps == []


def test_editors_cannot_open_the_record(login, editor):
    page = NewsPageFactory()
    assert login(editor).get(reverse("audit:publication_record", args=(page.pk,))).status_code in (302, 403)
