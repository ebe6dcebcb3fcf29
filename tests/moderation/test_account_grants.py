"""Privilege, tried as a portal administrator and the other roles: only superusers grant superuser status
or the administrators' group, nobody grants a permission they do not hold (user forms, group edit, bulk
actions), and every change of an account or a group is logged with what changed."""

import lxml.html
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import ModelLogEntry

from moderation import roles
from moderation.accounts.grants import group_grants
from tests.factories.core import PASSWORD

from .helpers import refused

pytestmark = pytest.mark.django_db

User = get_user_model()
NEW_PASSWORD = "Mật-khẩu-mới-rất-dài-2026"


def form_values(client, url, field="name"):
    """The values the admin's form at `url` would post as it stands (the form holding `field`)."""
    page = lxml.html.fromstring(client.get(url).content.decode())
    form = next(form for form in page.forms if form.inputs.keys() and field in form.inputs.keys())
    values = {}
    for name, value in form.form_values():
        values.setdefault(name, []).append(value)
    return values


def user_form_values(client, user):
    """The user's edit form as it stands, with the names the form requires filled in."""
    values = form_values(client, reverse("wagtailusers_users:edit", args=(user.pk,)), field="username")
    values.update({"first_name": ["Lan"], "last_name": ["Nguyễn Thị"]})
    return values


def new_user_data(**extra):
    data = {
        "username": "nguoi-moi",
        "email": "nguoi-moi@duongkinh.test",
        "first_name": "Lan",
        "last_name": "Nguyễn Thị",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
    }
    data.update(extra)
    return data


def group(name):
    return Group.objects.get(name=name)


def entries(obj, action):
    return ModelLogEntry.objects.filter(object_id=str(obj.pk), action=action)


# -- superuser status and the administrators' group ------------------------------------------------------


def test_an_administrator_cannot_create_a_superuser(login, administrator):
    login(administrator).post(reverse("wagtailusers_users:add"), new_user_data(is_superuser="on"))
    created = User.objects.filter(username="nguoi-moi").first()
    assert created is None or not created.is_superuser


def test_an_administrator_cannot_make_someone_a_superuser(login, administrator, editor):
    client = login(administrator)
    data = user_form_values(client, editor)
    data["is_superuser"] = ["on"]
    client.post(reverse("wagtailusers_users:edit", args=(editor.pk,)), data)
    editor.refresh_from_db()
    assert not editor.is_superuser


def test_an_administrator_cannot_add_someone_to_the_administrators(login, administrator, editor):
    client = login(administrator)
    response = client.post(
        reverse("wagtailusers_users:add"), new_user_data(groups=[group(roles.ADMINISTRATOR).pk])
    )
    assert "Chỉ quản trị viên tối cao" in response.content.decode()
    assert not User.objects.filter(username="nguoi-moi").exists()

    data = user_form_values(client, editor)
    data["groups"] = [str(group(roles.ADMINISTRATOR).pk)]
    client.post(reverse("wagtailusers_users:edit", args=(editor.pk,)), data)
    assert not editor.groups.filter(name=roles.ADMINISTRATOR).exists()


@pytest.mark.parametrize("role", [roles.AUDITOR, roles.EDITOR_IN_CHIEF])
def test_an_administrator_cannot_give_a_role_holding_what_they_do_not_hold(login, administrator, role):
    """Auditors read every record (citizens' submissions included) and the editor-in-chief sets royalties:
    administrators hold neither, so a superuser gives these roles."""
    response = login(administrator).post(
        reverse("wagtailusers_users:add"), new_user_data(groups=[group(role).pk])
    )
    assert "quyền mà bạn không có" in response.content.decode()
    assert not User.objects.filter(username="nguoi-moi").exists()


def test_an_administrator_gives_the_editorial_roles_and_it_is_logged(login, administrator):
    login(administrator).post(
        reverse("wagtailusers_users:add"),
        new_user_data(groups=[group(roles.EDITOR).pk, group(roles.CONTRIBUTOR).pk]),
    )
    created = User.objects.get(username="nguoi-moi")
    assert set(created.groups.values_list("name", flat=True)) == {roles.EDITOR, roles.CONTRIBUTOR}
    entry = entries(created, "portal.user.create").get()
    assert entry.user == administrator
    assert entry.data["changes"]["groups"]["added"] == sorted([roles.EDITOR, roles.CONTRIBUTOR])
    assert "password" in entry.data["changes"]
    assert NEW_PASSWORD not in str(entry.data)


