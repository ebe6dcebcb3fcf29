"""The front cache follows publishing (home/front_cache.py): connected in `HomeConfig.ready`."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    pre_page_move,
    published,
    unpublished,
)

from core.models import EmergencyNotice, PortalSettings
from legal_docs.models import LegalDocument

from .front_cache import everything, legal_document_targets, page_targets, purge


def page_changed(sender, instance, **kwargs):
    if isinstance(instance, Page):
        purge(page_targets(instance))


def page_moving(sender, instance, **kwargs):
    purge(page_targets(instance, moved=True))  # the old place: the move has not happened yet


def document_changed(sender, instance, **kwargs):
    if isinstance(instance, LegalDocument):
        purge(legal_document_targets(instance))


def shown_everywhere_changed(sender, **kwargs):
    purge(everything())


def connect():
    page_published.connect(page_changed, dispatch_uid="front_cache_page_published")
    page_unpublished.connect(page_changed, dispatch_uid="front_cache_page_unpublished")
    pre_page_move.connect(page_moving, dispatch_uid="front_cache_page_moving")
    post_page_move.connect(page_changed, dispatch_uid="front_cache_page_moved")
    published.connect(document_changed, dispatch_uid="front_cache_published")
    unpublished.connect(document_changed, dispatch_uid="front_cache_unpublished")
    post_delete.connect(document_changed, sender=LegalDocument, dispatch_uid="front_cache_document_deleted")
    for model in (EmergencyNotice, PortalSettings):
        post_save.connect(
            shown_everywhere_changed, sender=model, dispatch_uid=f"front_cache_{model.__name__}"
        )
        post_delete.connect(
            shown_everywhere_changed, sender=model, dispatch_uid=f"front_cache_{model.__name__}_deleted"
        )
