"""Deadlines in Vietnamese working days (core.models.WorkingCalendar: holidays and the ward's days off).

Each deadline check is a source of items — (label, URL, start date, done date or None) — and a number of
working days; `core.compliance.overdue()` turns them into findings with how late each is. Pointing a check
at another model (a question register instead of the Q&A pages) means writing another source.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy

from core.compliance import Result, check, overdue
from legal_docs.models import LegalDocument
from sections.models import ConsultationPage, QuestionPage
from sections.models.participation import vietnam_datetime


def local_date(moment):
    return timezone.localtime(moment).date() if moment else None


def legal_document_items():
    """Documents that name the portal among their recipients (the ones it must publish): issued → first
    published."""
    documents = LegalDocument.objects.filter(portal_is_recipient=True)
    for document in documents.only("number", "issued_on", "first_published_at"):
        yield str(document), "", document.issued_on, local_date(document.first_published_at)


def question_items():
    for page in QuestionPage.objects.all().only("title", "asked_on", "answered_on", "live"):
        yield (
            page.title,
            f"/admin/pages/{page.pk}/edit/",
            page.asked_on,
            page.answered_on if page.live else None,
        )


def consultation_items(today):
    """Consultations closed before today: closing day (Vietnam time) → the day their live version first
    carried a summary (or None)."""
    for page in ConsultationPage.objects.filter(closes_at__lt=vietnam_datetime(today)).only(
        "title", "closes_at", "outcome", "live"
    ):
        summarised = page.live and bool((page.outcome or "").strip())
        closed_on = local_date(page.closes_at)
        yield (
            page.title,
            f"/admin/pages/{page.pk}/edit/",
            closed_on,
            closed_on if summarised else None,
        )


@check(
    "deadline.legal_documents",
    gettext_lazy("Legal documents published within the legal time after issue"),
    "QĐ 218/2025 Art 7.1.c; NĐ 43/2011 Art 17.1.c (2 working days); LTCTT Art 18.4 (5 working days)",
    "deadlines",
)
def legal_documents_on_time(context):
    days = context.setting("COMPLIANCE_LEGAL_DOCUMENT_WORKING_DAYS", 2)
    return Result.of(overdue(context, legal_document_items(), days))


@check(
    "deadline.questions",
    gettext_lazy("Public questions answered within 15 working days"),
    "NĐ 43/2011 Art 15.2, 17.1.đ",
    "deadlines",
)
def questions_on_time(context):
    days = context.setting("COMPLIANCE_QUESTION_WORKING_DAYS", 15)
    return Result.of(overdue(context, question_items(), days))


@check(
    "deadline.consultations",
    gettext_lazy("Consultations summarised after they close"),
    "LTCTT Art 17.1.c; NĐ 43/2011 Art 10.1.i",
    "deadlines",
)
def consultations_summarised(context):
    days = context.setting("COMPLIANCE_CONSULTATION_SUMMARY_WORKING_DAYS", 10)
    return Result.of(overdue(context, consultation_items(context.today), days))
