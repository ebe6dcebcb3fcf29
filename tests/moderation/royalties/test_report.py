"""The monthly report: totals per author, XLSX and CSV exports, payments, and who may see what."""

import csv
import datetime
import io

import openpyxl
from django.urls import reverse
from wagtail.models import ModelLogEntry

from moderation.royalties.models import RoyaltyLine

from ..helpers import refused

MONTH = "2024-03"


def report_url(**params):
    query = "&".join(f"{key}={value}" for key, value in {"month": MONTH, **params}.items())
    return f"{reverse('royalties:report')}?{query}"


def test_monthly_report_totals_each_authors_items(royalty, login, editor_in_chief, contributor):
    royalty("2", contributors=[contributor])
    royalty("1.5", contributors=[contributor], outside="Minh Anh")
    royalty("1", outside="Minh Anh", when=datetime.datetime(2024, 3, 31, 23, 30))  # still March in Vietnam
    royalty("5", outside="Minh Anh", when=datetime.datetime(2024, 4, 1, 0, 30))  # April

    response = login(editor_in_chief).get(report_url())

    assert response.status_code == 200
    totals = {group["name"]: group["total"] for group in response.context["groups"]}
    assert totals == {"ctv-tin-tuc": 400_000 + 150_000, "Minh Anh": 150_000 + 200_000}
    assert response.context["grand_total"] == 900_000


def test_exports_contain_the_rows_in_xlsx_and_csv(royalty, login, auditor, contributor):
    royalty("2", contributors=[contributor])
    royalty("1", outside="Nguyễn Văn Bình")
    client = login(auditor)

    xlsx = client.get(report_url(export="xlsx"))
    assert xlsx.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 3
    by_author = {row[0]: row for row in rows[1:]}
    assert by_author["ctv-tin-tuc"][6] == 400_000 and by_author["Nguyễn Văn Bình"][6] == 200_000

    response = client.get(report_url(export="csv"))
    assert response.status_code == 200
    reader = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(reader) == 3
    assert {row[0]: row[6] for row in reader[1:]} == {"ctv-tin-tuc": "400000", "Nguyễn Văn Bình": "200000"}


def test_marking_a_payment_is_recorded_and_audited(royalty, login, editor_in_chief, contributor):
    record = royalty("2", contributors=[contributor])
    line = record.lines.get()

    response = login(editor_in_chief).post(
        reverse("royalties:mark_paid"), {"lines": [line.pk], "paid_on": "2024-04-05"}
    )

    assert response.status_code == 302
    line.refresh_from_db()
    assert (line.paid_on, line.paid_by) == (datetime.date(2024, 4, 5), editor_in_chief)
    entry = ModelLogEntry.objects.get(action="royalties.line.paid", object_id=str(line.pk))
    assert entry.user == editor_in_chief
    assert entry.data["old"] == {"paid_on": None, "paid_by": None}
    assert entry.data["new"] == {"paid_on": "2024-04-05", "paid_by": editor_in_chief.pk}

    login(editor_in_chief).post(reverse("royalties:mark_unpaid", args=[line.pk]))
    line.refresh_from_db()
    assert line.paid_on is None
    assert ModelLogEntry.objects.filter(action="royalties.line.unpaid", object_id=str(line.pk)).exists()


def test_administrator_marks_payments_and_auditor_only_reads(
    royalty, login, administrator, auditor, contributor
):
    line = royalty("2", contributors=[contributor]).lines.get()

    assert login(auditor).get(report_url()).status_code == 200
    response = login(auditor).post(
        reverse("royalties:mark_paid"), {"lines": [line.pk], "paid_on": "2024-04-05"}
    )
    assert response.status_code == 403
    line.refresh_from_db()
    assert line.paid_on is None

    login(administrator).post(reverse("royalties:mark_paid"), {"lines": [line.pk], "paid_on": "2024-04-05"})
    line.refresh_from_db()
    assert line.paid_by == administrator


def test_contributors_and_editors_cannot_see_the_report_or_mark_payments(royalty, login, contributor, editor):
    line = royalty("2", contributors=[contributor]).lines.get()
    for person in (contributor, editor):
        client = login(person)
        assert refused(client.get(report_url()))
        assert refused(client.get(report_url(export="csv")))
        assert refused(
            client.post(reverse("royalties:mark_paid"), {"lines": [line.pk], "paid_on": "2024-04-05"})
        )
    line.refresh_from_db()
    assert line.paid_on is None


def test_a_contributor_sees_only_their_own_royalties(royalty, login, make_user, contributor):
    other = make_user("ctv-khac", "Cộng tác viên")
    mine = royalty("2", contributors=[contributor])
    theirs = royalty("3", contributors=[other], outside="Người ngoài")

    response = login(contributor).get(reverse("royalties:mine"))

    assert response.status_code == 200
    lines = list(response.context["object_list"])
    assert [line.record_id for line in lines] == [mine.pk]
    assert theirs.title not in response.content.decode()
    assert set(RoyaltyLine.objects.filter(record=theirs).values_list("name", flat=True)) == {
        "ctv-khac",
        "Người ngoài",
    }


def test_correcting_a_royalty_keeps_its_rate_and_logs_before_and_after(
    royalty, rate, login, editor_in_chief, editor, contributor
):
    record = royalty("2", contributors=[contributor])
    rate(999_000)
    data = {
        "kind": "bai",
        "coefficient": "3",
        "contributors": [contributor.pk],
        "outside_authors": "Minh Anh",
    }

    assert refused(login(editor).post(reverse("royalties:change", args=[record.pk]), data))
    login(editor_in_chief).post(reverse("royalties:change", args=[record.pk]), data)

    record.refresh_from_db()
    assert (record.kind, record.amount) == ("bai", 600_000)
    assert sorted(record.lines.values_list("name", "amount")) == [
        ("Minh Anh", 300_000),
        ("ctv-tin-tuc", 300_000),
    ]
    entry = ModelLogEntry.objects.get(action="royalties.record.change", object_id=str(record.pk))
    assert (entry.data["old"]["amount"], entry.data["new"]["amount"]) == (400_000, 600_000)
    assert entry.user == editor_in_chief


def test_a_paid_royalty_cannot_be_corrected(royalty, login, editor_in_chief, contributor):
    record = royalty("2", contributors=[contributor])
    client = login(editor_in_chief)
    client.post(reverse("royalties:mark_paid"), {"lines": [record.lines.get().pk], "paid_on": "2024-04-05"})

    client.post(
        reverse("royalties:change", args=[record.pk]),
        {"kind": "bai", "coefficient": "9", "contributors": [contributor.pk], "outside_authors": ""},
    )

    record.refresh_from_db()
    assert record.amount == 400_000


def test_the_report_filters_unpaid_lines_of_an_older_month(royalty, login, editor_in_chief, contributor):
    paid = royalty("2", contributors=[contributor]).lines.get()
    unpaid = royalty("1", outside="Minh Anh").lines.get()
    client = login(editor_in_chief)
    client.post(reverse("royalties:mark_paid"), {"lines": [paid.pk], "paid_on": "2024-04-05"})

    response = client.get(report_url(paid="no"))

    assert [line.pk for line in response.context["object_list"]] == [unpaid.pk]
