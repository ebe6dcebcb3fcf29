"""The editorial board handles both registers (editors, the editor-in-chief and portal administrators);
auditors only read them (their "view" permissions are granted for every model by moderation.roles).
Contributors have no access."""

from django.db import migrations

from moderation import roles

HANDLERS = (roles.EDITOR, roles.EDITOR_IN_CHIEF, roles.ADMINISTRATOR)
PERMISSIONS = [
    "reports.change_portalfeedback",
    "reports.view_portalfeedback",
    "reports.change_informationrequest",
    "reports.view_informationrequest",
]


def grant_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    roles.ensure_permissions_exist(apps)
    for name in HANDLERS:
        group, _ = Group.objects.get_or_create(name=name)
        roles.grant(apps, group, PERMISSIONS)
    roles.grant_auditor_view_permissions(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_registers"),
        ("moderation", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant_permissions, migrations.RunPython.noop)]
