"""What happens to a dialogue question: it is received, an editor records the answer a leader gives, and the
editor-in-chief publishes it (or an editor declines it). Every step is written to the audit log.

The two-step rule for answers: an editor (or the editor-in-chief) records the answer as the leader gave it
(`draft_answer`, the first step); only the editor-in-chief publishes it (`publish_answer`, the board's final
approval, as the last step of the page workflow is). Nobody else, superusers included, can make an answer
public: `can_publish` asks for the role itself, not for a permission a superuser holds implicitly.
"""

import logging

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail.contrib.frontend_cache.utils import purge_page_from_cache
from wagtail.log_actions import log

from moderation import roles
from moderation.tracking import acknowledge, store_once
from sections.models import DialoguePage

from .models import DialogueQuestion, Status

logger = logging.getLogger(__name__)

ACTION_RECEIVED = "dialogue.received"
ACTION_DRAFTED = "dialogue.answer_drafted"
ACTION_PUBLISHED = "dialogue.answer_published"
ACTION_DECLINED = "dialogue.declined"
ACTION_ACKNOWLEDGED = "dialogue.acknowledged"
RECEIPT_SUBJECT = gettext_lazy("Received: your question %(code)s")


def fragment_key(page_id):
    """The shared cache's copy of a dialogue's published answers (views.answers)."""
    return f"dialogue:answers:{page_id}"


def forget_answers(page_id):
    cache.delete(fragment_key(page_id))


def can_draft(user):
    return user.is_active and (
        roles.has_role(user, roles.EDITOR) or roles.has_role(user, roles.EDITOR_IN_CHIEF)
    )


def can_publish(user):
    return user.is_active and roles.has_role(user, roles.EDITOR_IN_CHIEF)


def receive(page, data):
    """Store a question from the public form (once per form token); acknowledged by email on commit."""
    token = data.get("submission_token")

    def create():
        question = DialogueQuestion.objects.create(
            page=page,
            submission_token=token,
            asker_name=data["asker_name"],
            asker_email=data.get("asker_email", ""),
            question=data["question"],
        )
        log(instance=question, action=ACTION_RECEIVED, data={"page": page.pk})
        if question.asker_email:
            transaction.on_commit(lambda: send_acknowledgement(question.pk))
        return question

    return store_once(DialogueQuestion, token, create)


def send_acknowledgement(question_pk):
    """A failure is only logged: the question is already stored."""
    question = DialogueQuestion.objects.select_related("page").filter(pk=question_pk).first()
    if question is None:
        return False
    template, context = "dialogue/acknowledgement_email.txt", {"question": question}
    return acknowledge(
        question, question.asker_email, RECEIPT_SUBJECT, template, ACTION_ACKNOWLEDGED, context
    )


def draft_answer(question, answer, answered_by, user):
    if not can_draft(user):
        raise PermissionError("Only editors record answers")
    if question.status == Status.PUBLISHED:
        raise ValueError("A published answer is not changed")
    question.answer = answer.strip()
    question.answered_by = answered_by
    question.status = Status.DRAFTED
    question.drafted_by = user
    question.save(update_fields=["answer", "answered_by", "status", "drafted_by"])
    log(instance=question, action=ACTION_DRAFTED, user=user, data={"answered_by": answered_by})


def publish_answer(question, user):
    """The editor-in-chief's approval makes the answer public; the page's cached copies are purged."""
    if not can_publish(user):
        raise PermissionError("Only the editor-in-chief publishes answers")
    if question.status != Status.DRAFTED or not question.answer.strip():
        raise ValueError("Only a drafted answer can be published")
    with transaction.atomic():
        question.status = Status.PUBLISHED
        question.published_at = timezone.now()
        question.published_by = user
        question.save(update_fields=["status", "published_at", "published_by"])
        log(instance=question, action=ACTION_PUBLISHED, user=user, data={"page": question.page_id})
        # Dropped now and again once committed, so no request in between keeps the old list.
        forget_answers(question.page_id)
        transaction.on_commit(lambda: forget_answers(question.page_id))
        transaction.on_commit(lambda: purge_dialogue_page(question.page_id))


def decline(question, reason, user):
    if not can_draft(user):
        raise PermissionError("Only editors decline questions")
    if question.status == Status.PUBLISHED:
        raise ValueError("A published answer is not declined")
    question.status = Status.DECLINED
    question.status_reason = reason.strip()
    question.save(update_fields=["status", "status_reason"])
    log(instance=question, action=ACTION_DECLINED, user=user, data={"reason": question.status_reason})


def purge_dialogue_page(page_id):
    page = DialoguePage.objects.filter(pk=page_id).first()
    if page is None:
        return
    try:
        purge_page_from_cache(page)
    except Exception:  # noqa: BLE001 - the front cache expires it anyway
        logger.warning("Dialogue: could not purge %s from the front cache", page.url_path, exc_info=True)
