"""People in the roles that read the audit record, signed in through the admin's login form."""

import pytest
from django.test import Client
from django.urls import reverse

from core.permissions import ADMINISTRATOR, AUDITOR, CONTRIBUTOR, EDITOR, EDITOR_IN_CHIEF
from tests.factories.core import PASSWORD, UserFactory


@pytest.fixture
def auditor(db):
    return UserFactory(username="kiem-tra-vien", roles=[AUDITOR])


@pytest.fixture
def administrator(db):
    return UserFactory(username="quan-tri-cong", roles=[ADMINISTRATOR])


@pytest.fixture
def editor_in_chief(db):
    return UserFactory(username="truong-ban-bt", roles=[EDITOR_IN_CHIEF])


@pytest.fixture
def editor(db):
    return UserFactory(username="bien-tap-vien", roles=[EDITOR])


@pytest.fixture
def contributor(db):
    return UserFactory(username="cong-tac-vien", roles=[CONTRIBUTOR])


@pytest.fixture
def login(db):
    def sign_in(user):
        client = Client()
        response = client.post(
            reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD}
        )
        assert response.status_code == 302, "login failed"
        return client

    return sign_in
