"""Fixtures for consultation comments: a consultation open now with its articles, a clock to move the portal's
time (django.utils.timezone.now, aware), and django-ratelimit's clock held still."""

import datetime

import django_ratelimit.core
import pytest
from django.utils import timezone

from tests.factories.sections import ConsultationPageFactory

ARTICLES = "Điều 1. Phạm vi điều chỉnh\nĐiều 2. Giờ mở cửa chợ\n\nĐiều 3. Trách nhiệm của hộ kinh doanh\n"


@pytest.fixture
def consultation(db):
    return ConsultationPageFactory(
        title="Lấy ý kiến dự thảo Quy chế quản lý chợ Dương Kinh",
        articles=ARTICLES,
        outcome="",
    )


class Clock:
    """The portal's clock (timezone.now) held at `now`, aware; `move()` sets it elsewhere."""

    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now

    def move(self, to):
        self.now = to


@pytest.fixture
def clock(monkeypatch):
    clock = Clock(timezone.now())
    monkeypatch.setattr(timezone, "now", clock)
    return clock


class RateClock:
    def __init__(self):
        self.now = 1_800_000_000.0

    def time(self):
        return self.now


@pytest.fixture
def ratelimit_clock(monkeypatch):
    clock = RateClock()
    monkeypatch.setattr(django_ratelimit.core, "time", clock)
    return clock


def vietnam(*args):
    """An aware moment in Vietnam time: vietnam(2026, 12, 7, 17, 0)."""
    return timezone.make_aware(datetime.datetime(*args), timezone.get_default_timezone())


def form_data(**overrides):
    data = {
        "name": "Nguyễn Văn An",
        "email": "an.nguyen@example.vn",
        "phone": "0912 345 678",
        "organisation": "",
        "article": "Điều 2. Giờ mở cửa chợ",
        "body": "Đề nghị chợ mở cửa từ 5 giờ sáng vào mùa hè.",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def comment_url(page):
    return f"/lay-y-kien/gop-y/{page.pk}/"
