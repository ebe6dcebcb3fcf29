"""“Soạn trả lời”: a question becomes a draft Q&A page under /hoi-dap/, never published by this step.

The draft carries the question, its field and the date asked; the asker is named by initials only
("N.T.H."), never by full name or contact. The page then goes through the review workflow like any other.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from core.text import initials, slugify_vi
from sections.models import QuestionIndexPage, QuestionPage

from .models import Status
from .services import ACTION_DRAFT, PAGE_ACTION_FROM_QUESTION


def question_index():
    return QuestionIndexPage.objects.filter(locale__language_code="vi").order_by("path").first() or (
        QuestionIndexPage.objects.order_by("path").first()
    )


def draft_title(question):
    text = " ".join(question.split())
    return text if len(text) <= 120 else text[:119] + "…"


def create_answer_draft(record, user):
    """The draft answer page of `record` (made once); raises PermissionError if `user` may not add it."""
    parent = question_index()
    if parent is None:
        raise LookupError("No questions and answers section")
    if not parent.permissions_for_user(user).can_add_subpage():
        raise PermissionError
    with transaction.atomic():
        page = QuestionPage(
            title=draft_title(record.question),
            slug=f"{slugify_vi(record.question, 60)}-{record.tracking_code.lower()}".strip("-"),
            live=False,
            owner=user,
            locale=parent.locale,
            asker=initials(record.asker_name) or _("A citizen"),
            asked_on=timezone.localtime(record.received_at).date(),
            field=record.field,
            question=record.question,
            # Left empty: the editor must write it before the page can be submitted for review (a draft,
            # not live, is saved without the required fields, as Wagtail's "Save draft" does).
            answer="",
            answered_by=_("People's Committee of Dương Kinh ward"),
            answered_on=timezone.localdate(),
        )
        parent.add_child(instance=page)
        page.save_revision(user=user, log_action=True, clean=False)
        log(instance=page, action=PAGE_ACTION_FROM_QUESTION, user=user, data={"code": record.tracking_code})
        record.page = page
        if record.status == Status.NEW:
            record.status = Status.ASSIGNED
            record.assignee = record.assignee or user
        record.save(update_fields=["page", "status", "assignee", "updated_at"])
        log(instance=record, action=ACTION_DRAFT, user=user, data={"page_id": page.pk, "title": page.title})
    return page
