"""The facet counts of the public list: every facet's options with their counts, the number of matches and
the page's ids, in one query.

This stays hand-written SQL, on purpose. django-filter parses the parameters (`legal_docs.filters`), but
no library counts facets this way: the documents matching the text and the dates and failing at most one
facet condition are selected once (a CTE, with one 0/1 column per facet condition), and each facet is then
counted over them with the other facets' conditions, all in one UNION ALL. Counted with the ORM, each facet
is a query of its own that scans the matches again (as the list first did: see docs/legal-documents.md,
"Benchmark"); here they are one query whatever is asked (tests/legal_docs/test_query_counts.py).
"""

from dataclasses import dataclass

from django.db import connections
from django.db.models import Case, IntegerField, Q, Value, When
from django.db.models.functions import Cast, ExtractYear

from .models.documents import LegalDocument
from .models.validity import ValidityStatus, status_expression

TAXONOMY_FACETS = ("loai", "co_quan", "linh_vuc", "nguoi_ky")
FACETS = (*TAXONOMY_FACETS, "nam", "tinh_trang")


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False


def count_facets(criteria, base, page=None):
    """Each facet's options with the number of documents each would give, the other filters applied,
    the number of matching documents (`total`) and, when `page` is (offset, size), the ids of the
    matching documents on that page (`page_ids`, with their relevance in `page_ranks`), by relevance when
    the criteria ask for it, newest first otherwise: one query.

    The documents matching the text and the dates, and failing at most one facet condition, are
    selected once (a CTE, with one 0/1 column per facet condition); each facet is then counted over
    them with the other facets' conditions, all in one UNION ALL."""
    facet_conditions = criteria.facet_conditions()
    queryset = base.filter(*criteria.common_conditions())
    active = list(facet_conditions)
    if len(active) >= 2:  # a document failing two conditions counts nowhere
        candidates = Q()
        for left_out in active:
            candidates |= Q(*[facet_conditions[param] for param in active if param != left_out])
        queryset = queryset.filter(candidates)
    ranked = {"r": criteria.rank()} if criteria.by_relevance else {"r": Value(0, IntegerField())}
    flags = {
        f"m_{param}": Case(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField())
        for param, condition in facet_conditions.items()
    }
    queryset = queryset.annotate(
        y=Cast(ExtractYear("issued_on"), IntegerField()), st=status_expression(), **ranked, **flags
    ).order_by()
    columns = ["pk", "issued_on", "document_type_id", "issuer_id", "signer_id", "y", "st", "r", *flags]
    inner_sql, params = queryset.values_list(*columns).query.get_compiler(using=queryset.db).as_sql()
    names = ["id", "d", "t", "i", "s", "y", "st", "r", *flags]

    def where(exclude=None):
        checks = [f"{name} = 1" for name in flags if name != f"m_{exclude}"]
        return f" WHERE {' AND '.join(checks)}" if checks else ""

    through = LegalDocument.fields.through._meta.db_table
    branches = [
        f"SELECT '{param}', CAST({column} AS VARCHAR(40)), COUNT(*) FROM c{where(param)} GROUP BY {column}"
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
            f"SELECT 'page', CAST(p.id AS VARCHAR(40)), p.r FROM (SELECT id, r FROM c{where()}"
            f" ORDER BY r DESC, d DESC, id DESC LIMIT {size} OFFSET {offset}) p"
        )
    sql = f"WITH c ({', '.join(names)}) AS ({inner_sql}) " + " UNION ALL ".join(branches)
    counts = {param: {} for param in (*FACETS, "total", "page")}
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        for param, key, number in cursor.fetchall():
            if key is not None:
                counts[param][key] = number
    result = {
        "total": counts["total"].get("", 0),
        "page_ids": [int(pk) for pk in counts["page"]],
        "page_ranks": {int(pk): rank for pk, rank in counts["page"].items()},
    }
    for param in TAXONOMY_FACETS:
        chosen = criteria.selected.get(param, [])
        result[param] = []
        for slug, item in criteria.taxonomies[param].items():
            count = counts[param].get(str(item.pk), 0)
            if count or slug in chosen:
                result[param].append(Option(slug, item.name, count, slug in chosen))
    chosen = criteria.selected.get("nam", [])
    years = dict(counts["nam"])
    for year in chosen:
        years.setdefault(year, 0)
    result["nam"] = [
        Option(year, year, count, year in chosen)
        for year, count in sorted(years.items(), key=lambda item: item[0], reverse=True)
    ]
    chosen = criteria.selected.get("tinh_trang", [])
    result["tinh_trang"] = [
        Option(value, label, counts["tinh_trang"].get(value, 0), value in chosen)
        for value, label in ValidityStatus.choices
    ]
    return result
