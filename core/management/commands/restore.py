"""`manage.py restore BACKUP`: check every checksum, then rebuild an empty database and file storage; BACKUP
is a folder or `s3://bucket/prefix/duongkinh-…` (downloaded and checked before anything is restored)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core.backup import BackupError, restore_backup
from core.backup_s3 import is_s3, restore_s3_backup

from .backup import progress_bar


class Command(BaseCommand):
    help = "Restore a backup made by `manage.py backup` into an empty database and file storage."

    def add_arguments(self, parser):
        parser.add_argument(
            "backup", help="a backup folder (duongkinh-YYYYMMDD-HHMMSS) or s3://bucket/prefix/duongkinh-…"
        )

    def handle(self, *args, **options):
        backup = options["backup"]
        restore = restore_s3_backup if is_s3(backup) else restore_backup
        try:
            manifest, files = restore(backup, progress_bar(self.stdout, pgettext("backup progress", "files")))
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                _("Restored %(backup)s: %(engine)s database and %(files)s files, every checksum verified.")
                % {"backup": backup, "engine": manifest["database"]["engine"], "files": files}
            )
        )
