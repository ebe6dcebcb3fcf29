"""Legal documents (văn bản) as structured records, in the shape of cfgov's regulations3k.

A `LegalDocument` is a Django model, not a page: it carries Wagtail's draft, revision, locking, workflow and
preview mixins, so it passes the same review workflow as pages ("Quy trình duyệt tin bài") and is
published only by that workflow's final approval (see `legal_docs.wagtail_hooks`). The public reads the
records through `LegalDocumentIndexPage`, a routable page at /van-ban/ (`legal_docs.views`).

Validity status (tình trạng hiệu lực) follows from the dates and from two dates kept on each record,
`superseded_on` (replaced or repealed by a published document taking effect then) and `amended_on` (amended
or partly repealed), which `refresh_relation_dates()` maintains whenever a document and its relations are
saved. It depends on today's date, so it is stored with the date it may next change (`validity_status`,
`validity_until`, refreshed daily by `refresh_legal_status`), and `status_expression()` /
`status_condition()` use the stored value where it is current and the rules in SQL where it is not.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, Min, Q, Value, When
from django.db.models.lookups import In
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from core.models import BasePage
from core.text import fold, nfc, slugify_vi

PUBLIC_SLUG_MAX_LENGTH = 120


def slug_from_number(number):
    """'218/2025/QĐ-UBND' → '218-2025-qd-ubnd': the stable address of a document."""
    return slugify_vi(number, PUBLIC_SLUG_MAX_LENGTH)


# -- taxonomies (editable snippets) -------------------------------------------------------------------


class Taxonomy(models.Model):
    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        allow_unicode=False,
        help_text=_(
            "Used in addresses and filters (e.g. ?loai=quyet-dinh). Do not change it once published."
        ),
    )
    sort_order = models.PositiveIntegerField(_("sort order"), default=100)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class DocumentType(Taxonomy):
    """Luật, Nghị định, Thông tư, Quyết định, …"""

    class Meta(Taxonomy.Meta):
        verbose_name = _("document type")
        verbose_name_plural = _("document types")


class IssuingLevel(models.TextChoices):
    CENTRAL = "trung-uong", _("Central")
    CITY = "thanh-pho", _("City")
    WARD = "phuong", _("Ward")


class Issuer(Taxonomy):
    """Cơ quan ban hành: Quốc hội, Chính phủ, UBND thành phố Hải Phòng, UBND phường Dương Kinh, …"""

    level = models.CharField(_("issuing level"), max_length=20, choices=IssuingLevel.choices)

    panels = Taxonomy.panels + [FieldPanel("level")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("issuing authority")
        verbose_name_plural = _("issuing authorities")


class LegalField(Taxonomy):
    """Lĩnh vực: hành chính, đất đai, công nghệ thông tin, …"""

    class Meta(Taxonomy.Meta):
        verbose_name = _("field")
        verbose_name_plural = _("fields")


class Signer(Taxonomy):
    """Người ký, with the position they usually sign in (the document keeps its own copy)."""

    position = models.CharField(_("position"), max_length=255, blank=True)

    panels = Taxonomy.panels + [FieldPanel("position")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("signer")
        verbose_name_plural = _("signers")


# -- the document ------------------------------------------------------------------------------------


class ValidityStatus(models.TextChoices):
    NOT_YET = "chua-co-hieu-luc", _("Not yet in force")
    IN_FORCE = "con-hieu-luc", _("In force")
    PARTLY = "het-hieu-luc-mot-phan", _("Partly out of force")
    EXPIRED = "het-hieu-luc", _("No longer in force")


class LegalDocumentQuerySet(models.QuerySet):
    def public(self):
        return self.filter(live=True)

    def with_status(self, today=None):
        return self.annotate(status=status_expression(today))

    def for_listing(self):
        return self.select_related("document_type", "issuer", "signer").prefetch_related("fields")


# PostgreSQL: the words of the folded `search_text` as a tsvector, one lexeme per word, taken verbatim (no
# parser, no dictionary). Migration 0004 indexes this very expression (GIN); `WordsStartWith` matches it.
SEARCH_WORDS_SQL = "array_to_tsvector(string_to_array(btrim({column}), ' '))"


def tsquery_prefixes(terms):
    """A tsquery string in which every term must start a word: 'quyet':* & 'dinh':* (quoted, verbatim)."""
    quoted = ("'" + term.replace("\\", "\\\\").replace("'", "''") + "':*" for term in terms)
    return " & ".join(quoted)


class WordsStartWith(models.Expression):
    """True when every term starts a word of a folded column such as `search_text` (" word word …").

    On PostgreSQL a prefix tsquery against the indexed words vector (index-friendly); elsewhere one
    `LIKE '% term%'` per term, which means the same because the column is single-spaced and starts with
    a space."""

    conditional = True
    output_field = models.BooleanField()

    def __init__(self, column, terms):
        super().__init__(output_field=models.BooleanField())
        self.column = column if hasattr(column, "resolve_expression") else F(column)
        self.terms = list(terms)

    def get_source_expressions(self):
        return [self.column]

    def set_source_expressions(self, exprs):
        (self.column,) = exprs

    def as_sql(self, compiler, connection):
        column_sql, params = compiler.compile(self.column)
        if connection.vendor == "postgresql":
            sql = SEARCH_WORDS_SQL.format(column=column_sql) + " @@ %s::tsquery"
            return sql, [*params, tsquery_prefixes(self.terms)]
        parts, all_params = [], []
        for term in self.terms:
            pattern = "% " + connection.ops.prep_for_like_query(term) + "%"
            parts.append(f"{column_sql} LIKE %s ESCAPE '\\'")
            all_params += [*params, pattern]
        return "(" + " AND ".join(parts or ["1=1"]) + ")", all_params


def computed_status_expression(today):
    """The status rules in SQL, from the dates (see `compute_status`)."""
    return Case(
        When(~Q(status_override=""), then=F("status_override")),
        When(effective_on__gt=today, then=Value(ValidityStatus.NOT_YET.value)),
        When(
            Q(expires_on__lte=today) | Q(superseded_on__lte=today),
            then=Value(ValidityStatus.EXPIRED.value),
        ),
        When(amended_on__lte=today, then=Value(ValidityStatus.PARTLY.value)),
        default=Value(ValidityStatus.IN_FORCE.value),
        output_field=models.CharField(),
    )


def stored_status_is_current(today):
    """The stored `validity_status` is still right: none of the dates it depends on has come since."""
    return Q(validity_until__isnull=True) | Q(validity_until__gt=today)


def status_expression(today=None):
    """Tình trạng hiệu lực as an SQL expression, for filtering, counting and display: the stored status,
    or the rules computed from the dates for the rare rows whose stored status is out of date (a date it
    depends on has come and the daily refresh has not run yet)."""
    today = today or timezone.localdate()
    return Case(
        When(stored_status_is_current(today), then=F("validity_status")),
        default=computed_status_expression(today),
        output_field=models.CharField(),
    )


def status_condition(values, today=None):
    """Documents whose status today is one of `values`, in a form PostgreSQL can plan with its statistics
    and indexes (the stored column), exact even for rows not refreshed yet."""
    today = today or timezone.localdate()
    return (stored_status_is_current(today) & Q(validity_status__in=values)) | (
        Q(validity_until__lte=today) & Q(In(computed_status_expression(today), list(values)))
    )


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
    full_text = RichTextField(_("full text"), blank=True)
    portal_is_recipient = models.BooleanField(
        _("the portal is among the recipients"),
        default=False,
        help_text=_("Nơi nhận lists the ward's e-portal (the document must be published on it)."),
    )
    # Maintained by the application, never edited.
    extracted_text = models.TextField(_("text extracted from the attachments"), blank=True, editable=False)
    search_text = models.TextField(editable=False, blank=True, default="")
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
                FieldPanel("status_override"),
                FieldPanel("portal_is_recipient"),
            ],
            heading=_("Dates and validity"),
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
        """Queue the extraction of the attachments' text when the set of attached files has changed."""
        signature = ",".join(str(pk) for pk in sorted(self.attachments.values_list("file_id", flat=True)))
        if signature == self.extracted_from:
            return
        self.extracted_from = signature
        LegalDocument.objects.filter(pk=self.pk).update(extracted_from=signature)
        from .tasks import extract_attachment_text

        extract_attachment_text.enqueue(self.pk)

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
        return LegalDocumentIndexPage.objects.live().first()

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
        from django.utils.translation import gettext

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


