"""Editors moderate public questions (ARCHITECTURE.md's role table): editors, the editor-in-chief and portal
administrators keep the queue; contributors do not see it; auditors only read it (their "view" permissions
are granted for every model by moderation.roles)."""

from django.db import migrations

from moderation import roles

KEEPERS = (roles.EDITOR, roles.EDITOR_IN_CHIEF, roles.ADMINISTRATOR)
PERMISSIONS = ["questions.change_questionrecord", "questions.view_questionrecord"]


def grant_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    roles.ensure_permissions_exist(apps)
    for name in KEEPERS:
        group, _ = Group.objects.get_or_create(name=name)
        roles.grant(apps, group, PERMISSIONS)
    roles.grant_auditor_view_permissions(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("questions", "0001_initial"),
        ("moderation", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant_permissions, migrations.RunPython.noop)]
