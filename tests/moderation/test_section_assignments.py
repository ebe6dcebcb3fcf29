"""Assigning contributors to sections in the admin keeps Wagtail's own permissions in step."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission, ModelLogEntry

from moderation import roles
from moderation.models import SectionAssignment, SectionGroup

from .helpers import add_news_url, opens, refused

pytestmark = pytest.mark.django_db


def section_group(section):
    return SectionGroup.objects.get(section=section).group


def test_assigning_a_section_gives_add_and_change_on_that_section(make_user, news_section):
    user = make_user("ctv-moi")

    SectionAssignment.objects.create(user=user, section=news_section)

    group = section_group(news_section)
    assert group.name == f"Cộng tác viên – {news_section.title}"
    perms = GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission__codename")
    assert set(perms) == {(news_section.pk, "add_page"), (news_section.pk, "change_page")}
    assert set(user.groups.values_list("name", flat=True)) == {roles.CONTRIBUTOR, group.name}


def test_removing_the_assignment_removes_the_section_rights(make_user, news_section, intro_section):
    user = make_user("ctv-hai-muc")
    news = SectionAssignment.objects.create(user=user, section=news_section)
    SectionAssignment.objects.create(user=user, section=intro_section)

    news.delete()

    names = set(user.groups.values_list("name", flat=True))
    assert section_group(news_section).name not in names
    assert section_group(intro_section).name in names


def test_moving_an_assignment_to_another_person_moves_the_rights(make_user, news_section):
    first, second = make_user("ctv-mot"), make_user("ctv-hai")
    assignment = SectionAssignment.objects.create(user=first, section=news_section)

    assignment.user = second
    assignment.save()

    group = section_group(news_section)
    assert not first.groups.filter(pk=group.pk).exists()
    assert second.groups.filter(pk=group.pk).exists()


def test_deleting_a_section_removes_its_group(make_user, news_section):
    user = make_user("ctv-xoa")
    SectionAssignment.objects.create(user=user, section=news_section)
    group_id = section_group(news_section).pk

    news_section.delete()

    assert not Group.objects.filter(pk=group_id).exists()
    assert not SectionAssignment.objects.filter(user=user).exists()


def test_administrator_assigns_a_section_in_the_admin_and_the_contributor_can_draft_there(
    login, administrator, make_user, news_section
):
    user = make_user("ctv-qua-admin", roles.CONTRIBUTOR)
    client = login(administrator)
    assert opens(client, reverse("section_assignments:add"))
    assert refused(login(user).get(add_news_url(news_section)))

    response = client.post(reverse("section_assignments:add"), {"user": user.pk, "section": news_section.pk})

    assert response.status_code == 302
    assert SectionAssignment.objects.filter(user=user, section=news_section).exists()
    assert ModelLogEntry.objects.filter(action="wagtail.create", user=administrator).exists()
    assert login(user).get(add_news_url(news_section)).status_code == 200
    assert user.username in client.get(reverse("section_assignments:index")).content.decode()


def test_only_sections_can_be_chosen(login, administrator, make_user, draft_news):
    user = make_user("ctv-chon-sai")
    article = draft_news(user)

    response = login(administrator).post(
        reverse("section_assignments:add"), {"user": user.pk, "section": article.pk}
    )

    assert response.status_code == 200
    assert not SectionAssignment.objects.exists()


@pytest.mark.parametrize("role", [roles.CONTRIBUTOR, roles.EDITOR, roles.EDITOR_IN_CHIEF])
def test_editorial_roles_cannot_assign_sections(login, make_user, news_section, role):
    user = make_user("nguoi-thu", role)
    client = login(user)

    assert refused(client.get(reverse("section_assignments:index")))
    assert refused(
        client.post(reverse("section_assignments:add"), {"user": user.pk, "section": news_section.pk})
    )
    assert not SectionAssignment.objects.exists()


def test_administrator_removes_an_assignment_in_the_admin_and_the_rights_go(
    login, administrator, contributor, news_section
):
    assignment = SectionAssignment.objects.get(user=contributor, section=news_section)

    response = login(administrator).post(reverse("section_assignments:delete", args=(assignment.pk,)))

    assert response.status_code == 302
    assert not SectionAssignment.objects.filter(pk=assignment.pk).exists()
    assert not contributor.groups.filter(pk=section_group(news_section).pk).exists()
    assert refused(login(contributor).get(add_news_url(news_section)))
