"""Royalty fixtures: a known rate, and royalty records in a month of their own."""

import datetime
import zoneinfo

import pytest
from wagtail.models import Site

from moderation.royalties.models import RoyaltySettings
from moderation.royalties.services import record_royalty

VIETNAM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
RATE = 200_000


@pytest.fixture
def rate(db):
    def set_rate(value=RATE):
        settings = RoyaltySettings.for_site(Site.objects.get(is_default_site=True))
        settings.rate_per_point = value
        settings.save()
        return value

    set_rate()
    return set_rate


@pytest.fixture
def royalty(rate, live_news):
    """A royalty recorded for a new live news article, approved at `when` (Vietnam time)."""

    def make(
        coefficient, *, contributors=(), outside="", when=datetime.datetime(2024, 3, 15, 9, 0), user=None
    ):
        page = live_news(title=f"Tin nhuận bút {coefficient} {outside or ''}".strip())
        return record_royalty(
            page,
            user=user,
            kind="tin",
            coefficient=coefficient,
            contributors=[person.pk for person in contributors],
            outside_authors=outside,
            approved_at=when.replace(tzinfo=VIETNAM),
        )

    return make
