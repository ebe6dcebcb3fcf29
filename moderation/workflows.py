"""What happens when the review workflow's last step approves: the approved revision goes live.

Wired by WAGTAIL_FINISH_WORKFLOW_ACTION. The permission tester refuses publishing to everyone, so this is
where the workflow's own approval stands in for it (skip_permission_checks). A revision whose go-live time
is in the future is scheduled instead; `publish_scheduled`, run every minute by the scheduler, publishes
it on time.

This module is imported while wagtail.models loads: import nothing from models at module level.
"""

WORKFLOW_NAME = "Quy trình duyệt tin bài"
EDITOR_TASK_NAME = "Biên tập viên duyệt"
EDITOR_IN_CHIEF_TASK_NAME = "Trưởng Ban Biên tập phê duyệt"


def finish_workflow_and_publish(workflow_state, user=None):
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
