from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from moderation.intake.mail import fetch_imap, fetch_maildir


class Command(BaseCommand):
    help = (
        "Read unread messages from the intake mailbox (IMAP, from the INTAKE_IMAP_* settings, or a Maildir "
        "folder) into the intake register, one record per message, and mark them read."
    )

    def add_arguments(self, parser):
        parser.add_argument("--maildir", help="Read this Maildir folder instead of the IMAP mailbox.")
        parser.add_argument("--limit", type=int, default=None, help="Read at most this many messages.")

    def handle(self, *args, maildir=None, limit=None, **options):
        if maildir:
            result = fetch_maildir(maildir, limit=limit)
            source = maildir
        else:
            if not settings.INTAKE_IMAP_HOST:
                raise CommandError("Set INTAKE_IMAP_HOST (or pass --maildir PATH).")
            result = fetch_imap(limit=limit)
            source = f"{settings.INTAKE_IMAP_HOST}/{settings.INTAKE_IMAP_FOLDER}"
        self.stdout.write(
            f"fetch_intake_mail: {result.created} new record(s), "
            f"{result.already_known} already in the register, from {source}"
            + ("; stopped: the virus scan cannot answer, the rest stays unread" if result.postponed else "")
        )
