from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "moderation.reports"
    label = "reports"
    verbose_name = _("Portal feedback and information requests")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import compliance  # noqa: F401 - registers the compliance report's check of the deadlines
