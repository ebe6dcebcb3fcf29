"""The review rule, tried as each role: nobody approves a step of their own work (the submitted revision's
author, the submitter, anyone who saved a revision during the run), superusers included; nobody acknowledges
their own emergency publication; MODERATION_ALLOW_SAME_REVIEWER switches the rule off for a one-person
test install."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from moderation import roles
from moderation.emergency import publish_in_emergency
from moderation.workflows import EDITOR_IN_CHIEF_TASK_NAME, EDITOR_TASK_NAME

from .helpers import edit_url, log_actions, news_form_data, refused, snapshot, workflow_action_url

pytestmark = pytest.mark.django_db

OWN_WORK_VI = "không ai tự duyệt sản phẩm của mình"
REASON = "Thông báo khẩn: cắt nước toàn phường từ 14 giờ hôm nay để sửa đường ống."


def actions(page, user):
    page.refresh_from_db()
    task = page.current_workflow_task.specific
    return [name for name, _label, _modal in task.get_actions(page, user)]


def try_to_approve(client, page, **data):
    return client.post(workflow_action_url(page, "approve"), {"comment": "", **data})


def approve_in_code(page, user):
    page.refresh_from_db()
    task_state = page.current_workflow_task_state.specific
    task_state.task.specific.on_action(task_state, user, "approve", comment="")


def assert_refused_everywhere(login, page, user):
    """Not offered, refused through the admin's workflow action, refused in code; nothing changed."""
    assert "approve" not in actions(page, user)
    before = snapshot(page)
    assert refused(try_to_approve(login(user), page, coefficient="1"))
    with pytest.raises(PermissionDenied):
        approve_in_code(page, user)
    assert snapshot(page) == before
    assert not page.live


@pytest.fixture
def second_editor(make_user):
    return make_user("bien-tap-2", roles.EDITOR)


# -- step 1 -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("author", ["editor", "superuser"])
def test_the_author_cannot_approve_the_first_step(login, request, submitted_news, author):
    user = request.getfixturevalue(author)
    page = submitted_news(user)
    assert page.current_workflow_task.name == EDITOR_TASK_NAME

    assert_refused_everywhere(login, page, user)


def test_an_editor_who_edited_the_draft_in_review_cannot_approve_it(
    login, submitted_news, contributor, editor, second_editor
):
    page = submitted_news(contributor)
    page.title = "Tiêu đề do biên tập viên sửa"
    page.save_revision(user=editor)

    assert_refused_everywhere(login, page, editor)
    assert "approve" in actions(page, second_editor)


def test_save_and_approve_with_changes_is_refused_to_the_reviewer(login, submitted_news, contributor, editor):
    """The editor's "save and approve" saves the reviewer's words first: approving them is approving one's
    own work."""
    page = submitted_news(contributor)
    client = login(editor)
    data = news_form_data(title="Tiêu đề mới do người duyệt viết", slug=page.slug)
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    client.post(edit_url(page), data)

    page.refresh_from_db()
    assert page.current_workflow_task.name == EDITOR_TASK_NAME
    assert not page.live


def test_someone_else_approves_the_first_step(login, submitted_news, editor, second_editor):
    page = submitted_news(editor)
    try_to_approve(login(second_editor), page)
    page.refresh_from_db()
    assert page.current_workflow_task.name == EDITOR_IN_CHIEF_TASK_NAME


# -- the final step -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("author", ["editor_in_chief", "superuser"])
def test_the_author_cannot_give_the_final_approval(login, request, submitted_news, second_editor, author):
    user = request.getfixturevalue(author)
    page = submitted_news(user)
    approve_in_code(page, second_editor)
    page.refresh_from_db()
    assert page.current_workflow_task.name == EDITOR_IN_CHIEF_TASK_NAME

    assert_refused_everywhere(login, page, user)
    assert "wagtail.publish" not in log_actions(page)


def test_an_editor_in_chief_who_edited_in_review_cannot_give_the_final_approval(
    login, submitted_news, contributor, editor, editor_in_chief, make_user
):
    page = submitted_news(contributor)
    page.title = "Tiêu đề do Trưởng Ban sửa"
    page.save_revision(user=editor_in_chief)
    # The edit asks for the first step again (WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT): approved twice.
    approve_in_code(page, editor)
    approve_in_code(page, editor)
    page.refresh_from_db()
    assert page.current_workflow_task.name == EDITOR_IN_CHIEF_TASK_NAME

    assert_refused_everywhere(login, page, editor_in_chief)
    other_chief = make_user("pho-ban", roles.EDITOR_IN_CHIEF)
    try_to_approve(login(other_chief), page)
    page.refresh_from_db()
    assert page.live


def test_the_editor_explains_the_rule_in_vietnamese(login, submitted_news, editor):
    page = submitted_news(editor)
    content = login(editor).get(edit_url(page), follow=True).content.decode()
    assert OWN_WORK_VI in content
    assert 'data-workflow-action-name="approve"' not in content


def test_a_new_run_still_bars_the_author(login, submitted_news, editor, superuser):
    page = submitted_news(editor)
    page.current_workflow_state.cancel(user=superuser)
    page.get_workflow().start(page, editor)

    assert_refused_everywhere(login, page, editor)


# -- the switch for a one-person test install ------------------------------------------------------------


def test_the_switch_lets_one_person_approve_their_own_page(settings, login, submitted_news, superuser):
    settings.MODERATION_ALLOW_SAME_REVIEWER = True
    page = submitted_news(superuser)
    client = login(superuser)
    try_to_approve(client, page)
    try_to_approve(client, page)
    page.refresh_from_db()
    assert page.live


# -- emergency publications ----------------------------------------------------------------------------


@pytest.mark.parametrize("publisher", ["editor_in_chief", "superuser"])
def test_nobody_acknowledges_their_own_emergency_publication(login, request, draft_news, publisher):
    user = request.getfixturevalue(publisher)
    record = publish_in_emergency(draft_news(user), user, REASON)

    response = login(user).post(reverse("moderation:acknowledge_emergency", args=(record.pk,)))

    assert refused(response)
    record.refresh_from_db()
    assert not record.is_acknowledged


def test_another_superuser_acknowledges(login, make_user, draft_news, superuser):
    record = publish_in_emergency(draft_news(superuser), superuser, REASON)
    other = make_user("sieu-quan-tri-2", superuser=True)
    login(other).post(reverse("moderation:acknowledge_emergency", args=(record.pk,)))
    record.refresh_from_db()
    assert record.acknowledged_by == other


def test_the_switch_lets_one_person_acknowledge(settings, login, draft_news, superuser):
    settings.MODERATION_ALLOW_SAME_REVIEWER = True
    record = publish_in_emergency(draft_news(superuser), superuser, REASON)
    login(superuser).post(reverse("moderation:acknowledge_emergency", args=(record.pk,)))
    record.refresh_from_db()
    assert record.is_acknowledged
