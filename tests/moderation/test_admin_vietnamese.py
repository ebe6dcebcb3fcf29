"""The admin's JavaScript speaks Vietnamese: Wagtail's and wagtail-localize's JavaScript catalogues take the
portal's entries (locale/vi/LC_MESSAGES/djangojs.po) where their own Vietnamese is missing."""

import json
import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def catalogue(client, url):
    response = client.get(url)
    assert response.status_code == 200
    match = re.search(r"const newcatalog = (\{.*?\});", response.content.decode(), re.S)
    assert match, "not a Django JavaScript catalogue"
    return json.loads(match.group(1))


def test_wagtail_admin_javascript_is_in_vietnamese(admin_client):
    strings = catalogue(admin_client, reverse("wagtailadmin_javascript_catalog"))
    assert strings["Collapse all"] == "Thu gọn tất cả"
    assert strings["Expand all"] == "Mở rộng tất cả"
    assert strings["Toggle sidebar"] == "Mở/đóng thanh bên"
    assert strings["%(num)s error"] == ["%(num)s lỗi"]


def test_localize_editor_javascript_is_in_vietnamese(admin_client):
    strings = catalogue(admin_client, reverse("wagtail_localize:javascript_catalog"))
    assert strings["Download PO file"] == "Tải tệp PO"
    assert strings["Upload PO file"] == "Tải lên tệp PO"
    assert strings["Not translated"] == "Chưa dịch"
