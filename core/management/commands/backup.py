"""`manage.py backup`: the database, every stored file and a manifest of checksums (core/backup.py), into a
folder or a separate S3 bucket (`--to s3://bucket/prefix`, core/backup_s3.py)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core.backup import BackupError, create_backup, prune
from core.backup_s3 import create_s3_backup, is_s3, prune_s3


def progress_bar(stdout, label):
    def show(done, total, name):
        width = 30
        filled = width * done // total if total else width
        stdout.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")
        if done == total:
            stdout.write("")

    return show


class Command(BaseCommand):
    help = "Back up the database and the stored files, with a SHA-256 manifest, and prune old backups."

    def add_arguments(self, parser):
        parser.add_argument(
            "--to",
            default=str(settings.BACKUP_DIR),
            help="the folder that holds the backups, or s3://bucket/prefix in a separate S3 bucket",
        )
        parser.add_argument("--keep-daily", type=int, default=settings.BACKUP_KEEP_DAILY)
        parser.add_argument("--keep-weekly", type=int, default=settings.BACKUP_KEEP_WEEKLY)
        parser.add_argument("--keep-monthly", type=int, default=settings.BACKUP_KEEP_MONTHLY)

    def handle(self, *args, **options):
        destination = options["to"]
        retention = (options["keep_daily"], options["keep_weekly"], options["keep_monthly"])
        files = progress_bar(self.stdout, pgettext("backup progress", "files"))
        try:
            if is_s3(destination):
                uploaded = progress_bar(self.stdout, pgettext("backup progress", "upload"))
                backup, manifest = create_s3_backup(destination, files, uploaded)
                deleted = prune_s3(destination, *retention)
            else:
                backup, manifest = create_backup(destination, files)
                deleted = prune(destination, *retention)
        except BackupError as error:
            raise CommandError(str(error)) from error
        size = sum(item["size"] for item in manifest["files"].values())
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Backup %(backup)s: %(engine)s database, %(files)s files, %(size)s bytes; "
                    "%(deleted)s old backup(s) removed."
                )
                % {
                    "backup": backup,
                    "engine": manifest["database"]["engine"],
                    "files": manifest["media_files"],
                    "size": size,
                    "deleted": len(deleted),
                }
            )
        )
