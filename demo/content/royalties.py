"""Nhuận bút: royalty records for the most recent sample news, as if the editor-in-chief had set them."""

import datetime

from moderation.royalties.models import Kind, RoyaltyRecord
from moderation.royalties.services import local_zone, mark_paid, record_royalty
from sections.models import NewsPage

LABEL = "Nhuận bút"
PAID_FROM = 5
COEFFICIENTS = ["1.5", "2", "1", "3", "1.5", "2.5", "1", "2"]
KINDS = [Kind.NEWS, Kind.ARTICLE, Kind.NEWS, Kind.ARTICLE, Kind.PHOTO, Kind.ARTICLE, Kind.NEWS, Kind.NEWS]


def build(s, home):
    pages = (
        NewsPage.objects.descendant_of(home)
        .filter(is_sample_content=True, live=True)
        .order_by("-date", "-pk")[: len(COEFFICIENTS)]
    )
    created = 0
    for index, (page, coefficient, kind) in enumerate(zip(pages, COEFFICIENTS, KINDS, strict=False)):
        if RoyaltyRecord.objects.for_object(page).exists():
            continue
        approved_at = datetime.datetime.combine(page.date, datetime.time(9, 0), tzinfo=local_zone())
        record = record_royalty(
            page,
            user=None,
            kind=kind,
            coefficient=coefficient,
            outside_authors=page.author or "Ban Biên tập",
            approved_at=approved_at,
        )
        if index >= PAID_FROM:  # the oldest ones have been paid already
            mark_paid(
                record.lines.all(), user=None, paid_on=min(s.today, page.date + datetime.timedelta(days=30))
            )
        created += 1
    s.counts["royalties"] += created
    if created:
        s.say(f"  {created} bản ghi nhuận bút mới")
