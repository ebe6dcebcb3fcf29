"""The site-wide models move from `home` to `core`, the ground floor, without touching their rows.

Only Django's idea of which app owns them changes (`SeparateDatabaseAndState`): the tables stay where the
`home` app created them until 0002 renames them. The content types are relabelled, so that the
permissions granted on them (the administrators' "change portal settings"), the groups holding those
permissions and the audit log entries of the notices all follow the models.
"""

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models

MOVED_MODELS = ("portalsettings", "emergencynotice", "pageviewdaily")


def relabel_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED_MODELS:
        if not ContentType.objects.filter(app_label="core", model=model).exists():
            ContentType.objects.filter(app_label="home", model=model).update(app_label="core")


def restore_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED_MODELS:
        if not ContentType.objects.filter(app_label="home", model=model).exists():
            ContentType.objects.filter(app_label="core", model=model).update(app_label="home")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("home", "0003_notices_statistics"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='EmergencyNotice',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=255, verbose_name='title')),
                        ('severity', models.CharField(choices=[('info', 'Information'), ('warning', 'Warning'), ('danger', 'Danger')], default='warning', max_length=16, verbose_name='severity')),
                        ('message', models.TextField(verbose_name='message')),
                        ('link_url', models.CharField(blank=True, help_text='An address on this portal (/tin-tuc/…) or elsewhere (https://…) with the details.', max_length=500, verbose_name='link')),
                        ('link_text', models.CharField(blank=True, max_length=255, verbose_name='link text')),
                        ('starts_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='shown from')),
                        ('expires_at', models.DateTimeField(blank=True, null=True, verbose_name='shown until')),
                        ('is_sample_content', models.BooleanField(default=False, editable=False, verbose_name='sample data')),
                    ],
                    options={
                        'db_table': 'home_emergencynotice',
                        'verbose_name': 'emergency notice',
                        'verbose_name_plural': 'emergency notices',
                        'ordering': ['-starts_at', '-pk'],
                    },
                ),
                migrations.CreateModel(
                    name='PageViewDaily',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('date', models.DateField(verbose_name='date')),
                        ('path', models.CharField(max_length=255, verbose_name='path')),
                        ('views', models.PositiveIntegerField(default=0, verbose_name='views')),
                    ],
                    options={
                        'db_table': 'home_pageviewdaily',
                        'verbose_name': 'daily page views',
                        'verbose_name_plural': 'daily page views',
                        'indexes': [models.Index(fields=['date'], name='home_pageviewdaily_date')],
                        'constraints': [models.UniqueConstraint(fields=('date', 'path'), name='home_pageviewdaily_date_path')],
                    },
                ),
                migrations.CreateModel(
                    name='PortalSettings',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('agency_name', models.CharField(default='Ủy ban nhân dân phường Dương Kinh', max_length=255, verbose_name='agency name (header)')),
                        ('portal_name', models.CharField(default='Cổng Thông tin điện tử', max_length=255, verbose_name='portal name (header)')),
                        ('owning_agency', models.CharField(default='Ủy ban nhân dân phường Dương Kinh, thành phố Hải Phòng', max_length=255, verbose_name='owning agency')),
                        ('responsible_person_name', models.CharField(blank=True, max_length=255, verbose_name='person responsible: name')),
                        ('responsible_person_title', models.CharField(blank=True, max_length=255, verbose_name='person responsible: title')),
                        ('address', models.CharField(blank=True, max_length=255, verbose_name='address')),
                        ('phone', models.CharField(blank=True, max_length=64, verbose_name='phone')),
                        ('fax', models.CharField(blank=True, max_length=64, verbose_name='fax')),
                        ('email', models.EmailField(blank=True, default='duongkinh@haiphong.gov.vn', max_length=254, verbose_name='email')),
                        ('licence', models.CharField(blank=True, help_text='For example the decision that established the portal.', max_length=255, verbose_name='licence or establishing decision')),
                        ('reuse_notice', models.TextField(default="Ghi rõ nguồn 'Cổng Thông tin điện tử phường Dương Kinh' hoặc 'duongkinh.haiphong.gov.vn' khi phát hành lại thông tin từ Cổng.", verbose_name='reuse notice')),
                        ('facebook_url', models.URLField(blank=True, verbose_name='Facebook page')),
                        ('city_portal_url', models.URLField(blank=True, default='https://haiphong.gov.vn', verbose_name='city portal')),
                        ('public_service_portal_url', models.URLField(blank=True, default='https://dichvucong.gov.vn', verbose_name='national public service portal')),
                        ('government_portal_url', models.URLField(blank=True, default='https://chinhphu.vn', verbose_name='government portal')),
                        ('maintenance_starts_at', models.DateTimeField(blank=True, help_text='Leave empty when no maintenance is planned.', null=True, verbose_name='planned maintenance: starts')),
                        ('maintenance_ends_at', models.DateTimeField(blank=True, null=True, verbose_name='planned maintenance: ends')),
                        ('maintenance_notice_from', models.DateField(blank=True, help_text='The notice is shown on every page from this date, at least 7 working days ahead.', null=True, verbose_name='planned maintenance: announce from')),
                        ('maintenance_message', models.TextField(blank=True, help_text='Optional. What will not work, and where to turn meanwhile.', verbose_name='planned maintenance: message')),
                        ('emc_tracking_enabled', models.BooleanField(default=False, help_text='The national monitoring system for digital government services (EMC). Off by default: when on, every page loads the EMC script asynchronously.', verbose_name='send visit statistics to EMC')),
                        ('emc_script_url', models.URLField(blank=True, help_text='The tracking script address issued to the ward by the EMC system.', verbose_name='EMC script address')),
                        ('emblem', models.ForeignKey(blank=True, help_text='The official emblem file. Without it the portal draws a plain emblem mark.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='emblem')),
                        ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
                    ],
                    options={
                        'db_table': 'home_portalsettings',
                        'verbose_name': 'portal settings',
                    },
                ),            ],
        ),
        migrations.RunPython(relabel_content_types, restore_content_types),
    ]
