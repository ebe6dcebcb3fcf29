"""Editors and the editor-in-chief keep the questions of online dialogues and draft their answers; only the
editor-in-chief publishes an answer (the board's final approval, as the workflow's last step is for pages).
Portal administrators hold the editors' permissions too, because they give people the editors' roles and may
give only what they hold (moderation/accounts/grants.py); they do not publish. Auditors read them (their
"view" permissions are granted for every model by moderation.roles)."""

from django.db import migrations

from moderation import roles

KEEPERS = (roles.EDITOR, roles.EDITOR_IN_CHIEF, roles.ADMINISTRATOR)
PERMISSIONS = ["dialogue.change_dialoguequestion", "dialogue.view_dialoguequestion"]
PUBLISH = ["dialogue.publish_dialoguequestion"]


def grant_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    roles.ensure_permissions_exist(apps)
    for name in KEEPERS:
        group, _ = Group.objects.get_or_create(name=name)
        roles.grant(apps, group, PERMISSIONS)
    group, _ = Group.objects.get_or_create(name=roles.EDITOR_IN_CHIEF)
    roles.grant(apps, group, PUBLISH)
    roles.grant_auditor_view_permissions(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("dialogue", "0001_initial"),
        ("moderation", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant_permissions, migrations.RunPython.noop)]
