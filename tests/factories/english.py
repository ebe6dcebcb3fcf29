"""English versions of pages, as wagtail-localize makes them and the review workflow publishes them."""

from wagtail.models import Locale, Page


def english_locale():
    return Locale.objects.get(language_code="en")


def translate(page, title, live=True, **fields):
    """The English translation of `page` (its parent must have one already), with `title` and `fields`,
    published through a revision unless `live=False`. Returns it read back from the database."""
    translated = page.specific.copy_for_translation(english_locale())
    translated.title = title
    for name, value in fields.items():
        setattr(translated, name, value)
    revision = translated.save_revision()
    if live:
        revision.publish(skip_permission_checks=True)
    return Page.objects.get(pk=translated.pk).specific


def english_home(home, title="Home"):
    """The English home page (/en/), translated from the Vietnamese one."""
    return translate(home, title, seo_title="Duong Kinh Ward Portal")
