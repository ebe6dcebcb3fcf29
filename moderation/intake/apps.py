from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntakeConfig(AppConfig):
    name = "moderation.intake"
    label = "intake"
    verbose_name = _("Intake register")
    default_auto_field = "django.db.models.BigAutoField"
