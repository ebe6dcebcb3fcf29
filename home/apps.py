from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def vietnamese_full_name(user):
    """Họ before tên: "Nguyễn Thị Lan" (last_name "Nguyễn Thị", first_name "Lan"), as Vietnamese names are
    written, in Vietnamese and in English alike."""
    return " ".join(f"{user.last_name} {user.first_name}".split())


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and portal settings")

    def ready(self):
        # Wagtail's admin names people by `get_full_name()` (history, workflow, dashboards, reports), which
        # Django writes given name first ("Lan Nguyễn Thị"). The user model is Django's own, so its method
        # is replaced here rather than by a custom user model.
        from django.contrib.auth import get_user_model

        get_user_model().get_full_name = vietnamese_full_name
