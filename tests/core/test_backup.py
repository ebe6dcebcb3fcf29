"""`manage.py backup` and `manage.py restore`: a populated portal, backed up and restored into a fresh
database and file storage, has the same pages, revisions, audit-log entries, intake records and files.

The portal runs on a database of the test's own, filled with a copy of the run's test database (the
skeleton), then with content made by the factories in a process of its own: on PostgreSQL a throwaway cluster
(port 55434), on SQLite (`env -u DATABASE_URL`) a temporary database file copied with SQLite's online backup
API. Each step is the real command in its own process, as an operator runs it. The same drill with the media
in S3 and the backup in a separate S3 bucket: tests/core/test_backup_s3.py.
"""

import datetime
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from core.backup import PREFIX, STAMP, prune
from core.scheduler import scheduled_jobs
from tests.throwaway import ThrowawayPostgres, run_database_url

PG_PORT = 55434

POPULATE = """
from moderation.intake import services
from moderation.intake.models import Channel
from tests.factories.home import build_every_page_type
from tests.factories.legal_docs import LegalDocumentFactory
from tests.moderation.intake.samples import pdf_bytes, png_bytes
build_every_page_type()
LegalDocumentFactory(number="15/2025/QĐ-UBND", summary="Quy định về quản lý trật tự đô thị")
services.receive(channel=Channel.WEB_FORM, subject="Ngập nước ngõ 7", body="Ngõ 7 ngập sâu.",
    files=[("anh.png", png_bytes(), "png"), ("don.pdf", pdf_bytes(), "pdf")], sender_name="Phạm Thị Mai")
"""

SNAPSHOT = """
import json
from wagtail.models import ModelLogEntry, Page, PageLogEntry, Revision
from moderation.intake.models import IntakeRecord
print(json.dumps({
    "pages": list(Page.objects.order_by("pk").values_list("pk", "title", "live", "latest_revision_id")),
    "revisions": list(Revision.objects.order_by("pk").values_list("pk", "object_id", "content_type_id")),
    "page_log": list(PageLogEntry.objects.order_by("pk").values_list("pk", "action", "page_id")),
    "model_log": list(ModelLogEntry.objects.order_by("pk").values_list("pk", "action", "object_id")),
    "intake": list(IntakeRecord.objects.order_by("pk").values_list("tracking_code", "subject", "body")),
    "attachments": sorted(a.file.name for r in IntakeRecord.objects.all() for a in r.attachments.all()),
}, ensure_ascii=False, default=str))
"""


def manage(*args, database_url, media_root=None, check=True, **variables):
    environment = {key: value for key, value in os.environ.items() if key not in {"REDIS_URL"}}
    environment.update(
        DJANGO_SETTINGS_MODULE="duongkinh.settings.dev",
        DJANGO_DEBUG="0",
        DATABASE_URL=database_url,
        **({"DJANGO_MEDIA_ROOT": str(media_root)} if media_root else {}),
        **variables,
    )
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=check,
    )


def assert_same_portal(source, restored):
    """The restored database holds what the populated source held: pages, revisions, log entries, intake."""
    before = json.loads(manage("shell", "--no-imports", "-c", SNAPSHOT, **source).stdout)
    after = json.loads(manage("shell", "--no-imports", "-c", SNAPSHOT, **restored).stdout)
    assert before["pages"] and before["revisions"] and before["page_log"] and before["model_log"]
    assert before["intake"] and len(before["attachments"]) == 2
    assert after == before


def checksums(folder):
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in Path(folder).rglob("*")
        if path.is_file()
    }


def portal_databases(port, folder):
    """(source, restored) database URLs: the source a copy of the run's test database, the other empty."""
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(folder / "source.sqlite3") as copy:
            connection.connection.backup(copy)
        copy.close()
        yield f"sqlite:///{folder / 'source.sqlite3'}", f"sqlite:///{folder / 'restored.sqlite3'}"
        return
    server = ThrowawayPostgres(port).init()
    try:
        server.start()
        server.load_from(run_database_url())
        server.createdb("restored")
        yield server.url(), server.url("restored")
    finally:
        server.destroy()


