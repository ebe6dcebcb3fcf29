"""Comments are moderated by editors, the editor-in-chief and portal administrators ("change" is the
decision, "view" the list and the export); auditors only read them (their "view" permissions are granted for
every model by moderation.roles). Nobody is given "add" or "delete": comments come from the public and stay."""

from django.db import migrations

from moderation import roles

MODERATORS = (roles.EDITOR, roles.EDITOR_IN_CHIEF, roles.ADMINISTRATOR)
PERMISSIONS = ["consultations.change_consultationcomment", "consultations.view_consultationcomment"]


def grant_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    roles.ensure_permissions_exist(apps)
    for name in MODERATORS:
        group, _ = Group.objects.get_or_create(name=name)
        roles.grant(apps, group, PERMISSIONS)
    roles.grant_auditor_view_permissions(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0001_initial"),
        ("moderation", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant_permissions, migrations.RunPython.noop)]
