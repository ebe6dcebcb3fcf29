from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from moderation.accounts.inactivity import disable_inactive_accounts


class Command(BaseCommand):
    help = "Disable staff accounts nobody signed in to for ACCOUNT_INACTIVITY_DAYS days (logged)."

    def handle(self, *args, **options):
        disabled = disable_inactive_accounts()
        for user in disabled:
            self.stdout.write(_("%(username)s: disabled") % {"username": user.get_username()})
        self.stdout.write(
            _("%(count)d account(s) unused for %(days)d days disabled.")
            % {"count": len(disabled), "days": settings.ACCOUNT_INACTIVITY_DAYS}
        )
