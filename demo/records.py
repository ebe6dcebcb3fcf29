"""The records of the data files that are not pages: news categories, the portal's settings, legal
documents and their taxonomies, intake records, emergency notices and royalties.

Each is looked up before it is made (a category by its slug, a legal document by its issuer and number,
an intake record by its tracking code, a notice by its title, a royalty by its page), so running the
loader again creates nothing.
"""

import datetime
import re
from html import escape

from wagtail.log_actions import log

from core.models import EmergencyNotice, PortalSettings
from legal_docs.models import Issuer, LegalDocument, LegalDocumentRelation, LegalField, Signer
from moderation.consultations.models import ConsultationComment
from moderation.consultations.models import Status as CommentStatus
from moderation.consultations.services import ACTION_RECEIVED as COMMENT_RECEIVED
from moderation.consultations.services import moderate
from moderation.dialogue import services as dialogue_services
from moderation.dialogue.models import DialogueQuestion
from moderation.dialogue.models import Status as DialogueStatus
from moderation.intake.models import IntakeRecord, Status
from moderation.intake.services import ACTION_RECEIVED, ACTION_STATUS
from moderation.reports import services as report_services
from moderation.reports.models import InformationRequest, PortalFeedback
from moderation.royalties.models import RoyaltyRecord
from moderation.royalties.services import local_zone, mark_paid, record_royalty
from sections.models import DialoguePage, NewsCategory

from .pages import page_model
from .values import DataError


def news_categories(loader, items):
    for order, item in enumerate(items):
        if NewsCategory.objects.filter(slug=item["slug"], locale=loader.seeder.locale).exists():
            continue
        NewsCategory.objects.create(
            sort_order=order, locale=loader.seeder.locale, **loader.resolver.fields(NewsCategory, item)
        )
        loader.seeder.counts["categories"] += 1


def portal_settings(loader, values):
    """Fill the settings the ward has left empty; never overwrite what someone typed."""
    settings = PortalSettings.for_site(loader.site)
    changed = False
    for name, value in loader.resolver.fields(PortalSettings, values).items():
        if not getattr(settings, name):
            setattr(settings, name, value)
            changed = True
    if changed:
        settings.save()
        loader.seeder.counts["settings"] += 1


def _taxonomy(model):
    def build(loader, items):
        for order, item in enumerate(items):
            item = dict(item)
            values = loader.resolver.fields(model, item)
            slug = values.pop("slug")
            model.objects.get_or_create(slug=slug, defaults={**values, "sort_order": (order + 1) * 10})

    return build


issuers, legal_fields, signers = _taxonomy(Issuer), _taxonomy(LegalField), _taxonomy(Signer)


def legal_documents(loader, items):
    """Legal documents, each published through a revision; `relations` point to documents listed before."""
    seeder = loader.seeder
    if any(key.startswith("deleted_") for key in seeder.counts):  # --reset: the sample files are gone
        LegalDocument.objects.filter(is_sample_content=True).delete()
    # Every document of the sample's issuers, sample or not: a real record with the same number wins.
    issuer_slugs = {item["issuer"] for item in items}
    existing = {
        (document.issuer.slug, document.number): document
        for document in LegalDocument.objects.filter(issuer__slug__in=issuer_slugs).select_related("issuer")
    }
    known = {}
    created = 0
    for item in items:
        item = dict(item)
        key, relations = item.pop("key"), item.pop("relations", [])
        found = existing.get((item["issuer"], item["number"]))
        if found is not None:
            known[key] = found
            continue
        markdown_file = item.pop("full_text_file", None)
        values = loader.resolver.fields(LegalDocument, item)
        many = {name: values.pop(name) for name in ("fields",) if name in values}
        document = LegalDocument(is_sample_content=True, live=False, **values)
        for name, value in many.items():
            setattr(document, name, value)
        if markdown_file:
            document.full_text = markdown_to_html(loader.read_text(markdown_file))
        document.relations = [_relation(relation, known, key) for relation in relations]
        document.save()
        document.save_revision(clean=False).publish(skip_permission_checks=True)
        seeder.created.append(document)
        known[key] = document
        created += 1
    seeder.counts["legal_documents"] += created
    if created:
        seeder.say(f"  {created} văn bản mới")


def _relation(relation, known, source):
    """`{can-cu: l65-2025}`, with an optional `note`: the kind of relation and the key of its target."""
    relation = dict(relation)
    note = relation.pop("note", "")
    if len(relation) != 1:
        raise DataError(f"a relation of {source} is one {{kind: key}} and an optional note: {relation!r}")
    kind, target = next(iter(relation.items()))
    if target not in known:
        raise DataError(f"{source} refers to {target}, which is not listed before it")
    return LegalDocumentRelation(kind=kind, target=known[target], note=note)


def markdown_to_html(text):
    """The small Markdown of the full texts as rich text: headings, bold/italic, lists, paragraphs."""

    def inline(value):
        value = escape(value.rstrip("\\").rstrip(), quote=False)
        value = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", value)
        return re.sub(r"\*(.+?)\*", r"<i>\1</i>", value)

    html, paragraph, items = [], [], []

    def flush():
        if paragraph:
            html.append("<p>" + "<br/>".join(paragraph) + "</p>")
            paragraph.clear()
        if items:
            html.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
            items.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line or line == "---":
            flush()
        elif line.startswith("#"):
            flush()
            level = min(4, max(2, len(line) - len(line.lstrip("#"))))
            html.append(f"<h{level}>{inline(line.lstrip('#').strip())}</h{level}>")
        elif line.startswith("- "):
            if paragraph:
                flush()
            items.append(inline(line[2:]))
        else:
            if items:
                flush()
            paragraph.append(inline(line))
    flush()
    return "".join(html)


