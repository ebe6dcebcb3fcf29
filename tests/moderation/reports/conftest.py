"""Fixtures of the feedback and information request registers: a clean rate limit for each test."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def clear_rate_limits():
    cache.clear()
    yield
    cache.clear()


HOSTILE = '<script>alert("x")</script>=HYPERLINK("http://evil.example","bấm")'
