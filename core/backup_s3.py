"""Backups in a separate S3 bucket: `s3://bucket/prefix` as the destination of backup, restore and prune.

A backup is made in a temporary folder exactly as on disk (core/backup.py), then each of its files is uploaded
to `prefix/duongkinh-YYYYMMDD-HHMMSS/…`, `manifest.json` last: a backup whose manifest is not in the bucket
was never finished, and neither `restore` nor the retention takes it for one. `restore` downloads the manifest
and every file it lists into a temporary folder and checks every checksum there before it touches the
database. The bucket is reached with boto3 at the BACKUP_S3_* settings (by default the media storage's
endpoint, region and credentials: duongkinh/settings/base.py).
"""

import json
import tempfile
from pathlib import Path, PurePosixPath

import boto3
from botocore.exceptions import ClientError
from django.conf import settings
from django.utils.translation import gettext as _

from .backup import MANIFEST, BackupError, backup_time, create_backup, not_kept, restore_backup

SCHEME = "s3://"


def is_s3(location):
    return str(location).startswith(SCHEME)


def split(location):
    """(bucket, prefix) of `s3://bucket/prefix`; the prefix has no slash at either end."""
    bucket, _slash, prefix = str(location).removeprefix(SCHEME).partition("/")
    if not bucket:
        raise BackupError(_("%(location)s names no S3 bucket.") % {"location": location})
    return bucket, prefix.strip("/")


def join(*parts):
    return "/".join(part for part in parts if part)


def client():
    return boto3.client(
        "s3",
        endpoint_url=settings.BACKUP_S3_ENDPOINT_URL or None,
        region_name=settings.BACKUP_S3_REGION_NAME or None,
        aws_access_key_id=settings.BACKUP_S3_ACCESS_KEY_ID or None,
        aws_secret_access_key=settings.BACKUP_S3_SECRET_ACCESS_KEY or None,
    )


def is_missing(error):
    return error.response.get("Error", {}).get("Code") in {"404", "NoSuchKey", "NotFound"}


# -- backup ------------------------------------------------------------------------------------------------


def upload(folder, location, s3, progress=lambda done, total, name: None):
    """Upload the backup folder under the location, its manifest last; return the backup's s3:// address."""
    bucket, prefix = split(location)
    folder = Path(folder)
    names = sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file())
    names.remove(MANIFEST)
    names.append(MANIFEST)  # last: until it is there, the backup is not complete
    for number, name in enumerate(names, start=1):
        s3.upload_file(str(folder / name), bucket, join(prefix, folder.name, name))
        progress(number, len(names), name)
    return f"{SCHEME}{bucket}/{join(prefix, folder.name)}"


def create_s3_backup(location, progress=lambda done, total, name: None, uploaded=None, now=None):
    s3 = client()
    split(location)
    with tempfile.TemporaryDirectory(prefix="duongkinh-backup-") as work:
        folder, manifest = create_backup(work, progress, now)
        return upload(folder, location, s3, uploaded or progress), manifest


# -- restore -----------------------------------------------------------------------------------------------


def safe_name(name):
    """A manifest's file name, refused if it would lead out of the download folder."""
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts:
        raise BackupError(_("The manifest names a file outside the backup: %(name)s.") % {"name": name})
    return name


def download(location, target, s3):
    """The backup at the location, downloaded under target: its manifest and every file the manifest lists."""
    bucket, prefix = split(location)
    folder = Path(target) / (PurePosixPath(prefix).name or "backup")
    folder.mkdir(parents=True)
    try:
        s3.download_file(bucket, join(prefix, MANIFEST), str(folder / MANIFEST))
    except ClientError as error:
        if not is_missing(error):
            raise
        raise BackupError(
            _("%(backup)s has no manifest: it is not a complete backup.") % {"backup": location}
        ) from error
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    for name in manifest["files"]:
        destination = folder / safe_name(name)
        destination.parent.mkdir(parents=True, exist_ok=True)
        try:
            s3.download_file(bucket, join(prefix, name), str(destination))
        except ClientError as error:
            if not is_missing(error):
                raise
            # left missing: verify() names it
    return folder


def restore_s3_backup(location, progress=lambda done, total, name: None):
    with tempfile.TemporaryDirectory(prefix="duongkinh-restore-") as work:
        folder = download(location, work, client())
        return restore_backup(folder, progress)


# -- retention ---------------------------------------------------------------------------------------------


def s3_backups(location, s3):
    """(time, key prefix) of every complete backup under the location, newest first."""
    bucket, prefix = split(location)
    found = []
    listing = {"Bucket": bucket, "Prefix": f"{prefix}/" if prefix else "", "Delimiter": "/"}
    pages = s3.get_paginator("list_objects_v2").paginate(**listing)
    for page in pages:
        for common in page.get("CommonPrefixes", []):
            backup = common["Prefix"].rstrip("/")
            when = backup_time(PurePosixPath(backup).name)
            if when and has_object(s3, bucket, join(backup, MANIFEST)):
                found.append((when, backup))
    return sorted(found, reverse=True)


def has_object(s3, bucket, key):
    try:
        s3.head_object(Bucket=bucket, Key=key)
    except ClientError as error:
        if is_missing(error):
            return False
        raise
    return True


def delete_backup(s3, bucket, backup):
    """Delete the manifest first, so that a backup deleted halfway is no longer taken as complete."""
    s3.delete_object(Bucket=bucket, Key=join(backup, MANIFEST))
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=f"{backup}/"):
        keys = [{"Key": item["Key"]} for item in page.get("Contents", [])]
        if keys:
            s3.delete_objects(Bucket=bucket, Delete={"Objects": keys, "Quiet": True})


def prune_s3(location, daily=7, weekly=4, monthly=12):
    """Delete the backups in the bucket the retention does not keep; return their s3:// addresses."""
    s3 = client()
    bucket, _prefix = split(location)
    deleted = not_kept(s3_backups(location, s3), daily, weekly, monthly)
    for backup in deleted:
        delete_backup(s3, bucket, backup)
    return [f"{SCHEME}{bucket}/{backup}" for backup in deleted]
