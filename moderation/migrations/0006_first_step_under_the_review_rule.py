"""The review workflow's first step "Biên tập viên duyệt" (created by 0003) becomes a ReviewTask, in place:
the same task row (same id, name, groups and task states) gains a row in this app's table and the review
task's content type, so Wagtail's `.specific` applies the review rule to it. Nothing happens if the workflow
or the task is missing, or if the task was already converted."""

from django.db import migrations

WORKFLOW_NAME = "Quy trình duyệt tin bài"
FIRST_TASK_NAME = "Biên tập viên duyệt"


def first_task_id(apps):
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    slot = WorkflowTask.objects.filter(workflow__name=WORKFLOW_NAME, task__name=FIRST_TASK_NAME).first()
    return slot.task_id if slot else None


def convert_first_task(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ReviewTask = apps.get_model("moderation", "ReviewTask")
    task_id = first_task_id(apps)
    if task_id is None or ReviewTask.objects.filter(pk=task_id).exists():
        return
    task = GroupApprovalTask.objects.filter(pk=task_id).first()
    if task is None:
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="moderation", model="reviewtask")
    converted = ReviewTask(
        groupapprovaltask_ptr_id=task.pk,
        task_ptr_id=task.pk,
        name=task.name,
        active=task.active,
        content_type_id=content_type.pk,
    )
    # raw: write this model's own table only; the parent rows already exist.
    converted.save_base(raw=True)
    Task.objects.filter(pk=task.pk).update(content_type=content_type)


def revert_first_task(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    ReviewTask = apps.get_model("moderation", "ReviewTask")
    content_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    ids = list(ReviewTask.objects.values_list("pk", flat=True))
    ReviewTask.objects.filter(pk__in=ids)._raw_delete(schema_editor.connection.alias)
    Task.objects.filter(pk__in=ids).update(content_type=content_type)


class Migration(migrations.Migration):
    dependencies = [("moderation", "0005_review_task_under_the_review_rule")]

    operations = [migrations.RunPython(convert_first_task, revert_first_task)]
