from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


class IntakeConfig(AppConfig):
    name = "moderation.intake"
    label = "intake"
    verbose_name = _("Intake register")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import compliance  # noqa: F401 - registers the compliance report's intake check
        from .signals import connect_signals

        connect_signals()
        if apps.is_installed("legal_docs"):
            from .drafts import EXTRA_TARGETS
            from .legal_drafts import LEGAL_DOCUMENT_TARGET

            if LEGAL_DOCUMENT_TARGET not in EXTRA_TARGETS:
                EXTRA_TARGETS.append(LEGAL_DOCUMENT_TARGET)
            from .recipients import on_received
            from .services import RECEIVED_HANDLERS

            if on_received not in RECEIVED_HANDLERS:
                RECEIVED_HANDLERS.append(on_received)
