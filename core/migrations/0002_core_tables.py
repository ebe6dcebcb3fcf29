"""The moved tables take the `core_` names of their new app, with their index and constraint."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("home", "0004_move_site_models_to_core"),
    ]

    operations = [
        migrations.AlterModelTable(name="portalsettings", table=None),
        migrations.AlterModelTable(name="emergencynotice", table=None),
        migrations.AlterModelTable(name="pageviewdaily", table=None),
        migrations.RenameIndex(
            model_name="pageviewdaily", new_name="core_pageviewdaily_date", old_name="home_pageviewdaily_date"
        ),
        migrations.RemoveConstraint(model_name="pageviewdaily", name="home_pageviewdaily_date_path"),
        migrations.AddConstraint(
            model_name="pageviewdaily",
            constraint=models.UniqueConstraint(fields=("date", "path"), name="core_pageviewdaily_date_path"),
        ),
    ]
