"""A consultation opens and closes by the clock, with no job to run: before it opens the page says when it
will; while open it shows the form; at the deadline the form goes, the page shows it is closed, and a comment
sent too late is refused in Vietnamese with what was typed shown back, nothing stored."""

import datetime

import pytest

from moderation.consultations.models import ConsultationComment
from sections.models import ConsultationPage
from tests.factories import blocks
from tests.factories.sections import ConsultationPageFactory

from .conftest import comment_url, vietnam
from .conftest import form_data as any_form_data

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    return any_form_data(**{"article": "Điều 1. Giờ mở cửa", **overrides})


OPENS = vietnam(2026, 12, 10, 8, 0)
CLOSES = vietnam(2026, 12, 20, 17, 0)


@pytest.fixture
def scheduled(clock):
    clock.move(vietnam(2026, 12, 9, 9, 0))
    return ConsultationPageFactory(
        title="Lấy ý kiến dự thảo Quy định giờ đóng mở chợ",
        opens_at=OPENS,
        closes_at=CLOSES,
        articles="Điều 1. Giờ mở cửa",
        outcome="<p>Tiếp thu 12 ý kiến về giờ mở cửa.</p>",
        body=[blocks.paragraph("Toàn văn dự thảo quy định giờ đóng mở chợ.")],
    )


def test_before_opening_the_page_says_when_comments_open_and_has_no_form(client, scheduled):
    html = client.get(scheduled.url).content.decode()
    assert "Chưa bắt đầu" in html
    assert "Bắt đầu nhận ý kiến góp ý từ 08:00, 10/12/2026 (giờ Việt Nam)." in html
    assert 'name="body"' not in html
    # The summary is not shown before the consultation closes.
    assert "Tiếp thu 12 ý kiến" not in html


def test_a_comment_sent_before_opening_is_refused_and_shown_back(client, scheduled):
    response = client.post(comment_url(scheduled), form_data(body="Góp ý gửi sớm <b>quá</b>"))
    html = response.content.decode()
    assert response.status_code == 403
    assert "Ý kiến của bạn chưa được gửi: dự thảo này bắt đầu nhận ý kiến từ 08:00, 10/12/2026" in html
    assert "Góp ý gửi sớm &lt;b&gt;quá&lt;/b&gt;" in html
    assert ConsultationComment.objects.count() == 0


def test_the_form_appears_at_the_opening_time(client, clock, scheduled):
    clock.move(OPENS)
    html = client.get(scheduled.url).content.decode()
    assert "Đang lấy ý kiến" in html
    assert 'name="body"' in html
    assert "Nhận ý kiến góp ý đến 17:00, 20/12/2026 (giờ Việt Nam)." in html
    assert client.post(comment_url(scheduled), form_data()).status_code == 302
    assert ConsultationComment.objects.filter(page=scheduled).count() == 1


def test_one_second_before_the_deadline_a_comment_is_accepted(client, clock, scheduled):
    clock.move(CLOSES - datetime.timedelta(seconds=1))
    assert client.post(comment_url(scheduled), form_data()).status_code == 302
    assert ConsultationComment.objects.count() == 1


def test_at_the_deadline_the_page_closes_itself_and_shows_the_summary(client, clock, scheduled):
    clock.move(CLOSES)
    html = client.get(scheduled.url).content.decode()
    assert 'name="body"' not in html
    assert (
        "Đã kết thúc lấy ý kiến lúc 17:00, 20/12/2026 (giờ Việt Nam); không nhận thêm ý kiến góp ý." in html
    )
    assert "Tiếp thu 12 ý kiến về giờ mở cửa." in html
    # The summary comes before the draft's text once closed.
    assert html.index("Tiếp thu 12 ý kiến") < html.index("Toàn văn dự thảo quy định giờ đóng mở chợ.")


def test_a_comment_sent_after_the_deadline_is_refused_and_nothing_typed_is_lost(client, clock, scheduled):
    clock.move(CLOSES + datetime.timedelta(minutes=1))
    response = client.post(
        comment_url(scheduled),
        form_data(body="Tôi đề nghị chợ mở cửa sớm hơn.\nCảm ơn.", article="Điều 1. Giờ mở cửa"),
    )
    html = response.content.decode()
    assert response.status_code == 403
    assert "Ý kiến của bạn chưa được gửi: dự thảo này đã kết thúc lấy ý kiến lúc 17:00, 20/12/2026" in html
    assert "Tôi đề nghị chợ mở cửa sớm hơn.<br>Cảm ơn." in html
    assert "Điều 1. Giờ mở cửa" in html
    assert ConsultationComment.objects.count() == 0


def test_closed_without_a_summary_says_it_will_be_published(client, clock, scheduled):
    ConsultationPage.objects.filter(pk=scheduled.pk).update(outcome="")
    clock.move(CLOSES + datetime.timedelta(days=1))
    html = client.get(scheduled.url).content.decode()
    assert (
        "Đã hết thời hạn lấy ý kiến. Bản tổng hợp ý kiến và tiếp thu, giải trình sẽ được công bố tại đây."
        in html
    )


def test_the_listing_and_the_home_page_follow_the_clock(client, clock, scheduled, section, home_page):
    listing = section("lay-y-kien")
    assert "Chưa bắt đầu" in client.get(listing.url).content.decode()
    assert scheduled not in ConsultationPage.open_under(home_page)
    clock.move(OPENS)
    assert scheduled in ConsultationPage.open_under(home_page)
    clock.move(CLOSES)
    assert scheduled not in ConsultationPage.open_under(home_page)
    html = client.get(listing.url).content.decode()
    assert "từ 08:00, 10/12/2026 đến 17:00, 20/12/2026" in html


def test_shared_caches_do_not_keep_the_page_past_its_opening(client, clock, scheduled, settings):
    clock.move(OPENS - datetime.timedelta(seconds=90))
    response = client.get(scheduled.url)
    assert "s-maxage=90" in response["Cache-Control"]
    assert "max-age=60" in response["Cache-Control"]


def test_closing_must_come_after_opening(scheduled):
    from django.core.exceptions import ValidationError

    scheduled.closes_at = scheduled.opens_at
    with pytest.raises(ValidationError) as error:
        scheduled.full_clean()
    assert "closes_at" in error.value.message_dict
