"""The list's query parameters, a public contract (bookmarks, links from other portals).

q, loai, co_quan, linh_vuc, nguoi_ky, nam, tinh_trang, tu_ngay, den_ngay, sap_xep, trang. Taxonomy values
are slugs and may repeat (?loai=quyet-dinh&loai=ke-hoach). A value that is unknown or malformed is dropped
and reported in `notices`: the page never fails because of its address. With a text, the list is ordered
by relevance (`legal_docs.ranking`) unless `sap_xep=moi-nhat` asks for the newest first.

The parameters are parsed by a django-filter FilterSet (`PublicDocumentFilterSet`) whose fields never fail
(`legal_docs.forms`); its taxonomy choices come from the four taxonomies, read in one query. What it gives is
a `DocumentFilter`: the conditions (by ids and date ranges, so that PostgreSQL combines its indexes), the
facet counts (`legal_docs.facet_counts`) and the "remove" links of the active filters.
"""

import datetime
from dataclasses import dataclass, field

import django_filters
from django.db.models import CharField, F, Q, Value
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from .facet_counts import FACETS, Option, count_facets
from .forms import ChoicesField, DateField, PublicFilterForm, SearchTextField
from .models.documents import LegalDocument
from .models.taxonomies import DocumentType, Issuer, LegalField, Signer
from .models.validity import ValidityStatus, status_condition
from .ranking import Citation

__all__ = ["PARAMS", "DocumentFilter", "Option", "PublicDocumentFilterSet", "load_taxonomies_at_once"]

SORT_NEWEST = "moi-nhat"
SORT_RELEVANCE = "lien-quan"
# parameter → (model, lookup on LegalDocument)
TAXONOMY_PARAMS = {
    "loai": (DocumentType, "document_type__slug"),
    "co_quan": (Issuer, "issuer__slug"),
    "linh_vuc": (LegalField, "fields__slug"),
    "nguoi_ky": (Signer, "signer__slug"),
}
FACET_COLUMNS = {"loai": "document_type_id", "co_quan": "issuer_id", "nguoi_ky": "signer_id"}
PARAMS = ("q", *FACETS, "tu_ngay", "den_ngay", "sap_xep")
YEAR_CHOICES = [(str(year), str(year)) for year in range(1945, 2101)]


def load_taxonomies_at_once():
    """{param: {slug: item}} for the four taxonomies, in their order, in one query (a UNION ALL)."""
    extra = {"loai": "code", "co_quan": "level", "nguoi_ky": "position"}
    parts = []
    for param, (model, _lookup) in TAXONOMY_PARAMS.items():
        parts.append(
            model.objects.annotate(
                facet=Value(param, output_field=CharField()),
                extra=F(extra[param]) if param in extra else Value("", output_field=CharField()),
            )
            .values_list("facet", "pk", "name", "slug", "sort_order", "extra")
            .order_by()
        )
    rows = parts[0].union(*parts[1:], all=True).order_by("facet", "sort_order", "name")
    taxonomies = {param: {} for param in TAXONOMY_PARAMS}
    for param, pk, name, slug, sort_order, value in rows:
        model = TAXONOMY_PARAMS[param][0]
        item = model(pk=pk, name=name, slug=slug, sort_order=sort_order)
        if param in extra:
            setattr(item, extra[param], value)
        item._state.adding = False
        taxonomies[param][slug] = item
    return taxonomies


class SearchTextFilter(django_filters.CharFilter):
    field_class = SearchTextField


class ValuesFilter(django_filters.MultipleChoiceFilter):
    field_class = ChoicesField


class ForgivingDateFilter(django_filters.DateFilter):
    field_class = DateField


