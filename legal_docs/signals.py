"""What follows a change to legal documents, wired when the app is ready (`LegalDocsConfig.ready`).

- Any saved or deleted document, taxonomy item or document's fields: the cached counts of the unfiltered
  list are counted again (`facet_cache`).
- A document type saved or deleted: the home page's latest documents, which name it, leave the fragment
  cache (core/fragments.py; publishing a document makes it stale through Wagtail's signals).
- A document whose attached files changed (`attachments_changed`, sent by its save): the text of its files
  is extracted in the background (`tasks.extract_attachment_text`).
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from core import fragments

from .facet_cache import invalidate
from .models import DocumentType, Issuer, LegalDocument, LegalField, Signer, attachments_changed
from .tasks import extract_attachment_text

COUNTED_MODELS = (LegalDocument, DocumentType, Issuer, LegalField, Signer)


@receiver(attachments_changed, sender=LegalDocument, dispatch_uid="legal_docs_extract_attachment_text")
def extract_text_of_new_attachments(sender, document_id, **kwargs):
    extract_attachment_text.enqueue(document_id)


def connect():
    for model in COUNTED_MODELS:
        post_save.connect(invalidate, sender=model, dispatch_uid=f"legal_docs_facets_save_{model.__name__}")
        post_delete.connect(
            invalidate, sender=model, dispatch_uid=f"legal_docs_facets_delete_{model.__name__}"
        )
    post_save.connect(fragments.invalidate, sender=DocumentType, dispatch_uid="legal_docs_fragments_type")
    post_delete.connect(
        fragments.invalidate, sender=DocumentType, dispatch_uid="legal_docs_fragments_type_gone"
    )
    m2m_changed.connect(
        invalidate, sender=LegalDocument.fields.through, dispatch_uid="legal_docs_facets_fields"
    )
