"""PortalSettings, EmergencyNotice and PageViewDaily now belong to `core` (see core/migrations/0001): they
leave the `home` app's state only; their tables and rows stay."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_notices_statistics"),
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.DeleteModel(name="EmergencyNotice"),
                migrations.DeleteModel(name="PageViewDaily"),
                migrations.DeleteModel(name="PortalSettings"),
            ],
        )
    ]
