"""Keep Wagtail's native permissions in step with SectionAssignment.

Each section that has contributors gets one group, "Cộng tác viên – <section title>", holding add and change
permission on that section page. A contributor belongs to the groups of the sections assigned to them, and
to the "Cộng tác viên" role group, so the explorer, choosers and create views work without custom code.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_delete, post_save
from wagtail.models import GroupPagePermission

from . import roles
from .models import SectionAssignment, SectionGroup

GROUP_NAME_MAX_LENGTH = 150


def section_group_name(section):
    return f"{roles.SECTION_GROUP_PREFIX}{section.title}"[:GROUP_NAME_MAX_LENGTH]


def ensure_section_group(section):
    """The section's group, created with its page permissions if needed and renamed with the section."""
    link = SectionGroup.objects.select_related("group").filter(section=section).first()
    if link is None:
        group, _ = Group.objects.get_or_create(name=section_group_name(section))
        link = SectionGroup.objects.create(section=section, group=group)
    elif link.group.name != section_group_name(section):
        link.group.name = section_group_name(section)
        link.group.save(update_fields=["name"])
    for action in roles.SECTION_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=link.group,
            page=section,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{action}_page"
            ),
        )
    return link.group


def sync_contributor(user_id):
    """Put the user in exactly the section groups of their assignments."""
    user = get_user_model().objects.filter(pk=user_id).first()
    if user is None:
        return
    assignments = SectionAssignment.objects.filter(user=user).select_related("section")
    wanted = {ensure_section_group(assignment.section).pk for assignment in assignments}
    managed = set(SectionGroup.objects.values_list("group_id", flat=True))
    current = set(user.groups.filter(pk__in=managed).values_list("pk", flat=True))
    user.groups.remove(*(current - wanted))
    user.groups.add(*(wanted - current))
    if wanted:
        user.groups.add(Group.objects.get(name=roles.CONTRIBUTOR))


def assignment_saved(sender, instance, **kwargs):
    user_ids = {instance.user_id, instance._original_user_id} - {None}
    instance._original_user_id = instance.user_id
    for user_id in user_ids:
        sync_contributor(user_id)


def assignment_deleted(sender, instance, **kwargs):
    sync_contributor(instance.user_id)


def section_group_deleted(sender, instance, **kwargs):
    """The section page is gone: its group goes with it."""
    Group.objects.filter(pk=instance.group_id).delete()


def connect_signals():
    post_save.connect(assignment_saved, sender=SectionAssignment, dispatch_uid="moderation_assignment_saved")
    post_delete.connect(
        assignment_deleted, sender=SectionAssignment, dispatch_uid="moderation_assignment_deleted"
    )
    post_delete.connect(
        section_group_deleted, sender=SectionGroup, dispatch_uid="moderation_section_group_deleted"
    )
