"""The register is kept by editors, the editor-in-chief and portal administrators; auditors only read it
(their "view" permissions are granted for every model by moderation.roles)."""

from django.db import migrations

from moderation import roles

KEEPERS = (roles.EDITOR, roles.EDITOR_IN_CHIEF, roles.ADMINISTRATOR)
PERMISSIONS = [
    "intake.add_intakerecord",
    "intake.change_intakerecord",
    "intake.view_intakerecord",
    "intake.view_intakeattachment",
]


def grant_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    roles.ensure_permissions_exist(apps)
    for name in KEEPERS:
        group, _ = Group.objects.get_or_create(name=name)
        roles.grant(apps, group, PERMISSIONS)
    roles.grant_auditor_view_permissions(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("intake", "0001_initial"),
        ("moderation", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant_permissions, migrations.RunPython.noop)]
