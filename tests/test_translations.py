"""The Vietnamese catalogue is complete and every translation is NFC-normalised Vietnamese."""

import os
import unicodedata
from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "vi" / "LC_MESSAGES" / "django.po"


@pytest.fixture(scope="module")
def catalogue():
    return polib.pofile(str(CATALOGUE))


def test_every_message_has_a_vietnamese_translation(catalogue):
    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert missing == []
    assert fuzzy == []


def test_vietnamese_translations_are_nfc(catalogue):
    for entry in catalogue.translated_entries():
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            assert unicodedata.is_normalized("NFC", text), entry.msgid


def test_placeholders_survive_translation(catalogue):
    import re

    placeholder = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
    for entry in catalogue.translated_entries():
        if entry.msgid_plural:
            continue
        assert sorted(placeholder.findall(entry.msgid)) == sorted(placeholder.findall(entry.msgstr)), (
            entry.msgid
        )


def _messages_in_source(tmp_path):
    """Every (context, msgid) that `makemessages` finds in the project's own code and templates.

    The source is copied to a temporary folder first, so that extracting never touches the real catalogue.
    """
    import shutil

    from django.core.management import call_command
    from django.test import override_settings

    assert shutil.which("xgettext") and shutil.which("msguniq"), (
        "GNU gettext is needed to extract messages: apt-get install gettext "
        "(scripts/test-services, run by `make test`, does it)"
    )
    source = tmp_path / "source"
    shutil.copytree(
        settings.BASE_DIR,
        source,
        ignore=shutil.ignore_patterns(".*", "var", "locale", "static", "__pycache__", "*.pyc"),
    )
    locale_dir = tmp_path / "locale"
    previous = Path.cwd()
    os.chdir(source)
    try:
        with override_settings(LOCALE_PATHS=[str(locale_dir)]):
            call_command("makemessages", locale=["zz"], no_obsolete=True, verbosity=0)
    finally:
        os.chdir(previous)
    extracted = polib.pofile(str(locale_dir / "zz" / "LC_MESSAGES" / "django.po"))
    return {(entry.msgctxt, entry.msgid) for entry in extracted}


def test_catalogue_matches_the_source(catalogue, tmp_path):
    """Every string marked in the code is translated, and the catalogue keeps no stale entries.

    Entries for Wagtail's or Django's own strings are not stale: they correct or complete the Vietnamese
    those packages ship for the admin (see docs/translations.md).
    """
    in_source = _messages_in_source(tmp_path)
    translated = {(entry.msgctxt, entry.msgid) for entry in catalogue.translated_entries()}
    assert sorted(in_source - translated, key=str) == []
    upstream = _upstream_translations()
    stale = {
        (entry.msgctxt, entry.msgid)
        for entry in catalogue
        if (entry.msgctxt, entry.msgid) not in in_source and (entry.msgctxt or entry.msgid not in upstream)
    }
    assert sorted(stale, key=str) == []


#: Words our code shares with Wagtail's or Django's admin, where our Vietnamese also reads right in the admin.
#: Any other shared word needs a context (pgettext / {% translate "…" context "…" %}): without one, our
#: translation would replace Wagtail's in its own admin (a "Documents" menu for files renamed "Văn bản").
REVIEWED_SHARED_MESSAGES = {
    "Actions",  # templates/wagtailadmin/shared/headers/_actions.html: "Thao tác", reviewed
    "Are you sure you want to delete this page?",
    "Breadcrumb",
    "Cancel",
    "Clear all filters",
    "Comment",
    "Content",
    "Deleting this page will also delete %(descendant_count)s child page.",
    "Document",
    "File",
    "Filter",
    "Image",
    "In progress",
    "Language",
    "Link",
    "Next",
    "No, don't delete it",
    "Page not found",
    "Previous",
    "Published",
    "Skip to main content",
    "Table",
    "Time",
    "Yes, delete it",
    "content type",
    "description",
    "file",
    "image",
    "object id",
    "page",
    "query",
    "revision",
    "slug",
    "subject",
}


def _upstream_translations():
    """Every msgid of Django, Wagtail and wagtail-localize → the Vietnamese translations they ship."""
    import django
    import wagtail
    import wagtail_localize

    upstream = {}
    for package in (django, wagtail, wagtail_localize):
        root = Path(package.__file__).parent
        for language in ("en", "vi"):
            for path in root.glob(f"**/locale/{language}/LC_MESSAGES/django.po"):
                for entry in polib.pofile(str(path)):
                    if not entry.msgctxt:
                        translations = upstream.setdefault(entry.msgid, set())
                        if language == "vi" and entry.msgstr:
                            translations.add(entry.msgstr)
    return upstream


def test_shared_admin_words_keep_their_meaning_in_the_admin(catalogue, tmp_path):
    """A word our code shares with the admin, translated for the portal, must not change the admin's word."""
    upstream = _upstream_translations()
    in_source = _messages_in_source(tmp_path)
    clashing = [
        entry.msgid
        for entry in catalogue
        if not entry.msgctxt
        and (None, entry.msgid) in in_source
        and entry.msgid in upstream
        and entry.msgstr not in upstream[entry.msgid]
        and entry.msgid not in REVIEWED_SHARED_MESSAGES
    ]
    assert clashing == []
