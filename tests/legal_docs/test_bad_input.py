"""Bad input to /van-ban/: a NUL byte in the search text is read as a space, in the list and its exports
(PostgreSQL refuses NUL in any text, and the CSV used to stop half-way); CSV cells stay text in
spreadsheets."""

import csv
import io

import pytest

from legal_docs.importer.reading import read_rows

pytestmark = pytest.mark.django_db


def body(response):
    return b"".join(response.streaming_content).decode("utf-8-sig")


@pytest.fixture
def documents(make_document):
    return [
        make_document("01/2024/QĐ-UBND", summary="Quy định về an ninh trật tự"),
        make_document("02/2024/QĐ-UBND", summary='=HYPERLINK("http://evil.example","Bấm vào đây")'),
        make_document("03/2024/QĐ-UBND", summary="- Kế hoạch phòng chống lụt bão"),
    ]


def test_a_nul_byte_in_the_search_text_separates_words(client, index_page, documents):
    response = client.get(index_page.url, {"q": "an\x00ninh"})
    assert response.status_code == 200
    assert "01/2024/QĐ-UBND" in response.content.decode()


@pytest.mark.parametrize("export_format", ["csv", "json"])
def test_the_exports_with_a_nul_byte_in_the_search_text_are_complete(
    client, index_page, documents, export_format
):
    response = client.get(index_page.url, {"q": "an\x00ninh", "format": export_format})
    assert response.status_code == 200
    text = body(response)
    assert "01/2024/QĐ-UBND" in text and "02/2024/QĐ-UBND" not in text
    # complete: the JSON list is closed, the CSV's last line is a whole row ending with the document's URL
    assert text.rstrip().endswith("]" if export_format == "json" else "/van-ban/01-2024-qd-ubnd/")


def test_csv_cells_that_look_like_formulas_start_with_an_apostrophe(client, index_page, documents):
    rows = list(csv.DictReader(io.StringIO(body(client.get(index_page.url, {"format": "csv"})))))
    summaries = {row["so_ky_hieu"]: row["trich_yeu"] for row in rows}
    assert summaries["02/2024/QĐ-UBND"] == '\'=HYPERLINK("http://evil.example","Bấm vào đây")'
    assert summaries["03/2024/QĐ-UBND"] == "'- Kế hoạch phòng chống lụt bão"
    assert summaries["01/2024/QĐ-UBND"] == "Quy định về an ninh trật tự"
    assert not any(value.startswith(("=", "+", "-", "@")) for row in rows for value in row.values())


def test_the_import_reads_the_neutralised_cells_back_as_they_were(client, index_page, documents, tmp_path):
    path = tmp_path / "van-ban.csv"
    path.write_text(body(client.get(index_page.url, {"format": "csv"})), encoding="utf-8")
    summaries = {row["so_ky_hieu"]: row["trich_yeu"] for _line, row in read_rows(path)}
    assert summaries["02/2024/QĐ-UBND"] == documents[1].summary
    assert summaries["03/2024/QĐ-UBND"] == documents[2].summary
