"""Visit statistics kept on the portal's own server: daily totals per path, nothing about the visitor."""

from django.db import connection, models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PageViewDaily(models.Model):
    """How many times a path was viewed on a day. Nothing about the visitor is kept: no IP, no cookie."""

    date = models.DateField(_("date"))
    path = models.CharField(_("path"), max_length=255)
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("daily page views")
        verbose_name_plural = _("daily page views")
        constraints = [models.UniqueConstraint(fields=["date", "path"], name="core_pageviewdaily_date_path")]
        indexes = [models.Index(fields=["date"], name="core_pageviewdaily_date")]

    def __str__(self):
        return f"{self.date} {self.path}: {self.views}"

    @classmethod
    def record(cls, path, day=None, views=1):
        """Count `views` views of `path` on `day` (today) in one statement (an upsert on SQLite and
        PostgreSQL alike)."""
        day = day or timezone.localdate()
        table = connection.ops.quote_name(cls._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (date, path, views) VALUES (%s, %s, %s) "  # noqa: S608 - table name only
                f"ON CONFLICT (date, path) DO UPDATE SET views = {table}.views + EXCLUDED.views",
                [day, path[:255], views],
            )
