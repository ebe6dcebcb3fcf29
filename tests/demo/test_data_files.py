"""The data files: what an editor writes is what the portal shows, and a mistake stops the load, named."""

import datetime

import pytest
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model
from wagtail.models import Page

from demo import loader
from demo.values import DataError, to_date
from legal_docs.models import LegalDocument
from sections.models import ScheduleEntry, StandardPage

SUNDAY = datetime.date(2026, 12, 6)
HOME = """
site:
  name: Cổng Thông tin điện tử phường Dương Kinh
  home: {type: HomePage, title: Trang chủ}
"""


@pytest.mark.parametrize(
    "written, day",
    [
        ("06/08/2025", datetime.date(2025, 8, 6)),
        ({"days_ago": "3"}, datetime.date(2026, 12, 3)),
        ({"in_days": "20"}, datetime.date(2026, 12, 26)),
        ({"this_week": "monday"}, datetime.date(2026, 11, 30)),
        ({"last_week": "friday"}, datetime.date(2026, 11, 27)),
        ({"this_month": "1"}, datetime.date(2026, 12, 1)),
        ({"last_month": "last"}, datetime.date(2026, 11, 30)),
        ({"most_recent": "30/09"}, datetime.date(2026, 9, 30)),
        ({"most_recent": "31/12"}, datetime.date(2025, 12, 31)),
    ],
)
def test_a_date_is_fixed_or_relative_to_the_day_the_demo_is_loaded(written, day):
    assert to_date(written, SUNDAY) == day


def data_dir(tmp_path, text):
    (tmp_path / "00-test.yaml").write_text(HOME + text, encoding="utf-8")
    return tmp_path


@pytest.mark.django_db
def test_a_page_of_a_data_file_is_published_with_the_values_as_written(tmp_path):
    folder = data_dir(
        tmp_path,
        """
facts:
  ward: {name: Dương Kinh}
pages:
- parent: gioi-thieu
  type: StandardPage
  title: Dân số phường {ward.name}
  summary: Số liệu đến ngày {today:%d/%m/%Y}.
  body:
  - heading: Dân số
  - Số liệu do Văn phòng tổng hợp.
  - table:
      caption: Dân số theo năm
      rows:
      - [Năm, Số dân]
      - [2025, 1.320]
""",
    )
    counts = loader.load(data_dir=folder, today=SUNDAY)

    page = StandardPage.objects.get(slug="dan-so-phuong-duong-kinh")
    assert counts["pages"] == 1
    assert page.live and page.is_sample_content and page.get_parent().slug == "gioi-thieu"
    assert page.title == "Dân số phường Dương Kinh"
    assert page.summary == "Số liệu đến ngày 06/12/2026."
    assert [block.block_type for block in page.body] == ["heading", "paragraph", "table"]
    assert page.body[1].value.source == "<p>Số liệu do Văn phòng tổng hợp.</p>"
    assert page.body[2].value["table"]["data"] == [["Năm", "Số dân"], ["2025", "1.320"]]


@pytest.mark.django_db
def test_the_schedule_of_the_week_is_dated_from_its_monday(client):
    entries = ScheduleEntry.objects.filter(page__kind="tiep-cong-dan").order_by("sort_order")
    first = entries.first()
    assert first.date.weekday() == 0 and first.time == datetime.time(8, 0)
    assert first.leader.startswith("Trần Văn Long – ")  # {people.vice_economy.name} from 00-trang-chu.yaml
    assert client.get(first.page.url).status_code == 200


@pytest.mark.django_db
def test_a_placeholder_without_a_value_stops_the_load_and_changes_nothing(tmp_path):
    folder = data_dir(
        tmp_path,
        """
pages:
- parent: gioi-thieu
  type: StandardPage
  title: Trang thử
  summary: Gọi {ward.hotline}
""",
    )
    pages, files = Page.objects.count(), get_document_model().objects.count()

    with pytest.raises(CommandError, match=r"00-test\.yaml: cannot fill the placeholder .*ward"):
        call_command("seed_demo", "--data", str(folder), verbosity=0)

    assert (Page.objects.count(), get_document_model().objects.count()) == (pages, files)


@pytest.mark.django_db
def test_a_relation_to_a_document_not_listed_before_it_is_refused(tmp_path):
    folder = data_dir(
        tmp_path,
        """
legal_documents:
- key: nd1-2031
  document_type: nghi-dinh
  number: 1/2031/NĐ-CP
  issuer: chinh-phu
  issued_on: 02/01/2031
  summary: Nghị định thử
  relations:
  - huong-dan: luat-chua-co
""",
    )
    with pytest.raises(DataError, match="nd1-2031 refers to luat-chua-co, which is not listed before it"):
        loader.load(data_dir=folder)
    assert not LegalDocument.objects.filter(number="1/2031/NĐ-CP").exists()
