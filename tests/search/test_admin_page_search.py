"""The admin's page search (Wagtail's autocomplete, counted by the portal's PostgreSQL results class)."""

import pytest

from tests.factories.core import UserFactory
from tests.factories.sections.items import NewsPageFactory

pytestmark = pytest.mark.django_db


def test_the_admin_page_search_lists_matching_pages(client, home_page):
    NewsPageFactory(title="Khánh thành nhà văn hóa tổ dân phố")
    client.force_login(UserFactory(username="quan-tri", superuser=True))
    response = client.get("/admin/pages/search/", {"q": "nhà văn"})
    assert response.status_code == 200
    assert "Khánh thành nhà văn hóa tổ dân phố" in response.content.decode()
