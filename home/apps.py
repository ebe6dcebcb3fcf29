"""The top floor: the home page and what only the front page does, the sitemaps, robots.txt and the public
read API. May import every other project app (but `demo`); nothing imports it but the project's URLs."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home page")

    def ready(self):
        from . import signals

        signals.connect()
