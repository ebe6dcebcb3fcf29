"""Two-person review: the final approval (which publishes) is given by someone other than the person who
approved the first step, superusers included, unless MODERATION_ALLOW_SAME_REVIEWER is set."""

import pytest
from django.core.exceptions import PermissionDenied

from .helpers import edit_url, log_actions, refused, workflow_action_url

pytestmark = pytest.mark.django_db

MESSAGE = "theo quy tắc hai người duyệt"


@pytest.fixture
def approved_by_superuser(login, superuser, contributor, submitted_news):
    """A contributor's article whose first step a superuser approved."""
    page = submitted_news(contributor)
    response = login(superuser).post(workflow_action_url(page, "approve"), {"comment": ""})
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.current_workflow_task.name == "Trưởng Ban Biên tập phê duyệt"
    return page


def final_actions(page, user):
    return [name for name, _label, _modal in page.current_workflow_task.specific.get_actions(page, user)]


def test_the_first_approver_is_not_offered_the_final_approval(
    approved_by_superuser, superuser, editor_in_chief
):
    assert "approve" not in final_actions(approved_by_superuser, superuser)
    assert "reject" in final_actions(approved_by_superuser, superuser)
    assert "approve" in final_actions(approved_by_superuser, editor_in_chief)


def test_the_first_approver_cannot_give_the_final_approval_through_the_admin(
    login, approved_by_superuser, superuser
):
    page = approved_by_superuser
    client = login(superuser)
    response = client.post(workflow_action_url(page, "approve"), {"comment": "", "coefficient": "1"})

    assert refused(response)
    page.refresh_from_db()
    assert not page.live
    assert "wagtail.publish" not in log_actions(page)


def test_the_editor_explains_the_rule_in_vietnamese(login, approved_by_superuser, superuser):
    content = login(superuser).get(edit_url(approved_by_superuser), follow=True).content.decode()
    assert "Bạn đã duyệt bước “Biên tập viên duyệt”" in content
    assert MESSAGE in content
    assert 'data-workflow-action-name="approve"' not in content


def test_the_final_approval_is_refused_in_code_too(approved_by_superuser, superuser):
    task_state = approved_by_superuser.current_workflow_task_state.specific
    with pytest.raises(PermissionDenied, match=MESSAGE):
        task_state.task.specific.on_action(task_state, superuser, "approve", comment="")
    approved_by_superuser.refresh_from_db()
    assert not approved_by_superuser.live


def test_someone_else_gives_the_final_approval(login, approved_by_superuser, editor_in_chief):
    login(editor_in_chief).post(workflow_action_url(approved_by_superuser, "approve"), {"comment": ""})
    approved_by_superuser.refresh_from_db()
    assert approved_by_superuser.live


def test_the_rule_can_be_switched_off(settings, login, approved_by_superuser, superuser):
    settings.MODERATION_ALLOW_SAME_REVIEWER = True
    assert "approve" in final_actions(approved_by_superuser, superuser)
    login(superuser).post(workflow_action_url(approved_by_superuser, "approve"), {"comment": ""})
    approved_by_superuser.refresh_from_db()
    assert approved_by_superuser.live


def test_an_approval_in_an_earlier_run_does_not_count(
    login, approved_by_superuser, superuser, editor, contributor
):
    """The rule looks at this run of the workflow: after a cancelled run, the new run starts afresh."""
    page = approved_by_superuser
    page.current_workflow_state.cancel(user=superuser)
    page.get_workflow().start(page, contributor)
    login(editor).post(workflow_action_url(page, "approve"), {"comment": ""})
    page.refresh_from_db()

    assert "approve" in final_actions(page, superuser)