def strip_tags(html):
    from django.utils.html import strip_tags as django_strip_tags

    return django_strip_tags(html or "")


def build_body_search_text(document):
    """The folded full text and attachment text, one space between words: the search box matches a phrase."""
    return " " + " ".join(fold(f"{strip_tags(document.full_text)}\n{document.extracted_text}").split())


def build_search_text(document):
    """The folded text the list's search box matches: type, number, summary, issuer and signer."""
    parts = [
        document.document_type.name if document.document_type_id else "",
        document.number,
        document.number.replace("/", " ").replace("-", " "),
        document.summary,
        document.issuer.name if document.issuer_id else "",
        document.signer.name if document.signer_id else "",
    ]
    # A leading space: the search box matches the start of words (" term").
    return " " + " ".join(fold(" ".join(parts)).split())


def compute_status(document, today=None):
    """The same rules as `status_expression`, in Python."""
    today = today or timezone.localdate()
    if document.status_override:
        return document.status_override
    if document.effective_on and document.effective_on > today:
        return ValidityStatus.NOT_YET.value
    if (document.expires_on and document.expires_on <= today) or (
        document.superseded_on and document.superseded_on <= today
    ):
        return ValidityStatus.EXPIRED.value
    if document.amended_on and document.amended_on <= today:
        return ValidityStatus.PARTLY.value
    return ValidityStatus.IN_FORCE.value


