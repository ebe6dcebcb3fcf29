"""`manage.py check_portal_links`: check the links the portal must keep working and record the answers."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from audit.compliance.links import check_links


class Command(BaseCommand):
    help = "Check the links to the city, national and government portals (4xx/5xx are reported)."

    def add_arguments(self, parser):
        parser.add_argument("--timeout", type=int, default=10)

    def handle(self, *args, timeout, **options):
        results = check_links(timeout=timeout)
        for result in results:
            self.stdout.write(f"{result.url}: {result.status or result.error}")
        broken = [result for result in results if not result.ok]
        self.stdout.write(
            _("%(count)s links checked, %(broken)s broken.") % {"count": len(results), "broken": len(broken)}
        )
