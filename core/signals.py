"""Signal receivers of the ground floor: pages stored in Unicode NFC, the site status cache and the fragment
cache (core/fragments.py) kept fresh."""

import json
import unicodedata

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import Signal
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from . import fragments
from .models import EmergencyNotice, forget_site_status
from .text import nfc

#: Sent by `core.audit.log_many` for each batch of log entries it writes with bulk_create, inside the
#: transaction that wrote them (`sender` is the log model, `entries` the saved entries), so that a higher
#: floor (audit/) can act on entries that Django's save signals never see.
log_entries_created = Signal()


def normalise_page_text(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, Page):
        return
    for field in instance._meta.concrete_fields:
        if isinstance(field, (models.CharField, models.TextField)):
            value = getattr(instance, field.attname)
            if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
                setattr(instance, field.attname, nfc(value))
        elif isinstance(field, StreamField):
            raw_json = json.dumps(
                field.get_prep_value(getattr(instance, field.attname)), cls=DjangoJSONEncoder
            )
            if not unicodedata.is_normalized("NFC", raw_json):
                setattr(instance, field.attname, field.to_python(nfc(raw_json)))


def settings_changed(sender, **kwargs):
    if issubclass(sender, BaseSiteSetting):
        fragments.invalidate()


def connect_fragment_cache():
    """Every publication makes the fragment cache stale: pages (a deleted live page is unpublished first),
    other publishable models (legal documents), and site settings. Listed snippets connect themselves
    (`fragments.invalidate` is a receiver) in their app's `ready`."""
    publishing = {
        "page_published": page_published,
        "page_unpublished": page_unpublished,
        "page_moved": post_page_move,
        "published": published,
        "unpublished": unpublished,
    }
    for name, signal in publishing.items():
        signal.connect(fragments.invalidate, dispatch_uid=f"core.fragments.{name}")
    # A page newly restricted leaves every listing at once.
    post_save.connect(
        fragments.invalidate, sender=PageViewRestriction, dispatch_uid="core.fragments.restricted"
    )
    post_delete.connect(
        fragments.invalidate, sender=PageViewRestriction, dispatch_uid="core.fragments.opened"
    )
    post_save.connect(settings_changed, dispatch_uid="core.fragments.settings_saved")
    post_delete.connect(settings_changed, dispatch_uid="core.fragments.settings_deleted")
    # An emergency notice is on every page: the pages kept whole (core/page_cache.py) go stale with it.
    post_save.connect(fragments.invalidate, sender=EmergencyNotice, dispatch_uid="core.fragments.notice")
    post_delete.connect(
        fragments.invalidate, sender=EmergencyNotice, dispatch_uid="core.fragments.notice_gone"
    )


def connect():
    """Pages are stored in Unicode NFC, whatever the editor's keyboard or the pasted text produced."""
    pre_save.connect(normalise_page_text, dispatch_uid="core.normalise_page_text")
    post_save.connect(forget_site_status, sender=EmergencyNotice, dispatch_uid="core.notice_saved")
    post_delete.connect(forget_site_status, sender=EmergencyNotice, dispatch_uid="core.notice_deleted")
    connect_fragment_cache()
