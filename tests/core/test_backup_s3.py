"""Backups in a separate S3 bucket (core/backup_s3.py), on a real S3 endpoint: moto in server mode on a free
loopback port (tests/test_services.py). The portal keeps its media in one bucket; `manage.py backup --to
s3://…` writes to another; `manage.py restore s3://…` rebuilds a fresh database and a fresh media bucket.
The databases are those of tests/core/test_backup.py: a throwaway PostgreSQL cluster, or SQLite files.
"""

import datetime
import hashlib
import json
import uuid

import boto3
import pytest

from core.backup import MANIFEST, PREFIX, STAMP
from core.backup_s3 import prune_s3, upload
from tests.core.test_backup import POPULATE, assert_same_portal, manage, portal_databases, table_count
from tests.test_services import s3_endpoint  # noqa: F401 (the fixture: moto's S3 server)

PG_PORT = 55435


@pytest.fixture
def databases(db, tmp_path):
    yield from portal_databases(PG_PORT, tmp_path)


@pytest.fixture
def s3(s3_endpoint):  # noqa: F811
    return boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",
    )


def new_bucket(s3, name):
    bucket = f"{name}-{uuid.uuid4().hex[:8]}"
    s3.create_bucket(Bucket=bucket)
    return bucket


def media_in_s3(endpoint, bucket):
    """The environment of a portal whose media are in the bucket; the backup bucket shares its endpoint."""
    return {
        "AWS_STORAGE_BUCKET_NAME": bucket,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
    }


def keys(s3, bucket, prefix=""):
    pages = s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix)
    return sorted(item["Key"] for page in pages for item in page.get("Contents", []))


def checksums(s3, bucket):
    return {
        key: hashlib.sha256(s3.get_object(Bucket=bucket, Key=key)["Body"].read()).hexdigest()
        for key in keys(s3, bucket)
    }


def back_up_a_populated_portal(s3, endpoint, databases):
    """The source portal's media bucket, the backup bucket, and the backup's s3:// address and key prefix."""
    media, backups = new_bucket(s3, "media"), new_bucket(s3, "backups")
    source = {"database_url": databases[0], **media_in_s3(endpoint, media)}
    manage("shell", "--no-imports", "-c", POPULATE, **source)
    result = manage("backup", "--to", f"s3://{backups}/portal/nightly", **source)
    assert f"Bản sao lưu s3://{backups}/portal/nightly/{PREFIX}" in result.stdout
    (manifest_key,) = [key for key in keys(s3, backups) if key.endswith(f"/{MANIFEST}")]
    prefix = manifest_key.removesuffix(MANIFEST)
    assert prefix.startswith(f"portal/nightly/{PREFIX}")
    return source, backups, f"s3://{backups}/{prefix.rstrip('/')}", prefix


def test_a_backup_in_s3_restores_into_a_fresh_database_and_media_bucket(databases, s3, s3_endpoint):  # noqa: F811
    source, backups, address, prefix = back_up_a_populated_portal(s3, s3_endpoint, databases)
    media = source["AWS_STORAGE_BUCKET_NAME"]
    manifest = json.loads(s3.get_object(Bucket=backups, Key=prefix + MANIFEST)["Body"].read())
    stored = {key.removeprefix(prefix) for key in keys(s3, backups)}
    assert stored == {*manifest["files"], MANIFEST}
    assert manifest["media_files"] == len(keys(s3, media)) >= 3
    database = {name for name in manifest["files"] if not name.startswith("media/")}
    assert database == {manifest["database"]["file"]}

    restored_media = new_bucket(s3, "restored-media")
    restored = {"database_url": databases[1], **media_in_s3(s3_endpoint, restored_media)}
    result = manage("restore", address, **restored)
    assert "đã kiểm tra mọi mã băm" in result.stdout

    assert_same_portal(source, restored)
    assert checksums(s3, restored_media) == checksums(s3, media) != {}


