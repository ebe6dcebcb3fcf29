"""What a group grants, what a person holds, and the rule between them: nobody grants what they do not hold.

A grant is a tuple: ("model", "app_label.codename"), ("page", page path, codename) or ("collection",
collection path, codename). A page or collection grant is held by whoever holds the same permission there
or on an ancestor (Wagtail's permissions flow down the tree). Only superusers grant superuser status and the
portal administrators' group.
"""

from django.contrib.auth.models import Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

MODEL, PAGE, COLLECTION = "model", "page", "collection"


def group_grants(group):
    """Every permission `group` carries, as grants."""
    if group.pk is None:
        return set()
    grants = {
        (MODEL, f"{app_label}.{codename}")
        for app_label, codename in group.permissions.values_list("content_type__app_label", "codename")
    }
    grants.update(
        (PAGE, path, codename)
        for path, codename in GroupPagePermission.objects.filter(group=group).values_list(
            "page__path", "permission__codename"
        )
    )
    grants.update(
        (COLLECTION, path, codename)
        for path, codename in GroupCollectionPermission.objects.filter(group=group).values_list(
            "collection__path", "permission__codename"
        )
    )
    return grants


def groups_grants(groups):
    grants = set()
    for group in groups:
        grants |= group_grants(group)
    return grants


def user_grants(user):
    """Every grant `user` holds through their groups (their own user permissions included)."""
    grants = groups_grants(user.groups.all())
    grants.update(
        (MODEL, f"{app_label}.{codename}")
        for app_label, codename in user.user_permissions.values_list("content_type__app_label", "codename")
    )
    return grants


def holds(held, grant):
    if grant[0] == MODEL:
        return grant in held
    kind, path, codename = grant
    return any(
        other[0] == kind and other[2] == codename and path.startswith(other[1])
        for other in held
        if other[0] != MODEL
    )


def grants_not_held(user, grants):
    """The grants among `grants` that `user` does not hold (none for an active superuser)."""
    if user.is_active and user.is_superuser:
        return []
    held = user_grants(user) if user.is_active else set()
    return sorted(grant for grant in grants if not holds(held, grant))


def describe(grant):
    """A grant as a person reads it: the permission's name, and where for pages and collections."""
    if grant[0] == MODEL:
        app_label, codename = grant[1].split(".", 1)
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        return str(permission.name) if permission else grant[1]
    kind, path, codename = grant
    permission = Permission.objects.filter(codename=codename).first()
    name = str(permission.name) if permission else codename
    model = Page if kind == PAGE else Collection
    place = model.objects.filter(path=path).first()
    return f"{name} ({place})" if place else name


def describe_all(grants):
    return [describe(grant) for grant in sorted(grants)]
