"""The stored validity status (and what happens when a date it depends on comes), the facet counts of the
single grouped query against counts made one by one, and the search index after an import."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.http import QueryDict
from django.utils import timezone

from legal_docs.filters import DocumentFilter
from legal_docs.models import (
    LegalDocument,
    ValidityStatus,
    refresh_validity,
    status_condition,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("legal_library")]

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


def stored(document):
    document.refresh_from_db()
    return document.validity_status, document.validity_until


def test_the_status_is_stored_with_the_date_it_may_change(make_document):
    later = make_document("1/LƯU-TN", issued_on=TODAY - 10 * DAY, effective_on=TODAY + 5 * DAY)
    assert stored(later) == (ValidityStatus.NOT_YET, TODAY + 5 * DAY)
    ending = make_document("2/LƯU-TN", issued_on=TODAY - 10 * DAY, expires_on=TODAY + 30 * DAY)
    assert stored(ending) == (ValidityStatus.IN_FORCE, TODAY + 30 * DAY)
    manual = make_document(
        "3/LƯU-TN", issued_on=TODAY - 10 * DAY, effective_on=TODAY + 5 * DAY, status_override="het-hieu-luc"
    )
    assert stored(manual) == (ValidityStatus.EXPIRED, None)


def test_a_replacement_updates_the_stored_status_of_the_old_document(make_document):
    old = make_document("4/LƯU-TN", issued_on=datetime.date(2020, 1, 1))
    make_document(
        "5/LƯU-TN", issued_on=TODAY - DAY, effective_on=TODAY + 3 * DAY, relations=[("thay-the", old)]
    )
    assert stored(old) == (ValidityStatus.IN_FORCE, TODAY + 3 * DAY)
    make_document("6/LƯU-TN", issued_on=TODAY - DAY, relations=[("sua-doi", old)])
    assert stored(old) == (ValidityStatus.PARTLY, TODAY + 3 * DAY)


def test_a_document_whose_effective_date_comes_changes_status_on_that_day(make_document):
    document = make_document("7/LƯU-TN", issued_on=TODAY - 10 * DAY, effective_on=TODAY + 2 * DAY)
    day = TODAY + 2 * DAY  # the day it takes effect: the stored status is out of date until refreshed
    queryset = LegalDocument.objects.filter(pk=document.pk)
    assert queryset.with_status(today=day).get().status == ValidityStatus.IN_FORCE
    assert queryset.filter(status_condition([ValidityStatus.IN_FORCE], today=day)).exists()
    assert not queryset.filter(status_condition([ValidityStatus.NOT_YET], today=day)).exists()
    assert queryset.filter(status_condition([ValidityStatus.NOT_YET], today=TODAY)).exists()
    assert refresh_validity(today=day) >= 1
    assert stored(document) == (ValidityStatus.IN_FORCE, None)


def test_the_list_is_exact_for_a_stored_status_out_of_date(client, index_page, make_document):
    """As if the daily refresh had not run yet: stored yesterday, taking effect (or ending) today."""
    starts = make_document("8/LƯU-TN", issued_on=TODAY - 10 * DAY, effective_on=TODAY)
    ends = make_document("9/LƯU-TN", issued_on=TODAY - 10 * DAY, expires_on=TODAY)
    LegalDocument.objects.filter(pk=starts.pk).update(
        validity_status=ValidityStatus.NOT_YET, validity_until=TODAY
    )
    LegalDocument.objects.filter(pk=ends.pk).update(
        validity_status=ValidityStatus.IN_FORCE, validity_until=TODAY
    )

    def listed(status):
        response = client.get(index_page.url, {"co_quan": "co-quan-thu-nghiem", "tinh_trang": status})
        counts = {
            option.value: option.count
            for param, _label, options in response.context["facet_groups"]
            if param == "tinh_trang"
            for option in options
        }
        return {doc.number for doc in response.context["documents"]}, counts

    numbers, counts = listed("con-hieu-luc")
    assert "8/LƯU-TN" in numbers and "9/LƯU-TN" not in numbers
    assert counts["chua-co-hieu-luc"] == 0 and counts["het-hieu-luc"] == 1
    assert listed("het-hieu-luc")[0] == {"9/LƯU-TN"}
    assert listed("chua-co-hieu-luc")[0] == set()
    call_command("refresh_legal_status", verbosity=0)
    assert stored(starts) == (ValidityStatus.IN_FORCE, None)
    assert stored(ends) == (ValidityStatus.EXPIRED, None)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "q=quyet+dinh",
        "loai=quyet-dinh&linh_vuc=linh-vuc-a",
        "co_quan=co-quan-thu-nghiem&tinh_trang=con-hieu-luc&q=thu+nghiem",
        "nam=2024&nam=2025&nguoi_ky=nguoi-ky-thu&linh_vuc=linh-vuc-b",
        "tu_ngay=2024-01-01&tinh_trang=het-hieu-luc&tinh_trang=chua-co-hieu-luc&loai=ke-hoach&loai=quyet-dinh",
    ],
)
def test_the_single_query_counts_are_the_counts_made_one_by_one(make_document, query):
    for number, (kind, fields, year, extra) in enumerate(
        [
            ("quyet_dinh", ["field_a"], 2024, {}),
            ("quyet_dinh", ["field_a", "field_b"], 2025, {"effective_on": TODAY + 9 * DAY}),
            ("ke_hoach", ["field_b"], 2024, {"expires_on": datetime.date(2024, 12, 31)}),
            ("ke_hoach", [], 2025, {"signer": None}),
        ]
    ):
        make_document(
            f"{20 + number}/ĐẾM-TN",
            type=kind,
            fields=fields,
            signer=extra.pop("signer", "signer"),
            issued_on=datetime.date(year, 6, 1),
            **extra,
        )
    criteria = DocumentFilter.from_querydict(QueryDict(query))
    base = LegalDocument.objects.public()
    facets = criteria.facets(base)
    assert facets["total"] == criteria.apply(base).count()
    lookups = {
        "loai": "document_type__slug",
        "co_quan": "issuer__slug",
        "linh_vuc": "fields__slug",
        "nguoi_ky": "signer__slug",
    }
    for param, lookup in lookups.items():
        for option in facets[param]:
            expected = criteria.apply(base, exclude=param).filter(**{lookup: option.value}).distinct().count()
            assert option.count == expected, (param, option.value)
        shown = {option.value for option in facets[param]}
        for slug in criteria.taxonomies[param]:
            if slug not in shown:
                assert not criteria.apply(base, exclude=param).filter(**{lookup: slug}).exists()
    for option in facets["nam"]:
        expected = criteria.apply(base, exclude="nam").filter(issued_on__year=int(option.value)).count()
        assert option.count == expected, ("nam", option.value)
    for option in facets["tinh_trang"]:
        expected = criteria.apply(base, exclude="tinh_trang").filter(status_condition([option.value])).count()
        assert option.count == expected, ("tinh_trang", option.value)


def test_pages_of_a_filtered_list_are_the_matches_newest_first(client, index_page, make_document):
    """The facet query picks the page's documents: the same ones, in the same order, as a sliced query."""
    for number in range(45):
        make_document(f"{100 + number}/TRANG-TN", issued_on=datetime.date(2020, 1, 1) + number % 7 * 30 * DAY)
    params = {"co_quan": "co-quan-thu-nghiem", "q": "trang"}
    expected = list(
        DocumentFilter.from_querydict(QueryDict("co_quan=co-quan-thu-nghiem&q=trang"))
        .apply(LegalDocument.objects.public())
        .order_by("-issued_on", "-pk")
        .values_list("number", flat=True)
    )
    assert len(expected) == 45
    shown = []
    for page in ("1", "2", "3"):
        response = client.get(index_page.url, {**params, "trang": page})
        shown += [document.number for document in response.context["documents"]]
        assert response.context["documents"].paginator.count == 45
    assert shown == expected
    last = client.get(index_page.url, {**params, "trang": "99"}).context["documents"]
    assert last.number == 3 and [document.number for document in last] == expected[40:]


