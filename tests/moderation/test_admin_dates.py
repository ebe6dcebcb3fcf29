"""Dates typed in the admin are read the way the admin writes them: day/month/year (WAGTAIL_DATE_FORMAT).

Django's "vi" locale has no input formats of its own; without DATE_INPUT_FORMATS the default reads
05/11/2026 as 11 May and refuses 28/11/2026 (found by the browser test of the editorial path)."""

import datetime

import pytest

from sections.models import NewsPage

from .helpers import add_news_url, news_form_data

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("28/11/2026", datetime.date(2026, 11, 28)), ("05/11/2026", datetime.date(2026, 11, 5))],
)
def test_a_news_date_typed_day_first_is_kept(login, contributor, news_section, typed, expected):
    title = f"Tin ngày {typed}"
    response = login(contributor).post(add_news_url(news_section), news_form_data(title=title, date=typed))

    assert response.status_code == 302
    assert NewsPage.objects.get(title=title).get_latest_revision_as_object().date == expected


def test_a_go_live_time_typed_day_first_is_kept(login, editor_in_chief, news_section):
    title = "Tin hẹn giờ đăng"
    login(editor_in_chief).post(
        add_news_url(news_section), news_form_data(title=title, go_live_at="05/12/2030 08:30")
    )

    revision = NewsPage.objects.get(title=title).get_latest_revision_as_object()
    assert revision.go_live_at.astimezone(datetime.timezone(datetime.timedelta(hours=7))).replace(
        tzinfo=None
    ) == datetime.datetime(2030, 12, 5, 8, 30)
