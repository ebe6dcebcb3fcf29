"""`manage.py restore BACKUP`: check every checksum, then rebuild an empty database and file storage."""

from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, restore_backup

from .backup import progress_bar


class Command(BaseCommand):
    help = "Restore a backup made by `manage.py backup` into an empty database and file storage."

    def add_arguments(self, parser):
        parser.add_argument("backup", help="the backup's folder (duongkinh-YYYYMMDD-HHMMSS)")

    def handle(self, *args, **options):
        try:
            manifest, files = restore_backup(options["backup"], progress_bar(self.stdout, "files"))
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {options['backup']}: {manifest['database']['engine']} database and {files} files, "
                "every checksum verified."
            )
        )