def test_a_damaged_or_unfinished_backup_in_s3_is_refused_before_anything_is_restored(
    databases,
    s3,
    s3_endpoint,  # noqa: F811
):
    _source, backups, address, prefix = back_up_a_populated_portal(s3, s3_endpoint, databases)
    restored_media = new_bucket(s3, "restored-media")
    restored = {"database_url": databases[1], **media_in_s3(s3_endpoint, restored_media)}
    damaged = next(key for key in keys(s3, backups, prefix) if key.endswith(".png"))
    body = s3.get_object(Bucket=backups, Key=damaged)["Body"].read()
    s3.put_object(Bucket=backups, Key=damaged, Body=body[:-10])

    result = manage("restore", address, check=False, **restored)
    assert result.returncode != 0 and "mã băm không khớp" in result.stderr
    assert damaged.removeprefix(prefix) in result.stderr
    assert keys(s3, restored_media) == [] and table_count(databases[1]) == 0

    s3.delete_object(Bucket=backups, Key=prefix + MANIFEST)  # as if the upload had stopped before its end
    result = manage("restore", address, check=False, **restored)
    assert result.returncode != 0 and "không phải một bản sao lưu hoàn chỉnh" in result.stderr
    assert keys(s3, restored_media) == [] and table_count(databases[1]) == 0


class RecordingClient:
    """The real client, noting the order of the uploads."""

    def __init__(self, client):
        self.client, self.uploaded = client, []

    def upload_file(self, filename, bucket, key):
        self.uploaded.append(key)
        return self.client.upload_file(filename, bucket, key)


def test_the_manifest_is_uploaded_after_every_other_file(s3, tmp_path):
    bucket = new_bucket(s3, "backups")
    folder = tmp_path / f"{PREFIX}20261207-023000"
    (folder / "media" / "documents").mkdir(parents=True)
    (folder / "media" / "documents" / "zz.pdf").write_bytes(b"%PDF-1.4")
    (folder / "database.sqlite3").write_bytes(b"SQLite format 3\x00")
    (folder / MANIFEST).write_text("{}")
    recording = RecordingClient(s3)

    address = upload(folder, f"s3://{bucket}/nightly/", recording)
    assert address == f"s3://{bucket}/nightly/{folder.name}"
    assert recording.uploaded[-1] == f"nightly/{folder.name}/{MANIFEST}"
    assert sorted(recording.uploaded) == keys(s3, bucket) and len(recording.uploaded) == 3


def test_retention_in_the_bucket_deletes_whole_backups_and_leaves_unfinished_ones(
    s3,
    s3_endpoint,  # noqa: F811
    settings,
):
    settings.BACKUP_S3_ENDPOINT_URL, settings.BACKUP_S3_REGION_NAME = s3_endpoint, "us-east-1"
    settings.BACKUP_S3_ACCESS_KEY_ID = settings.BACKUP_S3_SECRET_ACCESS_KEY = "test"
    bucket = new_bucket(s3, "backups")
    start = datetime.datetime(2026, 12, 7, 2, 30)
    names = [f"{PREFIX}{start - datetime.timedelta(days=days):{STAMP}}" for days in range(10)]
    for name in names:
        for file in (f"media/{name}.txt", MANIFEST):
            s3.put_object(Bucket=bucket, Key=f"nightly/{name}/{file}", Body=b"x")
    unfinished = f"nightly/{PREFIX}20261208-023000/database.dump"  # newer, but its manifest never came
    s3.put_object(Bucket=bucket, Key=unfinished, Body=b"x")
    s3.put_object(Bucket=bucket, Key=f"other/{names[-1]}/{MANIFEST}", Body=b"x")  # not under the prefix

    deleted = prune_s3(f"s3://{bucket}/nightly", daily=3, weekly=0, monthly=0)
    assert deleted == [f"s3://{bucket}/nightly/{name}" for name in names[3:]]
    kept = {f"nightly/{name}/{file}" for name in names[:3] for file in (f"media/{name}.txt", MANIFEST)}
    assert set(keys(s3, bucket)) == kept | {unfinished, f"other/{names[-1]}/{MANIFEST}"}
