from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from core import fragments

        from . import counting

        # Searches are counted by the page's beacon and written by the flush job (core/visits.py).
        counting.register()
        # The search page keeps the editors' picks with the searches in the fragment cache.
        post_save.connect(fragments.invalidate, sender=SearchPromotion, dispatch_uid="search.fragments.pick")
        post_delete.connect(
            fragments.invalidate, sender=SearchPromotion, dispatch_uid="search.fragments.pick_gone"
        )
