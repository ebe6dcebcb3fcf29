"""Legal documents (văn bản) as structured records, in the shape of cfgov's regulations3k.

A `LegalDocument` is a Django model, not a page: it carries Wagtail's draft, revision, locking, workflow and
preview mixins, so it passes the same review workflow as pages ("Quy trình duyệt tin bài") and is
published only by that workflow's final approval (see `legal_docs.wagtail_hooks`). The public reads the
records through `LegalDocumentIndexPage` (`pages.py`), a routable page at /van-ban/ (`legal_docs.views`).

This module also keeps the stored validity status up to date (the rules are in `validity.py`): a
document's save refreshes the dates its published relations give it and its targets
(`refresh_relation_dates`), and `refresh_validity` stores today's status of the documents a date has
made out of date (daily, `manage.py refresh_legal_status`).
"""

from operator import attrgetter

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Min
from django.db.models.functions import Coalesce
from django.dispatch import Signal
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from core.text import nfc, slugify_vi

from ..citations import number_key, title_key
from ..facet_cache import invalidate as invalidate_facets
from .relations import AMENDING_KINDS, ENDING_KINDS, LegalDocumentRelation
from .search_text import build_body_search_text, build_search_text
from .taxonomies import DocumentType, Issuer, IssuingLevel, LegalField, Signer
from .validity import ValidityStatus, compute_status, compute_validity, status_expression

PUBLIC_SLUG_MAX_LENGTH = 120

#: Sent after a save that changed the set of attached files (`document_id`); `legal_docs.signals` queues
#: the extraction of their text.
attachments_changed = Signal()


def slug_from_number(number):
    """'218/2025/QĐ-UBND' → '218-2025-qd-ubnd': the stable address of a document."""
    return slugify_vi(number, PUBLIC_SLUG_MAX_LENGTH)


def live_index_page():
    """The live legal documents section (/van-ban/), or None."""
    # Looked up in the app registry: the page's module imports this one (its routes and sitemap list the
    # documents), and a document's address lies under the page, so the two depend on each other.
    return apps.get_model("legal_docs", "LegalDocumentIndexPage").objects.live().first()


class LegalDocumentQuerySet(models.QuerySet):
    def public(self):
        return self.filter(live=True)

    def with_status(self, today=None):
        return self.annotate(status=status_expression(today))

    def for_listing(self):
        return self.select_related("document_type", "issuer", "signer").prefetch_related("fields")


