"""CSV exports keep formulas as text: the admin's lists (Wagtail's mixin, wrapped by core.apps) and the
helpers the open-data export uses."""

import csv
import io

import pytest

from core.spreadsheets import neutralise, restore_cell
from tests.factories.core import UserFactory
from tests.factories.sections.items import NewsPageFactory


@pytest.mark.parametrize("value", ["=1+1", "+84 912", "-2", "@SUM(A1)", "\t=1", "\r=1"])
def test_a_cell_a_spreadsheet_would_compute_is_quoted_and_read_back(value):
    assert neutralise(value) == "'" + value
    assert restore_cell(neutralise(value)) == value


@pytest.mark.parametrize("value", ["Phường Dương Kinh", "'quoted already", "", 42, None])
def test_other_cells_are_left_as_they_are(value):
    assert neutralise(value) == value
    assert restore_cell(value) == value


@pytest.mark.django_db
def test_the_admin_site_history_export_keeps_a_page_title_formula_as_text(client, home_page):
    NewsPageFactory(title='=HYPERLINK("http://evil.example","Xem")')
    client.force_login(UserFactory(username="quan-tri", superuser=True))
    response = client.get("/admin/reports/site-history/", {"export": "csv"})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    cells = [value for row in csv.reader(io.StringIO(text)) for value in row]
    assert '\'=HYPERLINK("http://evil.example","Xem")' in cells
    assert not any(value.startswith(("=", "+", "-", "@")) for value in cells)
