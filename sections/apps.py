from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SectionsConfig(AppConfig):
    name = "sections"
    verbose_name = _("Sections")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from core import fragments

        from .models import NewsCategory

        # The home page's listings name each article's category (core/fragments.py).
        post_save.connect(
            fragments.invalidate, sender=NewsCategory, dispatch_uid="sections_fragments_category"
        )
        post_delete.connect(
            fragments.invalidate, sender=NewsCategory, dispatch_uid="sections_fragments_category_gone"
        )
