"""Fixtures for the questions from citizens: a clean rate limit, the /hoi-dap/ section with one published
answer (so the form offers its field), and the admin URLs."""

import pytest
from django.core.cache import cache

from tests.factories.sections import QuestionPageFactory

ASK = "/hoi-dap/dat-cau-hoi/"
TRACK = "/hoi-dap/tra-cuu/"


@pytest.fixture(autouse=True)
def clear_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def published_answer(db):
    """A published Q&A in the field "Hộ tịch"."""
    return QuestionPageFactory()


def form_data(**overrides):
    data = {
        "asker_name": "Nguyễn Thị Hoa",
        "asker_email": "hoa@example.com",
        "asker_phone": "0912 345 678",
        "field": "Hộ tịch",
        "question": "Xin hỏi thủ tục đăng ký khai sinh cho con khi bố mẹ chưa đăng ký kết hôn?",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data