@pytest.fixture
def databases(db, tmp_path):
    yield from portal_databases(PG_PORT, tmp_path)


def test_a_backup_restores_into_a_fresh_database_and_file_storage(databases, tmp_path):
    source = {"database_url": databases[0], "media_root": tmp_path / "media"}
    restored = {"database_url": databases[1], "media_root": tmp_path / "restored-media"}
    manage("shell", "--no-imports", "-c", POPULATE, **source)

    result = manage("backup", "--to", str(tmp_path / "backups"), **source)
    assert "Bản sao lưu" in result.stdout and "tệp" in result.stdout
    (backup,) = (tmp_path / "backups").glob(f"{PREFIX}*")
    manifest = json.loads((backup / "manifest.json").read_text())
    assert manifest["database"]["engine"] == connection.vendor and manifest["media_files"] >= 3
    if connection.vendor == "sqlite":
        assert manifest["database"]["file"] == "database.sqlite3"

    result = manage("restore", str(backup), **restored)
    assert "đã kiểm tra mọi mã băm" in result.stdout

    assert_same_portal(source, restored)
    assert checksums(restored["media_root"]) == checksums(source["media_root"]) != {}

    # A second restore finds the database full, and says so.
    again = manage("restore", str(backup), check=False, **restored)
    assert again.returncode != 0 and "cơ sở dữ liệu trống" in again.stderr


def test_a_damaged_backup_is_refused_before_anything_is_restored(databases, tmp_path):
    source = {"database_url": databases[0], "media_root": tmp_path / "media"}
    manage("shell", "--no-imports", "-c", POPULATE, **source)
    manage("backup", "--to", str(tmp_path / "backups"), **source)
    (backup,) = (tmp_path / "backups").glob(f"{PREFIX}*")
    damaged = next((backup / "media").rglob("*.png"))
    damaged.write_bytes(damaged.read_bytes()[:-10])

    result = manage(
        "restore",
        str(backup),
        check=False,
        database_url=databases[1],
        media_root=tmp_path / "restored-media",
    )
    assert result.returncode != 0 and "mã băm không khớp" in result.stderr
    assert not (tmp_path / "restored-media").exists()
    assert table_count(databases[1]) == 0


TABLES = "from django.db import connection; print(len(connection.introspection.table_names()))"


def table_count(database_url):
    return int(manage("shell", "--no-imports", "-c", TABLES, database_url=database_url).stdout)


def test_retention_keeps_the_newest_backup_of_each_day_week_and_month(tmp_path):
    start = datetime.datetime(2026, 12, 7, 2, 30)
    for hours in range(0, 24 * 120, 12):  # two backups a day for 120 days
        (tmp_path / f"{PREFIX}{start - datetime.timedelta(hours=hours):{STAMP}}").mkdir()
    prune(tmp_path, daily=7, weekly=4, monthly=3)
    kept = sorted(path.name for path in tmp_path.iterdir())
    days = {name[len(PREFIX) : len(PREFIX) + 8] for name in kept}
    assert f"{PREFIX}20261207-023000" in kept  # the newest
    assert {f"202612{day:02d}" for day in range(1, 8)} <= days  # the last seven days
    assert len(kept) <= 7 + 4 + 3 and len(kept) == len(days)  # one a day at most
    assert any(name.startswith(f"{PREFIX}202610") for name in kept)  # a monthly one from October


def test_the_nightly_backup_is_scheduled_when_a_backup_folder_is_set(settings):
    settings.BACKUP_ENABLED = "/srv/backups"
    jobs = scheduled_jobs()
    assert (jobs["backup"].cron, jobs["backup"].target) == ("30 2 * * *", "backup")
    settings.BACKUP_ENABLED = None
    assert "backup" not in scheduled_jobs()
