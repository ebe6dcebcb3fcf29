from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "audit"
    verbose_name = _("Audit and compliance")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import sealing  # noqa: PLC0415 - the log models are known only once every app is ready

        sealing.connect()
