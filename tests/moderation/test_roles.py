"""The roles and the review workflow exist on a fresh install, created by data migrations."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, Workflow, WorkflowPage

from moderation import roles

pytestmark = pytest.mark.django_db


def test_the_five_roles_exist_with_admin_access():
    for name in ["Cộng tác viên", "Biên tập viên", "Trưởng Ban Biên tập", "Quản trị Cổng", "Kiểm tra viên"]:
        group = Group.objects.get(name=name)
        assert group.permissions.filter(
            content_type__app_label="wagtailadmin", codename="access_admin"
        ).exists()


def test_no_group_holds_wagtails_publish_permission():
    assert not GroupPagePermission.objects.filter(permission__codename="publish_page").exists()
    assert not Group.objects.filter(name="Moderators").exists()


@pytest.mark.parametrize("role", [roles.EDITOR, roles.CONTRIBUTOR])
def test_administrators_hold_every_permission_of_the_roles_they_give(role):
    """The grant rule lets nobody give what they do not hold (moderation/accounts/grants.py): every app
    that grants the editors a permission must grant it to the administrators too, or nobody but a
    superuser can make a new editor. This holds it for every app at once, not for each migration."""
    assert model_permissions(role) - model_permissions(roles.ADMINISTRATOR) == set()


def page_permissions(role):
    root = Page.get_first_root_node()
    return set(
        GroupPagePermission.objects.filter(group__name=role, page=root).values_list(
            "permission__codename", flat=True
        )
    )


def test_page_permissions_on_the_root_follow_the_roles_table():
    assert page_permissions(roles.CONTRIBUTOR) == set()
    assert page_permissions(roles.EDITOR) == {"add_page", "change_page", "lock_page"}
    assert page_permissions(roles.EDITOR_IN_CHIEF) == {"add_page", "change_page", "lock_page", "unlock_page"}
    assert page_permissions(roles.ADMINISTRATOR) == {
        "add_page",
        "change_page",
        "lock_page",
        "unlock_page",
        "bulk_delete_page",
    }
    assert page_permissions(roles.AUDITOR) == {"add_page"}


def model_permissions(role):
    return {
        f"{app}.{codename}"
        for app, codename in Group.objects.get(name=role).permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


def test_only_administrators_manage_users_groups_settings_and_assignments():
    administration = {
        "auth.change_user",
        "auth.change_group",
        "core.change_portalsettings",
        "moderation.add_sectionassignment",
        "wagtailcore.change_workflow",
    }
    assert administration <= model_permissions(roles.ADMINISTRATOR)
    for role in (roles.CONTRIBUTOR, roles.EDITOR, roles.EDITOR_IN_CHIEF, roles.AUDITOR):
        assert not administration & model_permissions(role), role


def test_auditors_hold_every_view_permission_and_nothing_that_changes():
    perms = model_permissions(roles.AUDITOR)
    assert {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Permission.objects.filter(codename__startswith="view_")
    } <= perms
    assert all(
        codename.split(".")[1].startswith("view_") or codename == "wagtailadmin.access_admin"
        for codename in perms
    )


def test_the_review_workflow_has_two_group_approval_steps_and_covers_the_root():
    workflow = Workflow.objects.get(name="Quy trình duyệt tin bài")
    tasks = [task.specific for task in workflow.tasks.order_by("workflow_tasks__sort_order")]

    assert [task.name for task in tasks] == ["Biên tập viên duyệt", "Trưởng Ban Biên tập phê duyệt"]
    # The final step may be a subclass (the royalties feature asks for the royalty at approval).
    assert all(isinstance(task, GroupApprovalTask) for task in tasks)
    assert [list(task.groups.values_list("name", flat=True)) for task in tasks] == [
        ["Biên tập viên"],
        ["Trưởng Ban Biên tập"],
    ]
    assert WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow == workflow
    assert workflow.active


@pytest.mark.parametrize(
    "role", ["contributor", "editor", "editor_in_chief", "administrator", "auditor", "superuser"]
)
def test_every_role_opens_the_dashboard_and_the_explorer(
    login, request, news_section, live_news, draft_news, editor, role
):
    articles = [live_news(), live_news(title="Thông báo lịch cắt điện trên địa bàn phường")]
    draft = draft_news(editor, title="Bản nháp chưa gửi duyệt")
    client = login(request.getfixturevalue(role))

    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    explorer = client.get(reverse("wagtailadmin_explore", args=(news_section.pk,)))
    assert explorer.status_code == 200
    for page in (*articles, draft):
        assert page.title in explorer.content.decode()
