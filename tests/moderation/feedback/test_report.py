"""The feedback report in the admin: totals per section and per page for a month, the month's comments,
CSV and XLSX exports whose cells stay text; for editors, not for contributors or the public."""

import datetime
import io
import re

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from moderation.feedback.models import PageFeedback
from tests.factories.sections import NewsPageFactory

pytestmark = pytest.mark.django_db

REPORT = reverse("feedback_report")


def vote(page, helpful, comment="", when=None, browser=None):
    return PageFeedback.objects.create(
        page=page,
        section=page.get_parent(),
        helpful=helpful,
        comment=comment,
        browser=browser or f"{PageFeedback.objects.count():064d}",
        created_at=when or timezone.now(),
    )


@pytest.fixture
def votes(db):
    news = NewsPageFactory()
    other = NewsPageFactory(title="Lịch tiếp công dân tháng 12")
    vote(news, True)
    vote(news, True, comment='=HYPERLINK("http://evil.example","x") <script>alert(1)</script>')
    vote(news, False)
    vote(other, False, comment="Thiếu số điện thoại liên hệ")
    vote(other, True, when=timezone.now() - datetime.timedelta(days=62), comment="Tháng trước")
    return news, other


def test_editors_see_totals_per_section_and_page(login, editor, votes):
    section = votes[0].get_parent().title
    html = login(editor).get(REPORT).content.decode()
    assert "Theo chuyên mục" in html and "Theo trang" in html
    compact = re.sub(r">\s+<", "><", html)
    assert f"<td>{section}</td><td>2</td><td>2</td><td>4</td><td>50</td><td>2</td>" in compact
    assert f"<td>{votes[0].title}</td><td>2</td><td>1</td><td>3</td><td>67</td><td>1</td>" in compact
    assert "Thiếu số điện thoại liên hệ" in html
    assert "Tháng trước" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html


def test_the_month_selector_shows_another_month(login, editor, votes):
    earlier = timezone.localdate() - datetime.timedelta(days=62)
    html = login(editor).get(REPORT, {"thang": f"{earlier:%Y-%m}"}).content.decode()
    assert "Tháng trước" in html and "Thiếu số điện thoại liên hệ" not in html


def test_the_csv_export_keeps_formulas_inert(login, editor, votes):
    response = login(editor).get(REPORT, {"export": "csv"})
    body = response.content.decode("utf-8-sig")
    assert response["Content-Type"].startswith("text/csv")
    assert "'=HYPERLINK" in body and votes[1].title in body


def test_the_xlsx_export_keeps_formulas_inert(login, editor, votes):
    response = login(editor).get(REPORT, {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    cells = [cell for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    formula = next(cell for cell in cells if "HYPERLINK" in cell.value)
    assert formula.value.startswith("'=") and formula.data_type == "s"


def test_contributors_and_the_public_cannot_read_the_report(client, login, contributor, votes):
    assert login(contributor).get(REPORT).status_code in (302, 403)
    response = client.get(REPORT)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