def compute_validity(document, today=None):
    """(status today, the date from which it may change or None): the stored pair."""
    today = today or timezone.localdate()
    status = compute_status(document, today)
    if document.status_override:
        return status, None
    coming = [
        day
        for day in (document.effective_on, document.expires_on, document.superseded_on, document.amended_on)
        if day and day > today
    ]
    return status, min(coming, default=None)


def refresh_validity(queryset=None, today=None):
    """Store the status of the documents whose stored status is out of date (all when `queryset` is None):
    the daily refresh (`manage.py refresh_legal_status`). Returns the number of documents changed."""
    today = today or timezone.localdate()
    if queryset is None:
        queryset = LegalDocument.objects.filter(validity_until__lte=today)
    fields = ["status_override", "effective_on", "expires_on", "superseded_on", "amended_on"]
    changed = []
    for document in queryset.only(*fields, "validity_status", "validity_until").iterator(chunk_size=2000):
        new = compute_validity(document, today)
        if new != (document.validity_status, document.validity_until):
            document.validity_status, document.validity_until = new
            changed.append(document)
    LegalDocument.objects.bulk_update(changed, ["validity_status", "validity_until"], batch_size=1000)
    if changed:
        from .facet_cache import invalidate

        invalidate()
    return len(changed)


class RelationKind(models.TextChoices):
    BASIS = "can-cu", _("Based on")
    AMENDS = "sua-doi", _("Amends or supplements")
    REPLACES = "thay-the", _("Replaces")
    REPEALS = "bai-bo", _("Repeals")
    PARTLY_REPEALS = "bai-bo-mot-phan", _("Partly repeals")
    GUIDES = "huong-dan", _("Guides the implementation of")


# What the other side of a relation reads ("is replaced by", …).
INVERSE_LABELS = {
    RelationKind.BASIS: _("Serves as basis for"),
    RelationKind.AMENDS: _("Amended or supplemented by"),
    RelationKind.REPLACES: _("Replaced by"),
    RelationKind.REPEALS: _("Repealed by"),
    RelationKind.PARTLY_REPEALS: _("Partly repealed by"),
    RelationKind.GUIDES: _("Implementation guided by"),
}
ENDING_KINDS = {RelationKind.REPLACES, RelationKind.REPEALS}
AMENDING_KINDS = {RelationKind.AMENDS, RelationKind.PARTLY_REPEALS}


