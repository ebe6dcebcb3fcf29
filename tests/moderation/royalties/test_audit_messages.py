"""Royalty changes read well in the audit log: labels and day-first dates, not Python dictionaries."""

import datetime

import pytest
from django.utils import translation
from wagtail.models import ModelLogEntry

from moderation.royalties.services import change_royalty, mark_paid

pytestmark = pytest.mark.django_db


def message(action, **filters):
    entry = ModelLogEntry.objects.filter(action=action, **filters).latest("pk")
    with translation.override("vi"):
        return str(entry.message)


def test_a_payment_reads_with_labels_and_a_day_first_date(royalty, editor_in_chief):
    record = royalty("2", outside="Ông Lê Văn Tám")
    mark_paid(record.lines.all(), user=editor_in_chief, paid_on=datetime.date(2026, 11, 28))

    text = message("royalties.line.paid", user=editor_in_chief)

    assert text == "Đã đánh dấu chi trả nhuận bút (trước: ngày chi trả: —; sau: ngày chi trả: 28/11/2026)"


def test_a_correction_reads_with_labels_kind_names_and_amounts(royalty, editor_in_chief, rate):
    record = royalty("2", outside="Ông Lê Văn Tám")
    change_royalty(
        record, user=editor_in_chief, kind="anh", coefficient="3", outside_authors="Ông Lê Văn Tám"
    )

    text = message("royalties.record.change", user=editor_in_chief)

    assert "thể loại: Tin; hệ số: 2.00;" in text
    assert "thể loại: Ảnh" in text
    assert "số tiền (đồng): 600.000" in text
    assert "{" not in text
