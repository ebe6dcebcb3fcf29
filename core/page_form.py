"""The page editor's form for every page type: slugs typed or generated in the admin are ASCII.

With WAGTAIL_ALLOW_UNICODE_SLUGS off, Wagtail's slug field (the `w-slug` controller) turns the title into a
slug in the browser, but its transliteration tables have no Vietnamese: "Kiểm thử đường" would lose "ể",
"ử" and "đ" and become "kim-th-ng". Wagtail's SlugInput takes `formatters`, regular expressions applied
before it slugifies; the table of core/text.py folds every Vietnamese letter to its base letter (đ → d),
the same folding the server applies (BasePage uses `slugify_vi` when the slug is left empty, and this form
folds a slug that reaches it with diacritics).
"""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import SlugInput

from .text import SLUG_FORMATTERS, slugify_vi

_FORMATTERS_ATTR = "data-w-slug-formatters-value"
_FORMATTERS_VALUE = SlugInput(formatters=SLUG_FORMATTERS).attrs[_FORMATTERS_ATTR]


class PortalPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        slug = self.fields.get("slug")
        if slug is not None and isinstance(slug.widget, SlugInput):
            slug.widget.attrs[_FORMATTERS_ATTR] = _FORMATTERS_VALUE

    def clean_slug(self):
        """A slug that still has diacritics (typed with the browser's script off) is folded the same way."""
        slug = self.cleaned_data.get("slug") or ""
        return slug if slug.isascii() else slugify_vi(slug, max_length=255)
