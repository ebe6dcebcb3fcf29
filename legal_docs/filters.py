"""The list's query parameters, a public contract (bookmarks, links from other portals).

q, loai, co_quan, linh_vuc, nguoi_ky, nam, tinh_trang, tu_ngay, den_ngay, trang. Taxonomy values are
slugs and may repeat (?loai=quyet-dinh&loai=ke-hoach). A value that is unknown or malformed is dropped
and reported in `notices`: the page never fails because of its address.
"""

import datetime
from dataclasses import dataclass, field

from django.db import connections
from django.db.models import Case, CharField, F, IntegerField, Q, Value, When
from django.db.models.functions import Cast, ExtractYear
from django.utils.translation import gettext as _

from core.text import fold

from .models.documents import LegalDocument
from .models.search_text import WordsStartWith
from .models.taxonomies import DocumentType, Issuer, LegalField, Signer
from .models.validity import ValidityStatus, status_condition, status_expression

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
# parameter → (model, lookup on LegalDocument, label)
TAXONOMY_PARAMS = {
    "loai": (DocumentType, "document_type__slug"),
    "co_quan": (Issuer, "issuer__slug"),
    "linh_vuc": (LegalField, "fields__slug"),
    "nguoi_ky": (Signer, "signer__slug"),
}
FACET_COLUMNS = {"loai": "document_type_id", "co_quan": "issuer_id", "nguoi_ky": "signer_id"}
FACETS = ("loai", "co_quan", "linh_vuc", "nguoi_ky", "nam", "tinh_trang")
PARAMS = ("q", *FACETS, "tu_ngay", "den_ngay")


def load_taxonomies_at_once():
    """{param: {slug: item}} for the four taxonomies, in their order, in one query (a UNION ALL)."""
    extra = {"co_quan": "level", "nguoi_ky": "position"}
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
            self.taxonomies = load_taxonomies_at_once()
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

    def _ids(self, param):
        return [self.taxonomies[param][slug].pk for slug in self.selected.get(param, [])]

    def text_condition(self):
        """Every word at the start of a word of the metadata, or the whole phrase in the full text."""
        terms = self.terms
        if not terms:
            return None
        return Q(WordsStartWith("search_text", terms)) | Q(body_search_text__contains=" " + " ".join(terms))

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
        """Each facet's options with the number of documents each would give, the other filters applied,
        the number of matching documents (`total`) and, when `page` is (offset, size), the ids of the
        matching documents on that page, newest first (`page_ids`): one query.

        The documents matching the text and the dates, and failing at most one facet condition, are
        selected once (a CTE, with one 0/1 column per facet condition); each facet is then counted over
        them with the other facets' conditions, all in one UNION ALL."""
        facet_conditions = self.facet_conditions()
        queryset = base.filter(*self.common_conditions())
        active = list(facet_conditions)
        if len(active) >= 2:  # a document failing two conditions counts nowhere
            candidates = Q()
            for left_out in active:
                candidates |= Q(*[facet_conditions[param] for param in active if param != left_out])
            queryset = queryset.filter(candidates)
        flags = {
            f"m_{param}": Case(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField())
            for param, condition in facet_conditions.items()
        }
        queryset = queryset.annotate(
            y=Cast(ExtractYear("issued_on"), IntegerField()), st=status_expression(), **flags
        ).order_by()
        columns = ["pk", "issued_on", "document_type_id", "issuer_id", "signer_id", "y", "st", *flags]
        inner_sql, params = queryset.values_list(*columns).query.get_compiler(using=queryset.db).as_sql()
        names = ["id", "d", "t", "i", "s", "y", "st", *flags]

        def where(exclude=None):
            checks = [f"{name} = 1" for name in flags if name != f"m_{exclude}"]
            return f" WHERE {' AND '.join(checks)}" if checks else ""

        through = LegalDocument.fields.through._meta.db_table
        branches = [
            f"SELECT '{param}', CAST({column} AS VARCHAR(40)), COUNT(*)"
            f" FROM c{where(param)} GROUP BY {column}"
            for param, column in (
                ("loai", "t"),
                ("co_quan", "i"),
                ("nguoi_ky", "s"),
                ("nam", "y"),
                ("tinh_trang", "st"),
            )
        ]
        branches.append(
            f"SELECT 'linh_vuc', CAST(f.legalfield_id AS VARCHAR(40)), COUNT(*) FROM c"
            f" INNER JOIN {through} f ON f.legaldocument_id = c.id{where('linh_vuc')}"
            " GROUP BY f.legalfield_id"
        )
        branches.append(f"SELECT 'total', '', COUNT(*) FROM c{where()}")
        if page is not None:
            offset, size = (int(value) for value in page)
            branches.append(
                f"SELECT 'page', CAST(p.id AS VARCHAR(40)), 0 FROM (SELECT id FROM c{where()}"
                f" ORDER BY d DESC, id DESC LIMIT {size} OFFSET {offset}) p"
            )
        sql = f"WITH c ({', '.join(names)}) AS ({inner_sql}) " + " UNION ALL ".join(branches)
        counts = {param: {} for param in (*FACETS, "total", "page")}
        with connections[queryset.db].cursor() as cursor:
            cursor.execute(sql, params)
            for param, key, number in cursor.fetchall():
                if key is not None:
                    counts[param][key] = number
        result = {"total": counts["total"].get("", 0), "page_ids": [int(pk) for pk in counts["page"]]}
        for param in TAXONOMY_PARAMS:
            chosen = self.selected.get(param, [])
            result[param] = []
            for slug, item in self.taxonomies[param].items():
                count = counts[param].get(str(item.pk), 0)
                if count or slug in chosen:
                    result[param].append(Option(slug, item.name, count, slug in chosen))
        chosen = self.selected.get("nam", [])
        years = dict(counts["nam"])
        for year in chosen:
            years.setdefault(year, 0)
        result["nam"] = [
            Option(year, year, count, year in chosen)
            for year, count in sorted(years.items(), key=lambda item: item[0], reverse=True)
        ]
        chosen = self.selected.get("tinh_trang", [])
        result["tinh_trang"] = [
            Option(value, label, counts["tinh_trang"].get(value, 0), value in chosen)
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
