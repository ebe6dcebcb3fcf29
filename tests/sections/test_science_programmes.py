"""Category 20 (LTCTT Art 19.1.e): science programmes and research projects have their section, which says
plainly when the ward has none, and a published project counts for the compliance report."""

import datetime

import pytest
from django.utils import timezone
from django.utils.html import escape

from audit.compliance import content
from audit.compliance.content import CATEGORIES
from core.compliance import Context
from tests.factories.sections import ScienceProgrammePageFactory

pytestmark = pytest.mark.django_db

URL = "/chuong-trinh-de-tai-khoa-hoc/"
EMPTY = "Chưa có thông tin loại này."


def test_the_empty_section_says_there_is_no_information_of_this_kind(client, home_page):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Chương trình, đề tài khoa học</h1>" in html
    assert EMPTY in html
    assert "Chưa có nội dung" not in html  # the generic empty listing is replaced, not doubled


def test_a_draft_project_leaves_the_section_empty(client, home_page):
    project = ScienceProgrammePageFactory()
    project.unpublish()
    html = client.get(URL).content.decode()
    assert EMPTY in html and escape(project.title) not in html


def test_a_published_project_is_listed_with_its_facts(client, home_page):
    project = ScienceProgrammePageFactory(results="Bản đồ số dùng chung cho 12 tổ dân phố.")
    listing = client.get(URL).content.decode()
    assert EMPTY not in listing
    assert escape(project.title) in listing

    html = client.get(project.url).content.decode()
    for text in (
        "Đề tài khoa học",
        "Đang thực hiện",
        "ĐT.2026.05",
        "Cơ quan chủ trì",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "350 triệu đồng",
        "Bản đồ số dùng chung cho 12 tổ dân phố.",
    ):
        assert escape(text) in html, text


def test_a_published_project_covers_category_20_of_the_compliance_report(home_page):
    science = next(category for category in CATEGORIES if category.code == "20")
    today = timezone.localdate()
    context = Context(
        today=today, now=timezone.make_aware(datetime.datetime.combine(today, datetime.time(12)))
    )
    assert content.category_finding(context, science, set()) is not None
    ScienceProgrammePageFactory()
    assert content.category_finding(context, science, set()) is None