def intake_records(loader, items):
    """Records of the intake register, logged as received and moved to their status; no email is sent."""
    for item in items:
        item = dict(item)
        if IntakeRecord.objects.filter(tracking_code=item["tracking_code"]).exists():
            continue
        status = item.pop("status", Status.NEW)
        record = IntakeRecord.objects.create(**loader.resolver.fields(IntakeRecord, item))
        log(instance=record, action=ACTION_RECEIVED, data={"channel": record.channel, "attachments": 0})
        if status != Status.NEW:
            record.status = status
            record.save(update_fields=["status"])
            log(instance=record, action=ACTION_STATUS, data={"from": Status.NEW, "to": status, "reason": ""})
        loader.seeder.counts["intake records"] += 1


def dialogue_questions(loader, items):
    """Questions of an online dialogue (by the slug of its page), with the answer published; logged as
    received and published, as the admin would; no email is sent."""
    for item in items:
        item = dict(item)
        if DialogueQuestion.objects.filter(tracking_code=item["tracking_code"]).exists():
            continue
        page = DialoguePage.objects.get(slug=item.pop("page"))
        question = DialogueQuestion(page=page, **loader.resolver.fields(DialogueQuestion, item))
        question.status = DialogueStatus.PUBLISHED
        question.published_at = question.received_at
        question.save()
        log(instance=question, action=dialogue_services.ACTION_RECEIVED, data={"page": page.pk})
        log(instance=question, action=dialogue_services.ACTION_PUBLISHED, data={"page": page.pk})
        loader.seeder.counts["dialogue questions"] += 1


def report_records(model, counter):
    """Records of the feedback or information request register, logged as received; no email is sent."""

    def load(loader, items):
        for item in items:
            if model.objects.filter(tracking_code=item["tracking_code"]).exists():
                continue
            record = model.objects.create(**loader.resolver.fields(model, item))
            log(instance=record, action=report_services.ACTION_RECEIVED, data={})
            loader.seeder.counts[counter] += 1

    return load


def consultation_comments(loader, items):
    """Comments on the consultations, logged as received and moderated as written; no email is sent."""
    for item in items:
        item = dict(item)
        if ConsultationComment.objects.filter(tracking_code=item["tracking_code"]).exists():
            continue
        page = loader.resolver.refs.page(item.pop("page")).specific
        status = item.pop("status", CommentStatus.PENDING)
        reason = item.pop("reason", "")
        comment = ConsultationComment.objects.create(
            page=page, **loader.resolver.fields(ConsultationComment, item)
        )
        log(instance=comment, action=COMMENT_RECEIVED, data={"page": page.pk, "article": comment.article})
        if status != CommentStatus.PENDING:
            moderate(comment, status, None, reason)
        loader.seeder.counts["consultation comments"] += 1


def question_records(loader, items):
    """Questions from citizens (moderation/questions), logged as received; no email is sent."""
    from moderation.questions.models import QuestionRecord
    from moderation.questions.services import ACTION_RECEIVED as QUESTION_RECEIVED

    for item in items:
        if QuestionRecord.objects.filter(tracking_code=item["tracking_code"]).exists():
            continue
        record = QuestionRecord.objects.create(**loader.resolver.fields(QuestionRecord, item))
        log(instance=record, action=QUESTION_RECEIVED, data={"attachment": False})
        loader.seeder.counts["questions"] += 1


def emergency_notices(loader, items):
    for item in items:
        if EmergencyNotice.objects.filter(title=item["title"]).exists():
            continue
        EmergencyNotice.objects.create(
            is_sample_content=True, **loader.resolver.fields(EmergencyNotice, item)
        )
        loader.seeder.counts["notices"] += 1


def royalties(loader, spec):
    """Royalties of the most recent sample pages of `page_type`, newest first, one per entry of `records`,
    as if the editor-in-chief had approved them at `approved_at` on the page's date."""
    seeder, records = loader.seeder, spec["records"]
    pages = (
        page_model(spec["page_type"])
        .objects.descendant_of(loader.tree.home)
        .filter(is_sample_content=True, live=True)
        .order_by("-date", "-pk")[: len(records)]
    )
    approved_at = datetime.time.fromisoformat(spec["approved_at"])
    created = 0
    for page, entry in zip(pages, records, strict=False):
        if RoyaltyRecord.objects.for_object(page).exists():
            continue
        record = record_royalty(
            page,
            user=None,
            kind=entry["kind"],
            coefficient=entry["coefficient"],
            outside_authors=page.author or spec["author_if_none"],
            approved_at=datetime.datetime.combine(page.date, approved_at, tzinfo=local_zone()),
        )
        if "paid_within_days" in entry:
            paid_on = min(seeder.today, page.date + datetime.timedelta(days=int(entry["paid_within_days"])))
            mark_paid(record.lines.all(), user=None, paid_on=paid_on)
        created += 1
    seeder.counts["royalties"] += created
    if created:
        seeder.say(f"  {created} bản ghi nhuận bút mới")


HANDLERS = {
    "news_categories": news_categories,
    "portal_settings": portal_settings,
    "issuers": issuers,
    "legal_fields": legal_fields,
    "signers": signers,
    "legal_documents": legal_documents,
    "intake_records": intake_records,
    "dialogue_questions": dialogue_questions,
    "portal_feedback": report_records(PortalFeedback, "portal feedback"),
    "information_requests": report_records(InformationRequest, "information requests"),
    "consultation_comments": consultation_comments,
    "question_records": question_records,
    "emergency_notices": emergency_notices,
    "royalties": royalties,
}
