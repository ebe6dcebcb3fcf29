"""People in each editorial role, pages in the review workflow, and the admin URLs they use: all made with
the factories (tests/factories), on the portal's skeleton."""

import pytest
from django.test import Client
from django.urls import reverse

from moderation import roles
from sections.models import NewsPage
from tests.factories.core import PASSWORD, UserFactory
from tests.factories.sections import NewsPageFactory


@pytest.fixture
def make_user(db):
    def make(username, *role_names, sections=(), superuser=False):
        return UserFactory(
            username=username, roles=list(role_names), sections=list(sections), superuser=superuser
        )

    return make


@pytest.fixture
def news_section(section):
    return section("tin-tuc")


@pytest.fixture
def intro_section(section):
    return section("gioi-thieu")


@pytest.fixture
def contributor(make_user, news_section):
    return make_user("ctv-tin-tuc", roles.CONTRIBUTOR, sections=[news_section])


@pytest.fixture
def editor(make_user):
    return make_user("bien-tap", roles.EDITOR)


@pytest.fixture
def editor_in_chief(make_user):
    return make_user("truong-ban", roles.EDITOR_IN_CHIEF)


@pytest.fixture
def administrator(make_user):
    return make_user("quan-tri", roles.ADMINISTRATOR)


@pytest.fixture
def auditor(make_user):
    return make_user("kiem-tra", roles.AUDITOR)


@pytest.fixture
def superuser(make_user):
    return make_user("sieu-quan-tri", superuser=True)


@pytest.fixture
def login(db):
    """A test client signed in through the admin's login form."""

    def sign_in(user):
        client = Client()
        response = client.post(
            reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD}
        )
        assert response.status_code == 302, "login failed"
        return client

    return sign_in


@pytest.fixture
def draft_news(news_section):
    """A news draft of `owner` with its first revision, not submitted yet."""

    def make(owner, title="Thông báo lịch tiếp công dân tháng 5", go_live_at=None):
        return NewsPageFactory(
            parent=news_section, title=title, owner=owner, go_live_at=go_live_at, live=False
        )

    return make


@pytest.fixture
def submitted_news(draft_news):
    """A news draft its owner has submitted to the review workflow."""

    def make(owner, **kwargs):
        page = draft_news(owner, **kwargs)
        page.get_workflow().start(page, owner)
        return NewsPage.objects.get(pk=page.pk)

    return make


@pytest.fixture
def approved_by_editor(submitted_news, editor):
    """A news article waiting for the editor-in-chief's approval."""

    def make(owner, **kwargs):
        page = submitted_news(owner, **kwargs)
        task_state = page.current_workflow_task_state.specific
        task_state.task.specific.on_action(task_state, editor, "approve", comment="")
        return NewsPage.objects.get(pk=page.pk)

    return make


@pytest.fixture
def live_news(news_section):
    """A news article that went live through the workflow earlier."""

    def make(title="Kết quả kỳ họp Hội đồng nhân dân phường"):
        return NewsPageFactory(parent=news_section, title=title)

    return make
