"""Finding the taxonomy item (type, issuer, field, signer) a row names, without ever making a duplicate.

An item is found by its slug, by its code ("QĐ", "UBND"), or by its display name compared NFC, case- and
diacritic-insensitively, with the usual abbreviations written out ("UBND phường Dương Kinh" is "Ủy ban nhân
dân phường Dương Kinh"). A name the portal does not know is an error for its row unless the import may
create taxonomies; an issuer found under another issuing level than the row gives is an error too (the
file is wrong, or the portal is: a person decides), never a second issuer.
"""

from django.utils.translation import gettext as _

from core.text import slugify_vi

from ..citations import code_key, name_key


class TaxonomyIndex:
    """The items of one taxonomy, found by slug, code or name; new ones made (unsaved) when allowed."""

    def __init__(self, model, label, create=False):
        self.model, self.label, self.create = model, label, create
        self.by_slug, self.by_code, self.by_name = {}, {}, {}
        for item in model.objects.all():
            self._remember(item)

    def _remember(self, item):
        self.by_slug[item.slug] = item
        if item.code:
            self.by_code.setdefault(code_key(item.code), item)
        self.by_name.setdefault(name_key(item.name), item)

    def find(self, key="", name=""):
        """The item `key` (a slug, code or name) or `name` (a name or code) stands for, or None."""
        for value in (key, name):
            if not value:
                continue
            item = (
                self.by_slug.get(value)
                or self.by_slug.get(slugify_vi(value, 100))
                or self.by_name.get(name_key(value))
                or self.by_code.get(code_key(value))
            )
            if item is not None:
                return item
        return None

    def get(self, key="", name="", **extra):
        """The item the row names; a new (unsaved) one when allowed; a `ValueError` saying why not."""
        item = self.find(key, name)
        if item is not None:
            return item
        shown = name or key
        if not self.create:
            raise ValueError(
                _("unknown %(taxonomy)s “%(value)s” (add it in the admin, or use --create-taxonomies)")
                % {"taxonomy": self.label, "value": shown}
            )
        slug = slugify_vi(key or name, 100)
        if not slug or not name:
            raise ValueError(
                _("the %(taxonomy)s “%(value)s” is new: give its name to create it")
                % {"taxonomy": self.label, "value": shown}
            )
        item = self.model(slug=slug, name=name, **extra)
        self._remember(item)
        return item

    def new_items(self):
        return [item for item in self.by_slug.values() if not item.pk]
