"""python manage.py refresh_legal_status: store today's validity status of the documents whose stored status
a date has made out of date (a document taking effect, expiring, replaced or amended today). The scheduler
runs the same daily (job refresh-legal-status); the public pages stay exact without it, only slower for those
documents."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from legal_docs.models import refresh_validity


class Command(BaseCommand):
    help = "Store today's validity status of legal documents whose status changes with the date."

    def handle(self, *args, **options):
        changed = refresh_validity()
        if options.get("verbosity", 1):
            self.stdout.write(_("%(count)d document(s) changed status.") % {"count": changed})
