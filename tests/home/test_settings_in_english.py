"""Under /en/ the header, the footer and the page title name the ward in English (the settings' English
identity), and the Vietnamese pages keep the Vietnamese names."""

import pytest
from django.core.cache import cache

from core.models import PortalSettings
from tests.factories.english import english_home

pytestmark = pytest.mark.django_db

VIETNAMESE_AGENCY = "Ủy ban nhân dân phường Dương Kinh"


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def portal(home_page):
    english_home(home_page)
    return PortalSettings.for_site(home_page.get_site())


def test_the_english_home_names_the_agency_in_english(client, portal):
    english = client.get("/en/").content.decode()
    assert "PEOPLE&#x27;S COMMITTEE OF DUONG KINH WARD" in english
    assert "People&#x27;s Committee of Duong Kinh Ward, Hai Phong City" in english  # footer: owning agency
    assert VIETNAMESE_AGENCY.upper() not in english
    vietnamese = client.get("/").content.decode()
    assert VIETNAMESE_AGENCY.upper() in vietnamese
    assert "DUONG KINH WARD" not in vietnamese


def test_an_english_name_left_empty_shows_the_vietnamese_one(client, portal):
    portal.agency_name_en = ""
    portal.address = "Số 1 đường Dương Kinh"
    portal.save()
    english = client.get("/en/").content.decode()
    assert VIETNAMESE_AGENCY.upper() in english
    assert "Số 1 đường Dương Kinh" in english


def test_the_english_copy_cannot_be_saved_over_the_vietnamese_settings(rf, portal):
    shown = portal.in_language("en")
    assert shown.agency_name == "People's Committee of Duong Kinh Ward"
    with pytest.raises(ValueError):
        shown.save()
    portal.refresh_from_db()
    assert portal.agency_name == VIETNAMESE_AGENCY
