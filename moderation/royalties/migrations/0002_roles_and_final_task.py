"""Royalty permissions for the editorial roles, and the review workflow's final step made a royalty task.

The final task "Trưởng Ban Biên tập phê duyệt" (created by moderation 0003) is converted in place: the same
task row (same id, name, groups and task states) gains a row in this app's table and the royalty task's
content type, so Wagtail's `.specific` gives a RoyaltyApprovalTask. Nothing happens if the workflow or the
task is missing, or if the task was already converted.
"""

from django.db import migrations

WORKFLOW_NAME = "Quy trình duyệt tin bài"
FINAL_TASK_NAME = "Trưởng Ban Biên tập phê duyệt"
EDITOR_IN_CHIEF = "Trưởng Ban Biên tập"
ADMINISTRATOR = "Quản trị Cổng"
GRANTS = {
    EDITOR_IN_CHIEF: [
        "view_royaltyrecord",
        "change_royaltyrecord",
        "view_royaltyline",
        "mark_paid",
        "change_royaltysettings",
    ],
    ADMINISTRATOR: ["view_royaltyrecord", "view_royaltyline", "mark_paid", "change_royaltysettings"],
}


def grant_permissions(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("royalties")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in GRANTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label="royalties", codename__in=codenames)
            )


def final_task(apps):
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    slot = (
        WorkflowTask.objects.filter(workflow__name=WORKFLOW_NAME, task__name=FINAL_TASK_NAME)
        .order_by("sort_order")
        .last()
    )
    return slot.task_id if slot else None


def convert_final_task(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    RoyaltyApprovalTask = apps.get_model("royalties", "RoyaltyApprovalTask")
    task_id = final_task(apps)
    if task_id is None or RoyaltyApprovalTask.objects.filter(pk=task_id).exists():
        return
    task = GroupApprovalTask.objects.filter(pk=task_id).first()
    if task is None:
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="royalties", model="royaltyapprovaltask")
    converted = RoyaltyApprovalTask(
        groupapprovaltask_ptr_id=task.pk,
        task_ptr_id=task.pk,
        name=task.name,
        active=task.active,
        content_type_id=content_type.pk,
    )
    # raw: write this model's own table only; the parent rows already exist.
    converted.save_base(raw=True)
    Task.objects.filter(pk=task.pk).update(content_type=content_type)


def revert_final_task(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    RoyaltyApprovalTask = apps.get_model("royalties", "RoyaltyApprovalTask")
    content_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    ids = list(RoyaltyApprovalTask.objects.values_list("pk", flat=True))
    RoyaltyApprovalTask.objects.filter(pk__in=ids)._raw_delete(schema_editor.connection.alias)
    Task.objects.filter(pk__in=ids).update(content_type=content_type)


class Migration(migrations.Migration):
    dependencies = [
        ("royalties", "0001_initial"),
        ("moderation", "0003_review_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(grant_permissions, migrations.RunPython.noop),
        migrations.RunPython(convert_final_task, revert_final_task),
    ]
