from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DialogueConfig(AppConfig):
    name = "moderation.dialogue"
    label = "dialogue"
    verbose_name = _("Online dialogue questions")
    default_auto_field = "django.db.models.BigAutoField"
