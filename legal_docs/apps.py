"""Legal documents: records with Wagtail's workflow, their taxonomies, the /van-ban/ section, import and
export. A content app: imports `core` only."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LegalDocsConfig(AppConfig):
    name = "legal_docs"
    verbose_name = _("Legal documents")

    def ready(self):
        from . import signals  # the receivers need the models, which are loaded only now

        signals.connect()
