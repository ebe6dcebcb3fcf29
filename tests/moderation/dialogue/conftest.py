import django_ratelimit.core
import pytest
from django.core.cache import cache

from tests.factories.dialogue import DialoguePageFactory
from tests.moderation.intake.conftest import Clock


@pytest.fixture(autouse=True)
def clear_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def ratelimit_clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(django_ratelimit.core, "time", clock)
    return clock


@pytest.fixture
def dialogue(db):
    return DialoguePageFactory()
