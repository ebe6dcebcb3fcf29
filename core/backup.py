"""Backups that restore: a consistent database dump, every stored file, and a manifest of SHA-256 checksums.

A backup is a folder `duongkinh-YYYYMMDD-HHMMSS/` holding:

* `database.dump` (PostgreSQL, `pg_dump --format=custom`, one consistent snapshot) or `database.sqlite3`
  (SQLite's online backup API, consistent while the portal runs);
* `media/`: every file of the default storage (the disk under MEDIA_ROOT, or the S3 bucket), read through
  Django's storage API, so the same code backs up either;
* `manifest.json`: when, which database engine, and the size and SHA-256 of every file above.

`restore` checks every checksum first, refuses a database that already holds tables, loads the dump
(`pg_restore`, or SQLite's backup API into the database file) and writes the files back into the storage,
reading each back to compare its checksum. `prune` keeps the newest backup of each of the last
`daily` days, `weekly` ISO weeks and `monthly` months, and deletes the others.

A backup in a separate S3 bucket is this same folder, uploaded with its manifest last: core/backup_s3.py.
"""

import datetime
import hashlib
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.utils.translation import gettext as _

PREFIX = "duongkinh-"
STAMP = "%Y%m%d-%H%M%S"
MANIFEST = "manifest.json"
CHUNK = 1024 * 1024


class BackupError(Exception):
    pass


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        for block in iter(lambda: source.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def postgres_url():
    params = connection.settings_dict
    host, port = params["HOST"] or "127.0.0.1", params["PORT"] or 5432
    password = f":{params['PASSWORD']}" if params.get("PASSWORD") else ""
    return f"postgresql://{params['USER']}{password}@{host}:{port}/{params['NAME']}"


def stored_files(storage, folder=""):
    """Every file name in the storage, walking its folders."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # a media folder not made yet: nothing stored
        return
    for name in sorted(files):
        yield f"{folder}/{name}" if folder else name
    for name in sorted(folders):
        yield from stored_files(storage, f"{folder}/{name}" if folder else name)


# -- backup ------------------------------------------------------------------------------------------------


def dump_database(target_folder):
    if connection.vendor == "postgresql":
        path = target_folder / "database.dump"
        subprocess.run(
            [
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                "--file",
                str(path),
                postgres_url(),
            ],
            check=True,
            capture_output=True,
        )
    elif connection.vendor == "sqlite":
        path = target_folder / "database.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(path) as copy:
            connection.connection.backup(copy)
        copy.close()
    else:
        raise BackupError(_("No backup method for the %(engine)s database.") % {"engine": connection.vendor})
    return path


def copy_media(target_folder, progress=lambda done, total, name: None):
    media = target_folder / "media"
    names = list(stored_files(default_storage))
    for number, name in enumerate(names, start=1):
        destination = media / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        with default_storage.open(name, "rb") as source, open(destination, "wb") as out:
            shutil.copyfileobj(source, out, CHUNK)
        progress(number, len(names), name)
    return names


def create_backup(destination, progress=lambda done, total, name: None, now=None):
    now = now or datetime.datetime.now(datetime.UTC)
    folder = Path(destination) / f"{PREFIX}{now:{STAMP}}"
    partial = folder.with_name(folder.name + ".partial")
    partial.mkdir(parents=True)
    database = dump_database(partial)
    names = copy_media(partial, progress)
    files = {}
    for path in sorted(partial.rglob("*")):
        if path.is_file():
            files[path.relative_to(partial).as_posix()] = {
                "size": path.stat().st_size,
                "sha256": sha256_of(path),
            }
    manifest = {
        "created": now.isoformat(),
        "database": {"engine": connection.vendor, "file": database.name},
        "media_files": len(names),
        "files": files,
    }
    (partial / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
    partial.rename(folder)  # complete, or not there at all
    return folder, manifest


# -- restore -----------------------------------------------------------------------------------------------


def verify(folder):
    """The manifest, once every file it lists has its size and checksum; else BackupError."""
    folder = Path(folder)
    if not (folder / MANIFEST).is_file():
        raise BackupError(_("%(backup)s has no manifest: it is not a complete backup.") % {"backup": folder})
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    for name, expected in manifest["files"].items():
        path = folder / name
        if not path.is_file() or sha256_of(path) != expected["sha256"]:
            raise BackupError(
                _("%(name)s is missing or damaged in %(backup)s: its checksum does not match.")
                % {"name": name, "backup": folder}
            )
    return manifest


def database_is_empty():
    return not connection.introspection.table_names()


def load_database(folder, manifest):
    engine = manifest["database"]["engine"]
    if engine != connection.vendor:
        raise BackupError(
            _("The backup holds a %(engine)s database; this portal uses %(vendor)s.")
            % {"engine": engine, "vendor": connection.vendor}
        )
    if not database_is_empty():
        raise BackupError(_("The database already holds tables: restore only into an empty database."))
    path = Path(folder) / manifest["database"]["file"]
    if engine == "postgresql":
        connection.close()
        subprocess.run(
            [
                "pg_restore",
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "--dbname",
                postgres_url(),
                str(path),
            ],
            check=True,
            capture_output=True,
        )
    else:
        connection.ensure_connection()
        with sqlite3.connect(path) as source:
            source.backup(connection.connection)
        source.close()


def restore_media(folder, manifest, progress=lambda done, total, name: None):
    media = [name for name in manifest["files"] if name.startswith("media/")]
    for number, name in enumerate(media, start=1):
        stored_name = name.removeprefix("media/")
        if default_storage.exists(stored_name):
            message = _("%(name)s is already in the file storage: restore into an empty one.")
            raise BackupError(message % {"name": stored_name})
        saved = default_storage.save(stored_name, ContentFile((Path(folder) / name).read_bytes()))
        with default_storage.open(saved, "rb") as written:
            if hashlib.sha256(written.read()).hexdigest() != manifest["files"][name]["sha256"]:
                raise BackupError(_("%(name)s was not written back intact.") % {"name": stored_name})
        progress(number, len(media), stored_name)
    return len(media)


def restore_backup(folder, progress=lambda done, total, name: None):
    manifest = verify(folder)
    load_database(folder, manifest)
    files = restore_media(folder, manifest, progress)
    return manifest, files


# -- retention ---------------------------------------------------------------------------------------------


def backup_time(name):
    """When the backup of this name was taken, or None for a name that is not a backup's (`….partial`)."""
    if not name.startswith(PREFIX):
        return None
    try:
        return datetime.datetime.strptime(name.removeprefix(PREFIX), STAMP)
    except ValueError:
        return None


def backups_in(destination):
    found = [(backup_time(path.name), path) for path in Path(destination).glob(f"{PREFIX}*")]
    return sorted(((when, path) for when, path in found if when), reverse=True)


def not_kept(backups, daily=7, weekly=4, monthly=12):
    """Of the (time, backup) pairs, newest first, the backups the retention does not keep."""
    keep = set()
    periods = (
        (daily, lambda when: when.date()),
        (weekly, lambda when: when.isocalendar()[:2]),
        (monthly, lambda when: (when.year, when.month)),
    )
    for count, period in periods:
        seen = []
        for when, backup in backups:
            key = period(when)
            if key not in seen:
                seen.append(key)
                if len(seen) <= count:
                    keep.add(backup)
    return [backup for _when, backup in backups if backup not in keep]


def prune(destination, daily=7, weekly=4, monthly=12):
    """Delete the backups the retention does not keep; return the deleted folders."""
    deleted = not_kept(backups_in(destination), daily, weekly, monthly)
    for path in deleted:
        shutil.rmtree(path)
    return deleted
