"""`manage.py seed_demo`: fill every mandatory section of the portal with Vietnamese sample content."""

import logging
import time
from contextlib import contextmanager

from django.core.management.base import BaseCommand

from home import demo


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
            "categories) and create it again.",
        )

    def handle(self, *args, reset=False, verbosity=1, **options):
        started = time.monotonic()
        with quiet_loggers(verbosity < 2):
            counts = demo.load(stdout=self.stdout if verbosity >= 1 else None, reset=reset)
        elapsed = time.monotonic() - started
        self.stdout.write(self.style.SUCCESS(summary(counts, elapsed)))


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
