# Consultations open and close at a moment, not on a day: opens_on/closes_on (dates) become opens_at/closes_at
# (date-times). An existing consultation keeps its days: it opens at 00:00 on its first day and closes at
# 23:59:59 on its last, Vietnam time; its revisions are rewritten the same way, so editing one in the admin
# shows the same moments as the live page.

import datetime
import zoneinfo

import wagtail.fields
from django.db import migrations, models

VIETNAM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
OPENS = datetime.time(0, 0)
CLOSES = datetime.time(23, 59, 59)


def moment(day, time):
    return datetime.datetime.combine(day, time, tzinfo=VIETNAM)


def moment_text(value, time):
    """The revision JSON's "2026-11-20" as Wagtail writes a date-time there ("2026-11-20T16:59:59Z")."""
    try:
        day = datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
    return moment(day, time).astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")


def revision_content(content):
    """A revision's content with its days turned into the moments the page now stores."""
    content = dict(content or {})
    for old, new, time in (("opens_on", "opens_at", OPENS), ("closes_on", "closes_at", CLOSES)):
        if old in content:
            content[new] = moment_text(content.pop(old), time)
    return content


def dates_to_moments(apps, schema_editor):
    ConsultationPage = apps.get_model("sections", "ConsultationPage")
    for page in ConsultationPage.objects.only("opens_on", "closes_on"):
        ConsultationPage.objects.filter(pk=page.pk).update(
            opens_at=moment(page.opens_on, OPENS), closes_at=moment(page.closes_on, CLOSES)
        )
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="sections", model="consultationpage").first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type=content_type).only("content"):
        Revision.objects.filter(pk=revision.pk).update(content=revision_content(revision.content))


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("sections", "0004_spokesperson_assigned_on"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="consultationpage",
            name="opens_at",
            field=models.DateTimeField(null=True, verbose_name="open from"),
        ),
        migrations.AddField(
            model_name="consultationpage",
            name="closes_at",
            field=models.DateTimeField(null=True, verbose_name="open until"),
        ),
        migrations.RunPython(dates_to_moments),
        migrations.RemoveField(model_name="consultationpage", name="opens_on"),
        migrations.RemoveField(model_name="consultationpage", name="closes_on"),
        migrations.AlterField(
            model_name="consultationpage",
            name="opens_at",
            field=models.DateTimeField(help_text="Date and time, Vietnam time.", verbose_name="open from"),
        ),
        migrations.AlterField(
            model_name="consultationpage",
            name="closes_at",
            field=models.DateTimeField(
                db_index=True,
                help_text="Comments are accepted until this moment, Vietnam time.",
                verbose_name="open until",
            ),
        ),
        migrations.AddField(
            model_name="consultationpage",
            name="articles",
            field=models.TextField(
                blank=True,
                help_text=(
                    "One per line, as the draft numbers them (e.g. 'Điều 1. Phạm vi điều chỉnh'): the public "
                    "may comment on the whole draft or on one of these."
                ),
                verbose_name="articles of the draft",
            ),
        ),
        migrations.AlterField(
            model_name="consultationpage",
            name="outcome",
            field=wagtail.fields.RichTextField(
                blank=True,
                help_text=(
                    "Tổng hợp ý kiến: published through the workflow and shown first once the consultation closes."
                ),
                verbose_name="summary of comments and response",
            ),
        ),
    ]
