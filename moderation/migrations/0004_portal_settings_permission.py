"""Portal administrators change the portal settings, which now belong to `core` (core/migrations/0001).

On an existing database the relabelled content type carried the permission over; on a new one the role
migration (0002) ran before `core` had its models, so the permission is granted here."""

from django.db import migrations

from moderation import roles


def grant_portal_settings(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    roles.ensure_permissions_exist(apps)
    group = Group.objects.filter(name=roles.ADMINISTRATOR).first()
    if group is not None:
        roles.grant(apps, group, ["core.change_portalsettings"])


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0003_review_workflow"),
        ("core", "0002_core_tables"),
    ]

    operations = [migrations.RunPython(grant_portal_settings, migrations.RunPython.noop)]
