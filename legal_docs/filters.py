"""The list's query parameters, a public contract (bookmarks, links from other portals).

q, loai, co_quan, linh_vuc, nguoi_ky, nam, tinh_trang, tu_ngay, den_ngay, trang. Taxonomy values are
slugs and may repeat (?loai=quyet-dinh&loai=ke-hoach). A value that is unknown or malformed is dropped
and reported in `notices`: the page never fails because of its address.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext as _

from search.text import fold

from .models import DocumentType, Issuer, LegalDocument, LegalField, Signer, ValidityStatus, status_expression

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
# parameter → (model, lookup on LegalDocument, label)
TAXONOMY_PARAMS = {
    "loai": (DocumentType, "document_type__slug"),
    "co_quan": (Issuer, "issuer__slug"),
    "linh_vuc": (LegalField, "fields__slug"),
    "nguoi_ky": (Signer, "signer__slug"),
}
FACETS = ("loai", "co_quan", "linh_vuc", "nguoi_ky", "nam", "tinh_trang")
PARAMS = ("q", *FACETS, "tu_ngay", "den_ngay")


def parse_date(value):
    """dd/mm/yyyy (as people write it) or yyyy-mm-dd (as <input type=date> sends it)."""
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
    return None


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False


@dataclass
class DocumentFilter:
    """What a request asks for, after validation."""

    q: str = ""
    selected: dict = field(default_factory=dict)  # param → list of values
    tu_ngay: datetime.date | None = None
    den_ngay: datetime.date | None = None
    notices: list = field(default_factory=list)
    taxonomies: dict = field(default_factory=dict)  # param → {slug: instance}

    @classmethod
    def from_querydict(cls, data, load_taxonomies=True):
        self = cls()
        if load_taxonomies:
            for param, (model, _lookup) in TAXONOMY_PARAMS.items():
                self.taxonomies[param] = {item.slug: item for item in model.objects.all()}
        query = " ".join(data.get("q", "").split())
        if len(query) > MAX_QUERY_LENGTH:
            self.notices.append(_("The search text was too long and has been shortened."))
            query = query[:MAX_QUERY_LENGTH]
        self.q = query
        for param in TAXONOMY_PARAMS:
            values = [value.strip() for value in data.getlist(param) if value.strip()]
            known = [value for value in dict.fromkeys(values) if value in self.taxonomies.get(param, {})]
            self._report_unknown(param, values, known)
            if known:
                self.selected[param] = known
        years = [value.strip() for value in data.getlist("nam") if value.strip()]
        valid_years = [
            value for value in dict.fromkeys(years) if value.isdigit() and 1945 <= int(value) <= 2100
        ]
        self._report_unknown("nam", years, valid_years)
        if valid_years:
            self.selected["nam"] = valid_years
        statuses = [value.strip() for value in data.getlist("tinh_trang") if value.strip()]
        valid_statuses = [value for value in dict.fromkeys(statuses) if value in ValidityStatus.values]
        self._report_unknown("tinh_trang", statuses, valid_statuses)
        if valid_statuses:
            self.selected["tinh_trang"] = valid_statuses
        for param in ("tu_ngay", "den_ngay"):
            raw = data.get(param, "").strip()
            if raw:
                parsed = parse_date(raw)
                if parsed is None:
                    self.notices.append(
                        _("“%(value)s” is not a date (use dd/mm/yyyy); that condition was ignored.")
                        % {"value": raw[:40]}
                    )
                setattr(self, param, parsed)
        if self.tu_ngay and self.den_ngay and self.tu_ngay > self.den_ngay:
            self.notices.append(_("The start date came after the end date; the two were swapped."))
            self.tu_ngay, self.den_ngay = self.den_ngay, self.tu_ngay
        return self

    def _report_unknown(self, param, values, known):
        for value in values:
            if value not in known:
                self.notices.append(
                    _("The filter value “%(value)s” is not known and was ignored.") % {"value": value[:40]}
                )

    @property
    def is_active(self):
        return bool(self.q or self.selected or self.tu_ngay or self.den_ngay)

    @property
    def terms(self):
        return fold(self.q).split()[:MAX_TERMS]

    # -- querysets ---------------------------------------------------------------------------------

    def conditions(self, exclude=None):
        """The Q objects of every active condition except the facet `exclude` (for its counts)."""
        conditions = []
        terms = self.terms
        if terms:
            # Every word at the start of a word of the metadata, or the whole phrase in the text.
            metadata = Q()
            for term in terms:
                metadata &= Q(search_text__contains=" " + term)
            conditions.append(metadata | Q(body_search_text__contains=" " + " ".join(terms)))
        for param, (_model, lookup) in TAXONOMY_PARAMS.items():
            if param != exclude and param in self.selected:
                if param == "linh_vuc":
                    # Any of the fields; a subquery keeps one row per document.
                    ids = LegalDocument.objects.filter(fields__slug__in=self.selected[param]).values("pk")
                    conditions.append(Q(pk__in=ids))
                else:
                    conditions.append(Q(**{f"{lookup}__in": self.selected[param]}))
        if exclude != "nam" and "nam" in self.selected:
            conditions.append(Q(issued_on__year__in=[int(year) for year in self.selected["nam"]]))
        if self.tu_ngay:
            conditions.append(Q(issued_on__gte=self.tu_ngay))
        if self.den_ngay:
            conditions.append(Q(issued_on__lte=self.den_ngay))
        return conditions

    def apply(self, queryset, exclude=None):
        queryset = queryset.filter(*self.conditions(exclude))
        if exclude != "tinh_trang" and "tinh_trang" in self.selected:
            queryset = queryset.alias(status_now=status_expression()).filter(
                status_now__in=self.selected["tinh_trang"]
            )
        return queryset

    def facets(self, base):
        """Each facet's options with the number of documents each would give, the other filters applied."""
        result = {}
        for param, (_model, lookup) in TAXONOMY_PARAMS.items():
            rows = self.apply(base, exclude=param).values(lookup).annotate(n=Count("pk", distinct=True))
            counts = {row[lookup]: row["n"] for row in rows if row[lookup]}
            chosen = self.selected.get(param, [])
            result[param] = [
                Option(slug, item.name, counts.get(slug, 0), slug in chosen)
                for slug, item in self.taxonomies[param].items()
                if counts.get(slug) or slug in chosen
            ]
        rows = (
            self.apply(base, exclude="nam")
            .annotate(year=ExtractYear("issued_on"))
            .values("year")
            .annotate(n=Count("pk"))
            .order_by("-year")
        )
        chosen = self.selected.get("nam", [])
        years = {str(row["year"]): row["n"] for row in rows}
        for year in chosen:
            years.setdefault(year, 0)
        result["nam"] = [
            Option(year, year, count, year in chosen)
            for year, count in sorted(years.items(), key=lambda item: item[0], reverse=True)
        ]
        rows = (
            self.apply(base, exclude="tinh_trang")
            .annotate(status_now=status_expression())
            .values("status_now")
            .annotate(n=Count("pk"))
            .order_by()
        )
        counts = {row["status_now"]: row["n"] for row in rows}
        chosen = self.selected.get("tinh_trang", [])
        result["tinh_trang"] = [
            Option(value, label, counts.get(value, 0), value in chosen)
            for value, label in ValidityStatus.choices
        ]
        return result

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