def test_an_imported_document_is_found_by_the_search_backend(tmp_path):
    import csv

    from wagtail.search.backends import get_search_backend

    from legal_docs.exports import COLUMNS
    from legal_docs.importer import Importer

    path = tmp_path / "one.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerow(
            {
                "so_ky_hieu": "77/2026/QĐ-UBND",
                "loai": "quyet-dinh",
                "co_quan": "ubnd-tim-kiem",
                "co_quan_ten": "UBND thử tìm kiếm",
                "cap_ban_hanh": "phuong",
                "ngay_ban_hanh": "2026-01-05",
                "ngay_hieu_luc": (TODAY + 40 * DAY).isoformat(),
                "trich_yeu": "Quy định về chăm sóc cây xanh đường phố Hải Thành",
            }
        )
    from core.permissions import EDITOR_IN_CHIEF
    from legal_docs.importer.approval import approve_batch
    from tests.factories.core import UserFactory

    chief = UserFactory(roles=[EDITOR_IN_CHIEF])
    result = Importer(create_taxonomies=True).run(path)
    assert result.created == 1 and not result.errors
    approve_batch(result.batch, chief)
    document = LegalDocument.objects.get(number="77/2026/QĐ-UBND")
    assert (document.validity_status, document.validity_until) == (ValidityStatus.NOT_YET, TODAY + 40 * DAY)
    backend = get_search_backend()
    for query in ("cây xanh Hải Thành", "thử tìm kiếm"):  # the summary; the issuer (a related field)
        found = list(backend.search(query, LegalDocument.objects.public()))
        assert document in found, query
    # the changed row updates the index too
    rows = path.read_text(encoding="utf-8").replace("cây xanh đường phố Hải Thành", "chiếu sáng công cộng")
    path.write_text(rows, encoding="utf-8")
    result = Importer().run(path)
    assert result.updated == 1
    approve_batch(result.batch, chief)
    assert document in list(backend.search("chiếu sáng công cộng", LegalDocument.objects.public()))
    assert document not in list(backend.search("Hải Thành", LegalDocument.objects.public()))


def test_the_scheduler_s_daily_job_refreshes_the_stored_statuses(make_document):
    """The scheduler's "refresh-legal-status" job (daily at midnight, Vietnam time) stores today's status."""
    starts = make_document("10/LƯU-TN", issued_on=TODAY - 10 * DAY, effective_on=TODAY)
    LegalDocument.objects.filter(pk=starts.pk).update(
        validity_status=ValidityStatus.NOT_YET, validity_until=TODAY
    )
    out = io.StringIO()
    call_command("run_scheduler", "--run", "refresh-legal-status", stdout=out)
    assert stored(starts) == (ValidityStatus.IN_FORCE, None)
    assert out.getvalue() == "refresh-legal-status: xong (1).\n"
