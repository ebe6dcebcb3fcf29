"""The editorial office's five groups and their permissions (see moderation/roles.py)."""

from django.db import migrations


# Wagtail's starter groups: "Moderators" holds the publish permission the portal gives to nobody.
WAGTAIL_STARTER_GROUPS = ["Moderators", "Editors"]


def create_roles(apps, schema_editor):
    from moderation.roles import apply_roles

    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=WAGTAIL_STARTER_GROUPS, user__isnull=True).delete()
    apply_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailusers", "0015_userprofile_keyboard_shortcuts"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("home", "0002_create_locales"),
        ("sections", "0001_initial"),
        ("legal_docs", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
