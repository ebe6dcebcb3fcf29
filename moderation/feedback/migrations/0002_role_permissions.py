"""Editors, the editor-in-chief and portal administrators (who give people the editors' roles, and may give
only what they hold: moderation/accounts/grants.py) read the page feedback report; auditors too (their "view" permissions are
granted for every model by moderation.roles). Nobody changes the votes."""

from django.db import migrations

from moderation import roles


def grant_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    roles.ensure_permissions_exist(apps)
    for name in (roles.EDITOR, roles.EDITOR_IN_CHIEF, roles.ADMINISTRATOR):
        group, _ = Group.objects.get_or_create(name=name)
        roles.grant(apps, group, ["feedback.view_pagefeedback"])
    roles.grant_auditor_view_permissions(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0001_initial"),
        ("moderation", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant_permissions, migrations.RunPython.noop)]
