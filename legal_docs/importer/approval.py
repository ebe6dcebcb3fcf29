"""Deciding on an import batch: approval publishes the revisions of its items, rejection publishes nothing.

The same rule as the review workflow's final step: only an editor-in-chief (or a superuser) decides, and
not the person who imported the batch (two-person review, `MODERATION_ALLOW_SAME_REVIEWER` switches it off
as it does for the workflow). Approval does for every item what `revision.publish()` does for one — the
document takes the revision's content and children and goes live, with a "wagtail.publish" entry naming
the batch — in bulk, so that a batch of thousands is approved in seconds. An item whose document was edited
after the import (its latest revision is no longer the batch's) is left for the workflow and reported.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_registry

from core.audit import entry_for
from core.bulk_copy import copy_create, copy_update
from core.gc_pause import paused_garbage_collection
from core.permissions import is_publisher

from ..facet_cache import invalidate as invalidate_facets
from ..models import DocumentType, ImportBatch, Issuer, LegalDocument, Signer, refresh_relation_dates
from ..tasks import extract_attachment_text
from .bulk import set_for_ids
from .children import Children, chunked, read_children, write_children
from .writing import CONTENT_FIELDS, UPDATED_COLUMNS, DocumentWriter, derive

APPROVE_ACTION = "legal_docs.batch.approve"
REJECT_ACTION = "legal_docs.batch.reject"
CHILDREN = ("fields", "relations", "attachments")
# What a revision gives the document's row (its publication state is set apart, for the whole batch).
CONTENT_COLUMNS = [name for name in UPDATED_COLUMNS if name != "updated_at"]


def _stored(document):
    return [getattr(document, LegalDocument._meta.get_field(name).attname) for name in CONTENT_COLUMNS]


def refusal(batch, user):
    """Why `user` may not decide on `batch` (a message), or None when they may."""
    if batch.status != ImportBatch.Status.PENDING:
        return _("This import batch is not awaiting approval.")
    if not is_publisher(user):
        return _("Only the editor-in-chief approves or rejects an import batch.")
    same_person = batch.user_id is not None and batch.user_id == user.pk
    if same_person and not getattr(settings, "MODERATION_ALLOW_SAME_REVIEWER", False):
        return _(
            "You imported this batch. Under the two-person review rule, it must be approved or rejected by "
            "someone else."
        )
    return None


def _decide(batch, user):
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    reason = refusal(batch, user)
    if reason:
        raise PermissionDenied(reason)
    return batch


@transaction.atomic
def reject_batch(batch, user, note=""):
    """Reject the batch: nothing of it is published; its drafts and revisions stay for the record."""
    batch = _decide(batch, user)
    batch.status, batch.decided_by, batch.decided_at = ImportBatch.Status.REJECTED, user, timezone.now()
    batch.save(update_fields=["status", "decided_by", "decided_at"])
    log(batch, REJECT_ACTION, user=user, data={"note": note[:500]})
    return batch


def approve_batch(batch, user):
    """Publish the batch's revisions. Returns (published count, numbers of the items left out)."""
    with paused_garbage_collection(), transaction.atomic():
        return _approve(batch, user)


def _approve(batch, user):
    batch = _decide(batch, user)
    items = list(batch.items.select_related("revision"))
    documents = {}
    for chunk in chunked([item.document_id for item in items], 20_000):
        # Locked until the approval commits: an edit in between cannot slip under the published revision.
        documents.update(LegalDocument.objects.select_for_update().in_bulk(chunk))
    taxonomies = {
        "document_type": DocumentType.objects.in_bulk(),
        "issuer": Issuer.objects.in_bulk(),
        "signer": Signer.objects.in_bulk(),
    }
    now, today = timezone.now(), timezone.localdate()
    published, stale, wanted, rewritten = [], [], {}, []
    for item in items:
        document = documents[item.document_id]
        if item.revision is None or document.latest_revision_id != item.revision_id:
            stale.append(document.number)
            continue
        content = item.revision.content
        plain = LegalDocument.from_serializable_data(
            {key: value for key, value in content.items() if key not in CHILDREN}, check_fks=False
        )
        before = _stored(document)
        for name in CONTENT_FIELDS:
            setattr(document, name, getattr(plain, name))
        for name, by_pk in taxonomies.items():
            setattr(document, name, by_pk.get(getattr(document, f"{name}_id")))
        derive(document, today)
        if _stored(document) != before:  # a published document: its row still holds the old content
            rewritten.append(document)
        document.live, document.has_unpublished_changes = True, False
        document.live_revision_id = item.revision_id
        document.first_published_at = document.first_published_at or now
        document.last_published_at = document.updated_at = now
        wanted[document.pk] = Children.from_content(content)
        published.append((document, item.revision_id))
    publishing = [document for document, _revision in published]
    # Set-based: the content only where the row differs from the revision (the drafts were written in place
    # by the import), then the publication of the whole batch, one UPDATE per chunk of documents.
    copy_update(LegalDocument, rewritten, CONTENT_COLUMNS)
    set_for_ids(
        LegalDocument,
        [document.pk for document in publishing],
        live=True,
        has_unpublished_changes=False,
        live_revision=F("latest_revision"),
        first_published_at=Coalesce(F("first_published_at"), Value(now)),
        last_published_at=now,
        updated_at=now,
    )
    current, _incoming = read_children(list(wanted))
    touched, files_changed = write_children(wanted, current)
    targets = {target for children in wanted.values() for _kind, target in children.relations}
    refresh_relation_dates(set(wanted) | touched | targets)
    DocumentWriter()._index(publishing)
    _log_published(published, user, batch)
    batch.status, batch.decided_by, batch.decided_at = ImportBatch.Status.APPROVED, user, now
    batch.save(update_fields=["status", "decided_by", "decided_at"])
    log(batch, APPROVE_ACTION, user=user, data={"published": len(published), "left_out": stale[:50]})
    invalidate_facets()
    for document_id in files_changed:
        extract_attachment_text.enqueue(document_id)
    return len(published), stale


def _log_published(published, user, batch):
    """One "wagtail.publish" entry per document with its revision, as `revision.publish()` writes."""
    log_model = log_registry.get_log_model_for_model(LegalDocument)
    shared = {
        "action": "wagtail.publish",
        "data": {"import_batch": batch.pk},
        "timestamp": timezone.now(),
        "uuid": None,
        "user": user,
        "content_changed": True,
        "deleted": False,
    }
    entries = []
    for document, revision_id in published:
        entry = entry_for(log_model, document, shared)
        entry.revision_id = revision_id
        entries.append(entry)
    copy_create(log_model, entries)
