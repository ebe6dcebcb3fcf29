"""“Thông tin này có hữu ích không?” in a real browser at 360 px: a reader answers with a comment and is
thanked without a reload; the page, reloaded, does not ask again; axe finds no violation on the widget.

Run with a django_db test module (tests/browser/conftest.py), e.g.
`.venv/bin/pytest -n 0 tests/browser/test_page_feedback.py tests/core/test_calendar.py`.
"""

import pytest
from playwright.sync_api import expect

from moderation.feedback.models import PageFeedback
from tests.factories.sections import NewsPageFactory

from .test_editorial_path import orm  # noqa: F401 - the fixture
from .test_portal import AXE_OPTIONS, _violations, axe


@pytest.mark.django_db
def test_an_article_carries_the_question(client):
    """Runs first, so that pytest-django makes the test database when this module runs on its own too."""
    assert "Thông tin này có hữu ích không?" in client.get(NewsPageFactory().url).content.decode()


@pytest.fixture
def article(portal_url, orm):  # noqa: F811 - the fixture imported above
    with orm():
        page = NewsPageFactory(title="Phường Dương Kinh hướng dẫn nộp hồ sơ trực tuyến")
    yield page
    with orm():
        PageFeedback.objects.filter(page=page).delete()
        page.delete()


def test_a_vote_is_thanked_without_a_reload_and_not_asked_again(portal_url, page_at, article, orm):  # noqa: F811
    page = page_at(360)
    page.goto(portal_url + article.url)
    widget = page.locator("[data-page-feedback]")
    widget.scroll_into_view_if_needed()
    results = axe.run(page, options=AXE_OPTIONS)
    assert _violations(results) == []
    page.evaluate("window.stillTheSamePage = true")
    page.fill("#id_feedback_comment", "Nên thêm số điện thoại hỗ trợ.")
    widget.locator("button[value=no]").click()
    expect(widget.locator("[role=status]")).to_have_text("Cảm ơn bạn đã gửi ý kiến.")
    expect(widget.locator("form")).to_be_hidden()
    assert page.evaluate("window.stillTheSamePage") is True
    page.reload()
    expect(widget.locator("[role=status]")).to_have_text("Bạn đã gửi ý kiến về trang này. Xin cảm ơn.")
    page.goto("about:blank")
    with orm():
        vote = PageFeedback.objects.get(page=article)
    assert vote.helpful is False and vote.comment == "Nên thêm số điện thoại hỗ trợ."
