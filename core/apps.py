"""The ground floor: what every page and app of the portal shares. Imports no other project app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def vietnamese_full_name(user):
    """Họ before tên: "Nguyễn Thị Lan" (last_name "Nguyễn Thị", first_name "Lan"), as Vietnamese names are
    written, in Vietnamese and in English alike."""
    return " ".join(f"{user.last_name} {user.first_name}".split())


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Portal settings")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib.auth import get_user_model
        from wagtail.admin.views.mixins import SpreadsheetExportMixin

        from . import signals, translations
        from .spreadsheets import protect_admin_exports

        signals.connect()
        translations.connect()
        # Wagtail's admin names people by `get_full_name()` (history, workflow, dashboards, reports), which
        # Django writes given name first ("Lan Nguyễn Thị"). The user model is Django's own, so its method
        # is replaced here rather than by a custom user model.
        get_user_model().get_full_name = vietnamese_full_name
        # Every admin list's CSV export (the portal's and Wagtail's own reports) keeps formulas as text.
        protect_admin_exports(SpreadsheetExportMixin)
