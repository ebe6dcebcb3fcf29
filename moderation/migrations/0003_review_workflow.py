"""The review workflow "Quy trình duyệt tin bài": editor review, then the editor-in-chief's approval, which
publishes. Assigned to the root page, so it applies to every page of the tree."""

from django.db import migrations

WORKFLOW_NAME = "Quy trình duyệt tin bài"
TASKS = [
    ("Biên tập viên duyệt", "Biên tập viên"),
    ("Trưởng Ban Biên tập phê duyệt", "Trưởng Ban Biên tập"),
]


WAGTAIL_STARTER_WORKFLOW = "Moderators approval"


def remove_starter_workflow(apps):
    """Wagtail's starter workflow asks the "Moderators" group, which the portal does not have."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow.objects.filter(name=WAGTAIL_STARTER_WORKFLOW, workflow_states__isnull=True).delete()
    Task.objects.filter(name=WAGTAIL_STARTER_WORKFLOW, task_states__isnull=True, workflow_tasks__isnull=True).delete()


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    task_content_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    for sort_order, (task_name, group_name) in enumerate(TASKS):
        task = GroupApprovalTask.objects.filter(name=task_name).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=task_name, active=True, content_type=task_content_type)
        task.groups.set([Group.objects.get(name=group_name)])
        WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": sort_order})
    WorkflowPage.objects.update_or_create(page=Page.objects.get(depth=1), defaults={"workflow": workflow})
    remove_starter_workflow(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0002_roles"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
