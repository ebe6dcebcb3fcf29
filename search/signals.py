"""Pages are stored in Unicode NFC, whatever the editor's keyboard or the pasted text produced."""

import json
import unicodedata

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models.signals import pre_save
from wagtail.fields import StreamField
from wagtail.models import Page


def _nfc(value):
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def normalise_page_text(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, Page):
        return
    for field in instance._meta.concrete_fields:
        if isinstance(field, (models.CharField, models.TextField)):
            value = getattr(instance, field.attname)
            if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
                setattr(instance, field.attname, _nfc(value))
        elif isinstance(field, StreamField):
            raw_json = json.dumps(
                field.get_prep_value(getattr(instance, field.attname)), cls=DjangoJSONEncoder
            )
            if not unicodedata.is_normalized("NFC", raw_json):
                setattr(instance, field.attname, field.to_python(_nfc(raw_json)))


def connect():
    pre_save.connect(normalise_page_text, dispatch_uid="search.normalise_page_text")
