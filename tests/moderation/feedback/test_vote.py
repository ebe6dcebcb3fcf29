"""“Thông tin này có hữu ích không?” on content pages: the widget keeps the page cacheable, a vote works
without JavaScript (a form POST) and with it (JSON), one per browser and page, and nothing personal is kept
or shown."""

import re

import pytest
from django.test import Client

from moderation.feedback.forms import page_token
from moderation.feedback.models import PageFeedback
from tests.factories.sections import NewsPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

VOTE = "/y-kien-trang/"


@pytest.fixture
def news(db):
    return NewsPageFactory()


def vote_data(target, **overrides):
    data = {"page": page_token(target.pk), "helpful": "yes", "comment": "", "website": ""}
    data.update(overrides)
    return data


def test_content_pages_carry_the_widget_and_stay_cacheable(client, news, section):
    standard = StandardPageFactory(parent=section("gioi-thieu"))
    for page in (news, standard):
        response = client.get(page.url)
        html = response.content.decode()
        assert "Thông tin này có hữu ích không?" in html
        assert f'action="{VOTE}"' in html and f'value="{page_token(page.pk)}"' in html
        assert "csrfmiddlewaretoken" not in html
        assert "public" in response["Cache-Control"] and not response.cookies


def test_a_vote_without_javascript_is_stored_and_thanked(client, news, section):
    response = client.post(VOTE, vote_data(news, comment="Bài viết rõ ràng, dễ hiểu."))
    assert response.status_code == 200
    assert "Cảm ơn bạn đã gửi ý kiến." in response.content.decode()
    assert f'href="{news.url}"' in response.content.decode()
    vote = PageFeedback.objects.get()
    assert vote.page_id == news.pk and vote.helpful is True
    assert vote.section_id == section("tin-tuc").pk
    assert vote.comment == "Bài viết rõ ràng, dễ hiểu."
    # The browser is known by a random token (HMAC-ed), never by its address.
    cookie = response.cookies["dk_phanhoi"]
    assert cookie["path"] == VOTE and cookie["httponly"]
    assert vote.browser != cookie.value and len(vote.browser) == 64
    assert "127.0.0.1" not in str(PageFeedback.objects.values().get())


def test_one_vote_per_browser_and_page(client, news):
    assert client.post(VOTE, vote_data(news)).status_code == 200
    again = client.post(VOTE, vote_data(news, helpful="no"), HTTP_ACCEPT="application/json")
    assert again.status_code == 409
    assert again.json()["message"] == "Bạn đã gửi ý kiến về trang này. Xin cảm ơn."
    assert PageFeedback.objects.count() == 1
    other_page = NewsPageFactory(title="Một bài khác")
    assert client.post(VOTE, vote_data(other_page)).status_code == 200
    assert Client().post(VOTE, vote_data(news, helpful="no")).status_code == 200  # another browser
    assert PageFeedback.objects.filter(page=news).count() == 2


def test_a_vote_with_javascript_gets_json(client, news):
    response = client.post(VOTE, vote_data(news, helpful="no"), HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response.json() == {"ok": True, "message": "Cảm ơn bạn đã gửi ý kiến."}
    assert PageFeedback.objects.get().helpful is False


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"helpful": ""}, "Vui lòng chọn Có hoặc Không."),
        ({"helpful": "maybe"}, ""),
        ({"page": "42:forged"}, "Không thể đánh giá trang này."),
        ({"comment": "x" * 501}, "500"),
    ],
)
def test_a_refused_vote_stores_nothing(client, news, overrides, message):
    response = client.post(VOTE, vote_data(news, **overrides), HTTP_ACCEPT="application/json")
    assert response.status_code == 400
    assert message in response.json()["message"]
    assert PageFeedback.objects.count() == 0


def test_a_draft_page_cannot_be_rated(client):
    draft = NewsPageFactory(live=False)
    assert client.post(VOTE, vote_data(draft)).status_code == 400
    assert PageFeedback.objects.count() == 0


def test_a_robot_filling_the_hidden_field_stores_nothing(client, news):
    assert client.post(VOTE, vote_data(news, website="http://spam.example")).status_code == 200
    assert PageFeedback.objects.count() == 0


def test_only_posts_are_accepted(client):
    assert client.get(VOTE).status_code == 405


def test_a_flood_is_refused_after_the_limit(news, settings, ratelimit_clock):
    settings.FEEDBACK_RATE_LIMIT = 2
    pages = [news, NewsPageFactory(title="Bài hai"), NewsPageFactory(title="Bài ba")]
    answers = [Client().post(VOTE, vote_data(page)).status_code for page in pages]
    assert answers == [200, 200, 429]
    assert PageFeedback.objects.count() == 2


def test_comments_are_never_public(client, news):
    client.post(VOTE, vote_data(news, comment="Góp ý riêng cho Ban Biên tập"))
    assert "Góp ý riêng cho Ban Biên tập" not in client.get(news.url).content.decode()


def test_the_widget_is_labelled(client, news):
    html = client.get(news.url).content.decode()
    assert re.search(r'<label for="id_feedback_comment">', html)
    assert 'aria-describedby="id_feedback_comment_help"' in html