class LegalDocument(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """One document as issued. Not translatable: a legal document exists in the language it was signed in."""

    number = models.CharField(
        _("number and symbol"), max_length=100, help_text=_("Số ký hiệu as printed, e.g. 218/2025/QĐ-UBND.")
    )
    slug = models.SlugField(
        _("address"),
        max_length=PUBLIC_SLUG_MAX_LENGTH + 40,
        unique=True,
        blank=True,
        help_text=_("Made from the number when left empty; it stays the same afterwards."),
    )
    document_type = models.ForeignKey(
        DocumentType, verbose_name=_("document type"), on_delete=models.PROTECT, related_name="documents"
    )
    issuer = models.ForeignKey(
        Issuer, verbose_name=_("issuing authority"), on_delete=models.PROTECT, related_name="documents"
    )
    level = models.CharField(
        _("issuing level"),
        max_length=20,
        choices=IssuingLevel.choices,
        blank=True,
        help_text=_("Taken from the issuing authority when left empty."),
    )
    signer = models.ForeignKey(
        Signer,
        verbose_name=_("signed by"),
        on_delete=models.PROTECT,
        related_name="documents",
        null=True,
        blank=True,
    )
    signer_position = models.CharField(_("position of the signer"), max_length=255, blank=True)
    issued_on = models.DateField(_("date of issue"))
    effective_on = models.DateField(_("in force from"), null=True, blank=True)
    expires_on = models.DateField(_("in force until"), null=True, blank=True)
    summary = models.TextField(_("summary"), help_text=_("Trích yếu: what the document is about."))
    title_en = models.CharField(
        _("English title"),
        max_length=255,
        blank=True,
        help_text=_("Optional: the document's name in English, shown on the English pages of the portal."),
    )
    summary_en = models.TextField(
        _("English summary"),
        blank=True,
        help_text=_("Optional: the summary in English, shown on the English pages of the portal."),
    )
    fields = ParentalManyToManyField(
        LegalField, verbose_name=_("fields"), blank=True, related_name="documents"
    )
    status_override = models.CharField(
        _("validity status (manual)"),
        max_length=30,
        choices=ValidityStatus.choices,
        blank=True,
        help_text=_("Leave empty to compute it from the dates and the related documents."),
    )
    status_since = models.DateField(
        _("manual status since"),
        null=True,
        blank=True,
        help_text=_("The date the manual status applies from (before it, the status is computed)."),
    )
    full_text = RichTextField(_("full text"), blank=True)
    portal_is_recipient = models.BooleanField(
        _("the portal is among the recipients"),
        default=False,
        help_text=_("Nơi nhận lists the ward's e-portal (the document must be published on it)."),
    )
    # Maintained by the application, never edited.
    extracted_text = models.TextField(_("text extracted from the attachments"), blank=True, editable=False)
    search_text = models.TextField(editable=False, blank=True, default="")
    # The folded number ("218 2025 qd ubnd") and title words, as `citations` reduces what people type.
    number_key = models.CharField(max_length=120, editable=False, blank=True, default="", db_index=True)
    summary_key = models.TextField(editable=False, blank=True, default="")
    body_search_text = models.TextField(editable=False, blank=True, default="")
    extracted_from = models.CharField(max_length=255, blank=True, default="", editable=False)
    superseded_on = models.DateField(null=True, blank=True, editable=False)
    amended_on = models.DateField(null=True, blank=True, editable=False)
    # The validity status, valid until `validity_until` (the next date it depends on; empty when no date
    # can change it). Kept by save(), the relations, the import and the daily `refresh_legal_status`;
    # queries fall back to the rules computed from the dates for rows past `validity_until`.
    validity_status = models.CharField(
        max_length=30, choices=ValidityStatus.choices, default=ValidityStatus.IN_FORCE, editable=False
    )
    validity_until = models.DateField(null=True, blank=True, editable=False)
    is_sample_content = models.BooleanField(_("sample data"), default=False, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = LegalDocumentQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("number"), FieldPanel("document_type")]),
                FieldRowPanel([FieldPanel("issuer"), FieldPanel("level")]),
                FieldRowPanel([FieldPanel("signer"), FieldPanel("signer_position")]),
                FieldPanel("summary"),
                FieldPanel("fields"),
            ],
            heading=_("Document"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("issued_on"), FieldPanel("effective_on"), FieldPanel("expires_on")]
                ),
                FieldRowPanel([FieldPanel("status_override"), FieldPanel("status_since")]),
                FieldPanel("portal_is_recipient"),
            ],
            heading=_("Dates and validity"),
        ),
        MultiFieldPanel(
            [FieldPanel("title_en"), FieldPanel("summary_en")],
            heading=_("For readers of the English pages"),
            classname="collapsed",
        ),
        InlinePanel("attachments", heading=_("Attached files"), label=_("File")),
        InlinePanel("relations", heading=_("Related documents"), label=_("Relation")),
        FieldPanel("full_text"),
        FieldPanel("slug"),
    ]

    search_fields = [
        index.SearchField("number", boost=5),
        index.AutocompleteField("number"),
        index.SearchField("summary", boost=2),
        index.SearchField("search_text"),
        index.SearchField("full_text"),
        index.SearchField("extracted_text"),
        index.SearchField("body_search_text"),
        index.FilterField("live"),
        index.FilterField("issued_on"),
        index.FilterField("document_type_id"),
        index.FilterField("issuer_id"),
        index.RelatedFields("document_type", [index.SearchField("name")]),
        index.RelatedFields("issuer", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")
        ordering = ["-issued_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["issuer", "number"], name="legal_docs_unique_number_per_issuer")
        ]
        indexes = [
            models.Index(fields=["live", "-issued_on", "-id"], name="legal_docs_live_issued"),
            models.Index(fields=["document_type", "issued_on"], name="legal_docs_type_issued"),
            models.Index(fields=["issuer", "issued_on"], name="legal_docs_issuer_issued"),
            models.Index(fields=["signer", "issued_on"], name="legal_docs_signer_issued"),
            models.Index(fields=["validity_status", "issued_on"], name="legal_docs_status_issued"),
            models.Index(fields=["validity_until"], name="legal_docs_validity_until"),
        ]

    def __str__(self):
        return f"{self.document_type.name} {self.number}" if self.document_type_id else self.number

    # -- derived values ---------------------------------------------------------------------------

    @property
    def title(self):
        return f"{self} – {self.summary}"

    def clean(self):
        super().clean()
        if self.effective_on and self.issued_on and self.effective_on < self.issued_on:
            raise ValidationError({"effective_on": _("A document cannot take effect before it is issued.")})
        if self.expires_on and self.effective_on and self.expires_on <= self.effective_on:
            raise ValidationError({"expires_on": _("The end of validity must come after its start.")})

    #: Written by the application from the attached files (legal_docs.tasks), never by editors.
    EXTRACTION_FIELDS = ("extracted_text", "extracted_from")

    def with_content_json(self, content):
        """The document as a revision holds it, with the text extracted from its files as it is stored.

        A revision is saved from the object the admin holds, before the extraction of its files' text has
        run; publishing it would write its empty text back, and since the files did not change nothing
        would extract it again. The stored row is read (not `self`, which may be that same object)."""
        document = super().with_content_json(content)
        stored = LegalDocument.objects.filter(pk=self.pk).values(*self.EXTRACTION_FIELDS).first()
        for name, value in (stored or {}).items():
            setattr(document, name, value)
        return document

    def make_slug(self):
        base = slug_from_number(self.number) or "van-ban"
        candidate = base
        taken = LegalDocument.objects.exclude(pk=self.pk).filter(slug=candidate).exists()
        if taken and self.issuer_id:
            candidate = f"{base}-{self.issuer.slug}"[: PUBLIC_SLUG_MAX_LENGTH + 40]
        suffix = 2
        while LegalDocument.objects.exclude(pk=self.pk).filter(slug=candidate).exists():
            candidate = f"{base}-{suffix}"
            suffix += 1
        return candidate

    def fill_derived_fields(self):
        """NFC text, the level and the folded search columns: everything computed from the fields."""
        for name in ("number", "summary", "signer_position", "full_text"):
            setattr(self, name, nfc(getattr(self, name)))
        self.number = self.number.strip()
        if not self.level and self.issuer_id:
            self.level = self.issuer.level
        if self.signer_id and not self.signer_position:
            self.signer_position = self.signer.position
        self.number_key, self.summary_key = number_key(self.number)[:120], title_key(self.summary)
        self.search_text = build_search_text(self)
        self.body_search_text = build_body_search_text(self)
        self.validity_status, self.validity_until = compute_validity(self)

    def save(self, *args, **kwargs):
        self.fill_derived_fields()
        if not self.slug:
            self.slug = self.make_slug()
        super().save(*args, **kwargs)
        if self.pk:
            refresh_relation_dates([self.pk, *self.relations.values_list("target_id", flat=True)])
            self.schedule_text_extraction()

    def schedule_text_extraction(self):
        """When the set of attached files has changed, send `attachments_changed`: `legal_docs.signals`
        then queues the extraction of their text."""
        signature = ",".join(str(pk) for pk in sorted(self.attachments.values_list("file_id", flat=True)))
        if signature == self.extracted_from:
            return
        self.extracted_from = signature
        LegalDocument.objects.filter(pk=self.pk).update(extracted_from=signature)
        attachments_changed.send(sender=LegalDocument, document_id=self.pk)

    @property
    def status(self):
        """The status today, when the object was not loaded with `with_status()`."""
        return self.__dict__.get("status") or compute_status(self)

    @status.setter
    def status(self, value):
        self.__dict__["status"] = value

    def get_status_display(self):
        return ValidityStatus(self.status).label

    @cached_property
    def index_page(self):
        return live_index_page()

    @staticmethod
    def with_index_page(documents, index_page):
        """`documents`, each told the legal documents section the caller already has: their URLs then
        cost no query (`get_url` reads `index_page`). Returns the documents."""
        for document in documents:
            document.__dict__["index_page"] = index_page  # what the cached property would have stored
        return documents

    def get_url(self, request=None):
        index_page = self.index_page
        if index_page is None:
            return None
        return f"{index_page.url}{self.slug}/"  # the route "document" of the index page

    def get_full_url(self, request=None):
        index_page = self.index_page
        if index_page is None:
            return None
        return f"{index_page.full_url}{self.slug}/"

    url = property(get_url)

    def citation(self):
        """How to cite the document: type, number, date of issue, issuing authority, summary."""
        return gettext("%(type)s No. %(number)s of %(date)s of %(issuer)s on %(summary)s") % {
            "type": self.document_type.name,
            "number": self.number,
            "date": self.issued_on.strftime("%d/%m/%Y"),
            "issuer": self.issuer.name,
            "summary": self.summary[:1].lower() + self.summary[1:] if self.summary else "",
        }

    def pdf_attachment(self):
        for attachment in self.attachments.all():
            if attachment.file.file_extension.lower() == "pdf":
                return attachment
        return None

    def outgoing(self):
        """(relation, other document) pairs this document declares, published targets only."""
        return [rel for rel in self.relations.all() if rel.target.live]

    def incoming(self):
        """Relations other published documents declare towards this one."""
        return [rel for rel in self.incoming_relations.all() if rel.source.live]

    # -- preview and admin -------------------------------------------------------------------------

    def get_preview_template(self, request, mode_name):
        return "legal_docs/legal_document_detail.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context.update({"document": self, "page": self.index_page, "preview": True})
        return context

    def get_admin_display_title(self):
        return str(self)


# -- the stored validity status ---------------------------------------------------------------------


STORED_DATES = ("superseded_on", "amended_on", "validity_status", "validity_until")
stored_dates = attrgetter(*STORED_DATES)


def earliest_effective_by_target(relations, kinds):
    effective = Coalesce("source__effective_on", "source__issued_on")
    rows = relations.filter(kind__in=kinds).values("target_id").annotate(on=Min(effective))
    return dict(rows.values_list("target_id", "on"))


def refresh_relation_dates(document_ids):
    """Recompute `superseded_on` and `amended_on` of the given documents from the published relations
    pointing at them (the date the later document takes effect)."""
    ids = {pk for pk in document_ids if pk}
    if not ids:
        return
    relations = LegalDocumentRelation.objects.filter(target_id__in=ids, source__live=True)
    ending = earliest_effective_by_target(relations, ENDING_KINDS)
    amending = earliest_effective_by_target(relations, AMENDING_KINDS)
    changed = []
    fields = ["status_override", "status_since", "effective_on", "expires_on", "superseded_on", "amended_on"]
    for document in LegalDocument.objects.filter(pk__in=ids).only(
        *fields, "validity_status", "validity_until"
    ):
        before = stored_dates(document)
        document.superseded_on, document.amended_on = ending.get(document.pk), amending.get(document.pk)
        document.validity_status, document.validity_until = compute_validity(document)
        if stored_dates(document) != before:
            changed.append(document)
    LegalDocument.objects.bulk_update(changed, STORED_DATES, batch_size=1000)


def refresh_validity(queryset=None, today=None):
    """Store the status of the documents whose stored status is out of date (all when `queryset` is None):
    the daily refresh (`manage.py refresh_legal_status`). Returns the number of documents changed."""
    today = today or timezone.localdate()
    if queryset is None:
        queryset = LegalDocument.objects.filter(validity_until__lte=today)
    fields = ["status_override", "status_since", "effective_on", "expires_on", "superseded_on", "amended_on"]
    changed = []
    for document in queryset.only(*fields, "validity_status", "validity_until").iterator(chunk_size=2000):
        new = compute_validity(document, today)
        if new != (document.validity_status, document.validity_until):
            document.validity_status, document.validity_until = new
            changed.append(document)
    LegalDocument.objects.bulk_update(changed, ["validity_status", "validity_until"], batch_size=1000)
    if changed:
        invalidate_facets()
    return len(changed)
