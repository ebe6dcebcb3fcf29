"""People are named the Vietnamese way in the admin: family name first."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.admin.utils import get_user_display_name

pytestmark = pytest.mark.django_db


def test_the_admin_names_people_family_name_first():
    user = get_user_model().objects.create_user("lan", first_name="Lan", last_name="Nguyễn Thị")
    assert user.get_full_name() == "Nguyễn Thị Lan"
    assert get_user_display_name(user) == "Nguyễn Thị Lan"


def test_a_user_without_a_name_is_shown_by_username():
    user = get_user_model().objects.create_user("ctv-khong-ten")
    assert user.get_full_name() == ""
    assert get_user_display_name(user) == "ctv-khong-ten"


def test_the_dashboard_shows_the_author_family_name_first(client):
    admin = get_user_model().objects.create_superuser(
        "chief-names", password="x", first_name="Hùng", last_name="Phạm Quốc"
    )
    client.force_login(admin)
    html = client.get("/admin/").content.decode()
    assert "Phạm Quốc Hùng" in html and "Hùng Phạm Quốc" not in html