def refresh_relation_dates(document_ids):
    """Recompute `superseded_on` and `amended_on` of the given documents from the published relations
    pointing at them (the date the later document takes effect)."""
    ids = {pk for pk in document_ids if pk}
    if not ids:
        return
    relations = LegalDocumentRelation.objects.filter(target_id__in=ids, source__live=True)
    effective = models.functions.Coalesce("source__effective_on", "source__issued_on")
    ending = dict(
        relations.filter(kind__in=ENDING_KINDS)
        .values("target_id")
        .annotate(on=Min(effective))
        .values_list("target_id", "on")
    )
    amending = dict(
        relations.filter(kind__in=AMENDING_KINDS)
        .values("target_id")
        .annotate(on=Min(effective))
        .values_list("target_id", "on")
    )
    changed = []
    fields = ["status_override", "effective_on", "expires_on", "superseded_on", "amended_on"]
    for document in LegalDocument.objects.filter(pk__in=ids).only(
        *fields, "validity_status", "validity_until"
    ):
        before = (
            document.superseded_on,
            document.amended_on,
            document.validity_status,
            document.validity_until,
        )
        document.superseded_on, document.amended_on = ending.get(document.pk), amending.get(document.pk)
        document.validity_status, document.validity_until = compute_validity(document)
        if (
            document.superseded_on,
            document.amended_on,
            document.validity_status,
            document.validity_until,
        ) != before:
            changed.append(document)
    LegalDocument.objects.bulk_update(
        changed, ["superseded_on", "amended_on", "validity_status", "validity_until"], batch_size=1000
    )


class LegalDocumentAttachment(Orderable):
    class Kind(models.TextChoices):
        MAIN = "van-ban", _("Text of the document")
        SIGNED = "ban-ky-so", _("Digitally signed copy")
        ANNEX = "phu-luc", _("Annex")
        OTHER = "khac", _("Other")

    legal_document = ParentalKey(LegalDocument, on_delete=models.CASCADE, related_name="attachments")
    file = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("file"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("title"), max_length=255, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.MAIN)

    panels = [FieldPanel("file"), FieldRowPanel([FieldPanel("title"), FieldPanel("kind")])]

    class Meta(Orderable.Meta):
        verbose_name = _("attached file")
        verbose_name_plural = _("attached files")

    def __str__(self):
        return self.title or self.file.title

    @property
    def display_title(self):
        return self.title or self.file.title


class LegalDocumentRelation(Orderable):
    source = ParentalKey(LegalDocument, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(_("relation"), max_length=20, choices=RelationKind.choices)
    target = models.ForeignKey(
        LegalDocument,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="incoming_relations",
    )
    note = models.CharField(_("note"), max_length=255, blank=True, help_text=_("e.g. Articles 3 to 5"))

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("target")]), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("related document")
        verbose_name_plural = _("related documents")

    def __str__(self):
        return f"{self.get_kind_display()} {self.target_id}"

    @property
    def inverse_label(self):
        return INVERSE_LABELS[RelationKind(self.kind)]


# -- the public section ---------------------------------------------------------------------------


class LegalDocumentIndexPage(RoutablePageMixin, BasePage):
    """/van-ban/: the faceted list, the documents, the feed and the open-data exports."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("legal documents section")
        verbose_name_plural = _("legal documents sections")

    @path("")
    def document_list(self, request):
        from .views import document_list

        return document_list(request, self)

    @path("rss/")
    def feed(self, request):
        from .feeds import LatestDocumentsFeed  # the feed module imports this one

        return LatestDocumentsFeed(self)(request)

    @path("<slug:slug>/", name="document")
    def document_detail(self, request, slug):
        from .views import document_detail

        return document_detail(request, self, slug)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if base is None:
            return urls
        for slug, updated in LegalDocument.objects.public().values_list("slug", "updated_at").iterator():
            urls.append({"location": f"{base}{slug}/", "lastmod": updated})
        return urls