class PublicDocumentFilterSet(django_filters.FilterSet):
    """The public parameters, validated. `criteria` is what they ask for; `qs` the documents they give."""

    q = SearchTextFilter()
    loai = ValuesFilter()  # the taxonomies' choices are given per request (see __init__)
    co_quan = ValuesFilter()
    linh_vuc = ValuesFilter()
    nguoi_ky = ValuesFilter()
    nam = ValuesFilter(choices=YEAR_CHOICES)
    tinh_trang = ValuesFilter(choices=ValidityStatus.choices)
    tu_ngay = ForgivingDateFilter()
    den_ngay = ForgivingDateFilter()
    sap_xep = ValuesFilter(choices=[(SORT_RELEVANCE, SORT_RELEVANCE), (SORT_NEWEST, SORT_NEWEST)])

    class Meta:
        model = LegalDocument
        fields = []
        form = PublicFilterForm

    def __init__(self, data=None, queryset=None, *, taxonomies, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.taxonomies = taxonomies
        for param in TAXONOMY_PARAMS:
            items = taxonomies.get(param, {})
            self.filters[param].extra["choices"] = [(slug, item.name) for slug, item in items.items()]

    @cached_property
    def criteria(self):
        self.form.is_valid()  # always valid: the fields drop what they cannot use (see legal_docs.forms)
        values = self.form.cleaned_data
        return DocumentFilter(
            q=values["q"],
            selected={param: values[param] for param in FACETS if values[param]},
            tu_ngay=values["tu_ngay"],
            den_ngay=values["den_ngay"],
            sort=(values["sap_xep"] or [""])[0],
            notices=list(self.form.notices),
            taxonomies=self.taxonomies,
        )

    def filter_queryset(self, queryset):
        return self.criteria.apply(queryset)


@dataclass
class DocumentFilter:
    """What a request asks for, after validation."""

    q: str = ""
    selected: dict = field(default_factory=dict)  # param → list of values
    tu_ngay: datetime.date | None = None
    den_ngay: datetime.date | None = None
    sort: str = ""  # SORT_NEWEST, or relevance when there is a text
    notices: list = field(default_factory=list)
    taxonomies: dict = field(default_factory=dict)  # param → {slug: instance}

    @classmethod
    def from_querydict(cls, data, load_taxonomies=True):
        taxonomies = (
            load_taxonomies_at_once() if load_taxonomies else {param: {} for param in TAXONOMY_PARAMS}
        )
        return PublicDocumentFilterSet(data, taxonomies=taxonomies).criteria

    @property
    def is_active(self):
        return bool(self.q or self.selected or self.tu_ngay or self.den_ngay)

    @cached_property
    def citation(self):
        return Citation.read(self.q, self.taxonomies.get("loai", {}).values())

    @property
    def terms(self):
        return self.citation.terms

    @property
    def by_relevance(self):
        """Ordered by relevance: there is a text, and the newest first was not asked for."""
        return bool(self.terms) and self.sort != SORT_NEWEST

    def rank(self):
        return self.citation.rank()

    def ordered(self, queryset):
        """`queryset` in the list's order: by relevance, then newest first."""
        if self.by_relevance:
            return queryset.annotate(rank=self.rank()).order_by("-rank", "-issued_on", "-pk")
        return queryset.order_by("-issued_on", "-pk")

    # -- querysets ---------------------------------------------------------------------------------

    def _ids(self, param):
        return [self.taxonomies[param][slug].pk for slug in self.selected.get(param, [])]

    def text_condition(self):
        """Every word at the start of a word of the metadata, the number cited, or the whole phrase in the
        full text (`ranking.Citation.condition`)."""
        return self.citation.condition()

    def common_conditions(self):
        """The conditions that are not facets: the text and the date range (they apply to every count)."""
        conditions = [condition for condition in [self.text_condition()] if condition is not None]
        if self.tu_ngay:
            conditions.append(Q(issued_on__gte=self.tu_ngay))
        if self.den_ngay:
            conditions.append(Q(issued_on__lte=self.den_ngay))
        return conditions

    def facet_conditions(self):
        """{facet: Q} for each facet with selected values ("any of" them), by id and by date range so
        that PostgreSQL can combine the indexes."""
        conditions = {}
        for param in ("loai", "co_quan", "nguoi_ky"):
            if param in self.selected:
                conditions[param] = Q(**{f"{FACET_COLUMNS[param]}__in": self._ids(param)})
        if "linh_vuc" in self.selected:
            # `id IN (SELECT …)`: PostgreSQL hashes the documents of those fields once (a hashed subplan),
            # where EXISTS would probe the fields table for every candidate row.
            with_fields = LegalDocument.fields.through.objects.filter(legalfield_id__in=self._ids("linh_vuc"))
            conditions["linh_vuc"] = Q(pk__in=with_fields.values("legaldocument_id"))
        if "nam" in self.selected:
            years = Q()
            for year in sorted(int(value) for value in self.selected["nam"]):
                years |= Q(
                    issued_on__gte=datetime.date(year, 1, 1), issued_on__lt=datetime.date(year + 1, 1, 1)
                )
            conditions["nam"] = years
        if "tinh_trang" in self.selected:
            conditions["tinh_trang"] = status_condition(self.selected["tinh_trang"])
        return conditions

    def apply(self, queryset, exclude=None):
        conditions = self.common_conditions()
        conditions += [q for param, q in self.facet_conditions().items() if param != exclude]
        return queryset.filter(*conditions)

    def facets(self, base, page=None):
        """Each facet's options with their counts, the number of matches and the page's ids: one query
        (see `legal_docs.facet_counts`)."""
        return count_facets(self, base, page)

    def active_filters(self, querydict):
        """(label, query string without that value) for each active condition: the "remove" links."""
        chips = []

        def without(param, value=None):
            kept = querydict.copy()
            kept.pop("trang", None)
            kept.pop("format", None)
            if value is None:
                kept.pop(param, None)
            else:
                kept.setlist(param, [item for item in kept.getlist(param) if item.strip() != value])
            return kept.urlencode()

        if self.q:
            chips.append((_("Text: %(value)s") % {"value": self.q}, without("q")))
        for param in FACETS:
            for value in self.selected.get(param, []):
                if param in TAXONOMY_PARAMS:
                    label = self.taxonomies[param][value].name
                elif param == "tinh_trang":
                    label = ValidityStatus(value).label
                else:
                    label = _("Year %(year)s") % {"year": value}
                chips.append((label, without(param, value)))
        if self.tu_ngay:
            label = _("From %(date)s") % {"date": self.tu_ngay.strftime("%d/%m/%Y")}
            chips.append((label, without("tu_ngay")))
        if self.den_ngay:
            label = _("Until %(date)s") % {"date": self.den_ngay.strftime("%d/%m/%Y")}
            chips.append((label, without("den_ngay")))
        return chips
