"""Citizens' files stay private until the page or legal document that uses them is published.

When "Tạo bản nháp" turns a record's attachments into Wagtail documents and images, they go into the
collection "Hồ sơ tiếp nhận (riêng tư)", which carries a Wagtail view restriction (the editorial staff's
groups): Wagtail's document view (/documents/<id>/<name>) refuses them to everyone else, the public API
leaves out restricted collections (home/api.py), and their stored names carry a random part, so the
storage address cannot be guessed.

When the workflow publishes the page or legal document, the files its published version still uses move to
the public root collection: only those the editor kept (removing an attachment from the draft leaves the
file private).
"""

import secrets

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection, CollectionViewRestriction, ReferenceIndex

from core.permissions import ADMINISTRATOR, AUDITOR, EDITOR, EDITOR_IN_CHIEF

PRIVATE_COLLECTION_NAME = "Hồ sơ tiếp nhận (riêng tư)"
STAFF_GROUPS = (EDITOR, EDITOR_IN_CHIEF, ADMINISTRATOR, AUDITOR)
ACTION_FILE_RELEASED = "intake.file_released"


@transaction.atomic
def private_collection():
    """The restricted collection of intake files, made on first use (with its view restriction)."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=PRIVATE_COLLECTION_NAME).first()
    if collection is None:
        collection = root.add_child(name=PRIVATE_COLLECTION_NAME)
    if not collection.get_view_restrictions().exists():
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set(Group.objects.filter(name__in=STAFF_GROUPS))
    return collection


def private_name(original_name):
    """A stored name nobody can guess from the original name alone."""
    return f"{secrets.token_hex(8)}-{original_name}"


def private_media_of(instance):
    """The documents and images in the private collection that `instance` refers to now."""
    ReferenceIndex.create_or_update_for_object(instance)
    collection = Collection.objects.filter(name=PRIVATE_COLLECTION_NAME, depth=2).first()
    if collection is None:
        return []
    references = ReferenceIndex.get_references_for_object(instance)
    media = []
    for model in (get_document_model(), get_image_model()):
        ids = [
            int(object_id)
            for object_id in references.filter(
                to_content_type=ContentType.objects.get_for_model(model)
            ).values_list("to_object_id", flat=True)
            if str(object_id).isdigit()
        ]
        media.extend(model.objects.filter(pk__in=ids, collection=collection))
    return media


def release_published_media(instance, user=None):
    """Move the private files the published `instance` uses into the public root collection, logged."""
    media = private_media_of(instance)
    if not media:
        return []
    root = Collection.get_first_root_node()
    for item in media:
        item.collection = root
        item.save(update_fields=["collection"])
        log(instance=item, action=ACTION_FILE_RELEASED, user=user, data={"published_with": str(instance)})
    return media
