"""The abstract page every page type of the portal inherits, and with it the publishing rule."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from ..permissions import PortalPagePermissionTester
from ..search_index import body_keys, title_keys


class BasePage(Page):
    """What every page of the portal has in common.

    `is_sample_content` marks pages created by `seed_demo`, so that the admin can show them as
    sample data until the ward replaces them.
    """

    is_sample_content = models.BooleanField(
        _("sample data"),
        default=False,
        help_text=_("Created by the demo loader. Replace it with the ward's real content before going live."),
    )

    settings_panels = Page.settings_panels + [FieldPanel("is_sample_content", read_only=True)]
    # Diacritic-free copies of the text, for Vietnamese search on every backend (see core/search_index.py).
    search_fields = Page.search_fields + [
        index.SearchField("search_title_keys", boost=2),
        index.SearchField("search_body_keys"),
    ]

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        """Every page answers to the editorial rules: only the review workflow publishes."""
        return PortalPagePermissionTester(user, self)

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        if self.is_sample_content:
            return _("%(title)s [sample data]") % {"title": title}
        return title

    def search_title_keys(self):
        return title_keys(self)

    def search_body_keys(self):
        return body_keys(self)