def test_an_administrator_cannot_take_over_a_superuser_account(login, administrator, superuser):
    client = login(administrator)
    edit = reverse("wagtailusers_users:edit", args=(superuser.pk,))
    assert refused(client.get(edit))
    response = client.post(
        edit,
        {
            "username": superuser.username,
            "email": "ke-gian@example.com",
            "first_name": "a",
            "last_name": "b",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
            "is_active": "on",
        },
    )
    assert refused(response)
    superuser.refresh_from_db()
    assert superuser.check_password(PASSWORD)
    assert refused(client.post(reverse("wagtailusers_users:delete", args=(superuser.pk,))))
    assert User.objects.filter(pk=superuser.pk).exists()


def test_a_superuser_grants_superuser_status_and_it_is_logged(login, superuser, editor):
    client = login(superuser)
    data = user_form_values(client, editor)
    data["is_superuser"] = ["on"]
    data["groups"] = [str(group(roles.ADMINISTRATOR).pk)]
    client.post(reverse("wagtailusers_users:edit", args=(editor.pk,)), data)

    editor.refresh_from_db()
    assert editor.is_superuser
    changes = entries(editor, "portal.user.change").get().data["changes"]
    assert changes["is_superuser"] == [False, True]
    assert changes["groups"] == {"added": [roles.ADMINISTRATOR], "removed": [roles.EDITOR]}
    assert not entries(editor, "wagtail.edit").exists()


def test_the_history_says_what_changed_in_vietnamese(login, superuser, editor):
    client = login(superuser)
    data = user_form_values(client, editor)
    data["groups"] = [str(group(roles.EDITOR_IN_CHIEF).pk)]
    client.post(reverse("wagtailusers_users:edit", args=(editor.pk,)), data)
    content = client.get(reverse("wagtailusers_users:history", args=(editor.pk,))).content.decode()
    assert "thêm vào nhóm: Trưởng Ban Biên tập" in content
    assert "rời nhóm: Biên tập viên" in content


@pytest.mark.parametrize("role", ["editor", "editor_in_chief", "contributor", "auditor"])
def test_the_editorial_roles_do_not_reach_accounts(login, request, role):
    client = login(request.getfixturevalue(role))
    response = client.post(reverse("wagtailusers_users:add"), new_user_data(is_superuser="on"))
    assert refused(response) or response.status_code == 302
    assert not User.objects.filter(username="nguoi-moi").exists()


def test_bulk_role_assignment_is_for_superusers(login, administrator, editor):
    url = reverse("wagtail_bulk_action", args=("auth", "user", "assign_role"))
    response = login(administrator).post(
        f"{url}?id={editor.pk}", {"role": group(roles.ADMINISTRATOR).pk}, follow=True
    )
    assert response.status_code == 200
    assert not editor.groups.filter(name=roles.ADMINISTRATOR).exists()


# -- groups ------------------------------------------------------------------------------------------------


def test_an_administrator_cannot_add_publish_to_a_group(login, administrator):
    editors = group(roles.EDITOR)
    before = group_grants(editors)
    client = login(administrator)
    url = reverse("wagtailusers_groups:edit", args=(editors.pk,))
    data = form_values(client, url)
    data["page_permissions-0-permissions"].append("publish_page")

    response = client.post(url, data)

    assert response.status_code == 200
    assert "Bạn không thể cấp quyền mà bạn không có" in response.content.decode()
    assert group_grants(editors) == before
    assert not entries(editors, "portal.group.change").exists()


def test_an_administrator_cannot_give_a_group_a_model_permission_they_lack(login, administrator):
    editors = group(roles.EDITOR)
    before = group_grants(editors)
    client = login(administrator)
    url = reverse("wagtailusers_groups:edit", args=(editors.pk,))
    data = form_values(client, url)
    page = lxml.html.fromstring(client.get(url).content.decode())
    offered = {box.get("value") for box in page.xpath("//input[@name='permissions']")}
    held = administrator.get_all_permissions()
    lacking = Permission.objects.filter(pk__in=offered).select_related("content_type")
    lacking = [p for p in lacking if f"{p.content_type.app_label}.{p.codename}" not in held]
    assert lacking, "the form offers some permission an administrator lacks"
    data["permissions"] = data.get("permissions", []) + [str(lacking[0].pk)]

    client.post(url, data)

    assert group_grants(editors) == before


def test_a_group_change_is_logged_with_the_permissions_changed(login, superuser):
    editors = group(roles.EDITOR)
    client = login(superuser)
    url = reverse("wagtailusers_groups:edit", args=(editors.pk,))
    data = form_values(client, url)
    data["page_permissions-0-permissions"] = [
        value for value in data["page_permissions-0-permissions"] if value != "lock_page"
    ]
    client.post(url, data)

    changes = entries(editors, "portal.group.change").get().data["changes"]
    assert changes["permissions"]["added"] == []
    assert len(changes["permissions"]["removed"]) == 1
    assert "lock" in changes["permissions"]["removed"][0].lower()
