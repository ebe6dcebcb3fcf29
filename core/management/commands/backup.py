"""`manage.py backup`: the database, every stored file and a manifest of checksums (core/backup.py)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from core.backup import create_backup, prune


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
            "--to", default=str(settings.BACKUP_DIR), help="the folder that holds the backups"
        )
        parser.add_argument("--keep-daily", type=int, default=settings.BACKUP_KEEP_DAILY)
        parser.add_argument("--keep-weekly", type=int, default=settings.BACKUP_KEEP_WEEKLY)
        parser.add_argument("--keep-monthly", type=int, default=settings.BACKUP_KEEP_MONTHLY)

    def handle(self, *args, **options):
        folder, manifest = create_backup(options["to"], progress_bar(self.stdout, "files"))
        deleted = prune(options["to"], options["keep_daily"], options["keep_weekly"], options["keep_monthly"])
        size = sum(item["size"] for item in manifest["files"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Backup {folder}: {manifest['database']['engine']} database, "
                f"{manifest['media_files']} files, {size} bytes; {len(deleted)} old backup(s) removed."
            )
        )
