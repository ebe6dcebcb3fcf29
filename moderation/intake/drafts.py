"""“Tạo bản nháp”: an intake record becomes a draft page, with its text and attachments, never published.

Targets are (section page, article type) pairs the user may add to. Other kinds of target plug in by
appending a `DraftTarget` to `EXTRA_TARGETS`: it lists its choices for a user and builds the draft, returning
the object; the record keeps its title, admin URL and the object (content type + id), and the object's
history gets the "created from the intake register" entry. Legal documents are one (`legal_drafts.py`,
registered by the app when legal_docs is installed).
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.rich_text import RichText

from core.text import slugify_vi

from .models import IntakeRecord, Status
from .privacy import private_collection, private_name
from .services import ACTION_DRAFT, PAGE_ACTION_FROM_INTAKE

# Article types whose required fields all have defaults, so a draft can be made from text alone.
DRAFT_PAGE_MODELS = [
    "sections.NewsPage",
    "sections.PressReleasePage",
    "sections.DirectionPage",
    "sections.LegalDisseminationPage",
]


@dataclass
class DraftTarget:
    """A kind of draft other than a page: `choices(user)` → [(key, label)], `build(record, key, user)` →
    (object, title, admin_url)."""

    choices: Callable
    build: Callable


EXTRA_TARGETS: list[DraftTarget] = []


def page_models():
    return [apps.get_model(label) for label in DRAFT_PAGE_MODELS]


def page_choices(user):
    choices = []
    for model in page_models():
        parent_models = model.allowed_parent_page_models()
        parents = Page.objects.type(*parent_models).filter(depth__gt=1).order_by("path")
        for parent in parents:
            if not parent.permissions_for_user(user).can_add_subpage():
                continue
            if model not in parent.specific_class.allowed_subpage_models():
                continue
            label = f"{parent.title} ({parent.locale.language_code}) – {model._meta.verbose_name}"
            choices.append((f"page:{parent.pk}:{model._meta.label_lower}", label))
    return choices


def target_choices(user):
    choices = page_choices(user)
    for target in EXTRA_TARGETS:
        choices.extend(target.choices(user))
    return choices


def slug_for(text, suffix):
    return f"{slugify_vi(text, 60)}-{suffix.lower()}".strip("-")


def paragraphs_html(text):
    """The text's paragraphs (blank-line separated) as HTML <p> elements, lines kept with <br/>."""
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text or "") if part.strip()]
    return ["<p>" + "<br/>".join(escape(line) for line in part.splitlines()) + "</p>" for part in paragraphs]


def body_blocks(text):
    return [("paragraph", RichText(html)) for html in paragraphs_html(text)]


def media_from_attachments(record, user):
    """The record's files as Wagtail media in the private collection (public once the page that uses
    them is published: moderation/intake/privacy.py)."""
    collection = private_collection()
    image, documents = None, []
    for attachment in record.attachments.all():
        with attachment.file.open("rb") as handle:
            data = handle.read()
        title = f"{attachment.original_name} ({record.tracking_code})"
        if attachment.is_image and image is None:
            image = get_image_model()(
                title=title,
                description=record.subject[:255],
                collection=collection,
                uploaded_by_user=user,
                file=ImageFile(ContentFile(data), name=private_name(attachment.original_name)),
            )
            image.save()
        else:
            document = get_document_model()(title=title, collection=collection, uploaded_by_user=user)
            document.file.save(private_name(attachment.original_name), ContentFile(data), save=False)
            document.save()
            documents.append(document)
    return image, documents


def build_page(record, key, user):
    _prefix, parent_pk, model_label = key.split(":", 2)
    parent = Page.objects.get(pk=int(parent_pk)).specific
    model = apps.get_model(model_label)
    if model not in page_models() or not parent.permissions_for_user(user).can_add_subpage():
        raise PermissionError
    image, documents = media_from_attachments(record, user)
    page = model(
        title=record.subject[:255],
        slug=slug_for(record.subject, record.tracking_code),
        live=False,
        owner=user,
        locale=parent.locale,
    )
    if hasattr(page, "summary"):
        page.summary = (record.body or "")[:300]
    if hasattr(page, "body"):
        page.body = body_blocks(record.body)
    if hasattr(page, "attachments"):
        page.attachments = [("document", document) for document in documents]
    if hasattr(page, "image") and image is not None:
        page.image = image
        page.image_alt = record.subject[:255]
    if hasattr(page, "author"):
        page.author = record.sender_name
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    return page


def records_for(obj):
    """The intake records a draft (page or other target) was made from."""
    if isinstance(obj, Page):
        return IntakeRecord.objects.filter(page=obj)
    return IntakeRecord.objects.filter(
        target_content_type=ContentType.objects.get_for_model(obj), target_object_id=str(obj.pk)
    )


def create_draft(record, key, user):
    """Make the draft; returns it. Only a draft revision is saved: nothing goes live."""
    with transaction.atomic():
        if key.startswith("page:"):
            target = build_page(record, key, user)
            record.page = target
            record.target_label = target.title
            record.target_admin_url = ""
            log(
                instance=target,
                action=PAGE_ACTION_FROM_INTAKE,
                user=user,
                data={"code": record.tracking_code, "record_id": record.pk},
            )
        else:
            for extra in EXTRA_TARGETS:
                if key in dict(extra.choices(user)):
                    target, label, admin_url = extra.build(record, key, user)
                    break
            else:
                raise ValueError(_("Unknown target"))
            link_target(record, target, label, admin_url, user)
            return target
        if record.status == Status.NEW:
            record.status = Status.IN_PROGRESS
        record.save()
        log(
            instance=record,
            action=ACTION_DRAFT,
            user=user,
            data={"target": record.target_label, "page_id": record.page_id},
        )
    return target


def link_target(record, target, label, admin_url, user, action=ACTION_DRAFT, **data):
    """Record that `target` (an object other than a page) was made from `record`, in both histories."""
    record.target_label, record.target_admin_url = label, admin_url
    record.target_content_type = ContentType.objects.get_for_model(target)
    record.target_object_id = str(target.pk)
    log(
        instance=target,
        action=PAGE_ACTION_FROM_INTAKE,
        user=user,
        data={"code": record.tracking_code, "record_id": record.pk},
    )
    if record.status == Status.NEW:
        record.status = Status.IN_PROGRESS
    record.save()
    log(instance=record, action=action, user=user, data={"target": label, "page_id": None, **data})
