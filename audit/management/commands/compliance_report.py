"""`manage.py compliance_report --format json|xlsx [--output FILE]`: the compliance report, now."""

import sys

from django.core.management.base import BaseCommand, CommandError

from audit.compliance.report import as_json, as_xlsx, run


class Command(BaseCommand):
    help = "Run every compliance check and print the report as JSON, or write it as XLSX."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["json", "xlsx"], default="json")
        parser.add_argument("--output", help="File to write (required for xlsx unless stdout is redirected).")

    def handle(self, *args, format, output, **options):
        report = run()
        if format == "json":
            text = as_json(report)
            if output:
                with open(output, "w", encoding="utf-8") as handle:
                    handle.write(text)
            else:
                self.stdout.write(text)
            return
        data = as_xlsx(report)
        if output:
            with open(output, "wb") as handle:
                handle.write(data)
        elif not sys.stdout.isatty():
            sys.stdout.buffer.write(data)
        else:
            raise CommandError("Give --output FILE for the XLSX report.")
