from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuestionsConfig(AppConfig):
    name = "moderation.questions"
    label = "questions"
    verbose_name = _("Questions from citizens")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import compliance  # noqa: F401 - registers the compliance report's question check
        from .signals import connect_signals

        connect_signals()
