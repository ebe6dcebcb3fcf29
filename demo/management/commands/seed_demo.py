"""`manage.py seed_demo`: fill every mandatory section of the portal with Vietnamese sample content."""

import logging
import time
from contextlib import contextmanager
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Page

from demo import loader as demo
from demo.loader import sample_page_models
from demo.values import DataError
from moderation.royalties.services import delete_records, records_for_pages


class Command(BaseCommand):
    help = (
        "Fill every section of the portal with sample content (pages, images, documents). Running it again "
        "changes nothing; --reset deletes the sample content first and builds it again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete the sample content (pages marked as sample data, sample images and documents, news "
            "categories, the royalties of the sample pages) and create it again.",
        )
        parser.add_argument(
            "--data",
            type=Path,
            default=demo.DATA_DIR,
            help="Read the data files from this folder instead of demo/data (see docs/demo-content.md).",
        )

    def handle(self, *args, reset=False, data=demo.DATA_DIR, verbosity=1, **options):
        started = time.monotonic()
        with quiet_loggers(verbosity < 2), transaction.atomic():
            royalties = sample_royalty_records() if reset else []
            stdout = self.stdout if verbosity >= 1 else None
            try:
                counts = demo.load(stdout=stdout, reset=reset, data_dir=data)
            except DataError as error:
                raise CommandError(f"{data}/{error}") from error
            if reset:
                counts["deleted_royalties"] = delete_royalties_of_deleted_pages(royalties)
                if verbosity >= 1:
                    self.stdout.write(
                        f"Đã xóa {counts['deleted_royalties']} bản ghi nhuận bút của trang mẫu."
                    )
        elapsed = time.monotonic() - started
        self.stdout.write(self.style.SUCCESS(summary(counts, elapsed)))


def sample_royalty_records():
    """The royalty records of sample pages, taken before --reset deletes those pages."""
    page_ids = set()
    for model in sample_page_models():
        page_ids.update(model.objects.filter(is_sample_content=True).values_list("pk", flat=True))
    return list(records_for_pages(page_ids))


def delete_royalties_of_deleted_pages(records):
    """Royalties of sample pages that --reset deleted (a sample page kept for real content below it keeps
    its royalty). Rebuilt pages get new ids and new royalty records."""
    existing = {
        str(pk)
        for pk in Page.objects.filter(pk__in=[int(r.object_id) for r in records]).values_list("pk", flat=True)
    }
    gone = [record for record in records if record.object_id not in existing]
    return delete_records(gone, reason="seed_demo --reset")


@contextmanager
def quiet_loggers(quiet, names=("wagtail", "django_tasks", "modelsearch")):
    """Hide the per-page INFO lines of Wagtail and the task runner, unless asked for with -v 2."""
    loggers = [logging.getLogger(name) for name in names] if quiet else []
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(max(logger.getEffectiveLevel(), logging.WARNING))
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def summary(counts, elapsed):
    created = [
        (counts.get("pages", 0), "trang"),
        (counts.get("images", 0), "ảnh"),
        (counts.get("documents", 0), "tài liệu"),
    ]
    if (
        not any(number for number, _ in created)
        and not counts.get("categories")
        and not counts.get("settings")
    ):
        return f"Dữ liệu mẫu đã có sẵn, không thay đổi gì ({elapsed:.1f} giây)."
    parts = ", ".join(f"{number} {noun}" for number, noun in created)
    return f"Đã tạo {parts} ({elapsed:.1f} giây)."
