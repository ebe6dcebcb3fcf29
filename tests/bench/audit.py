"""Audit log benchmark on PostgreSQL with 100,000 sealed log entries. Not collected by pytest.

    createdb -h 127.0.0.1 -U postgres duongkinh_bench_audit
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/duongkinh_bench_audit \
        .venv/bin/python -m tests.bench.audit

Options: --entries N (default 100000), --repeat N (timed requests per view, default 20). The database is the
bench's own: it is migrated, then filled (a second run reuses the entries). The entries are written in
batches through the portal's bulk path (bulk_create and `core.signals.log_entries_created`, which seals
them, as `core.audit.log_many` does), spread over a year, 10 % page entries and 90 % model entries, by six
people and six actions. Prints the 95th percentile of the site history view as an auditor reads it
(filtered by user, action, object type, date range, and unfiltered), wall time and the CPU time of the
Django process (the part a busy machine inflates least), and the time `verify_audit_log` takes.
"""

import argparse
import datetime
import logging
import os
import random
import sys
import time

BATCH = 5000
ACTIONS = [
    "wagtail.edit",
    "wagtail.publish",
    "wagtail.create",
    "wagtail.lock",
    "wagtail.unlock",
    "wagtail.unpublish",
]


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "duongkinh.settings.dev")
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database of its own (see the module docstring).")
    import django

    django.setup()
    logging.getLogger("duongkinh.audit").setLevel(logging.WARNING)  # 100,000 JSON lines are not the point


def p95(samples):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def people():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from core.permissions import AUDITOR, EDITOR

    User = get_user_model()
    editors = []
    for number in range(6):
        user, _ = User.objects.get_or_create(username=f"bench-editor-{number}")
        user.groups.add(Group.objects.get(name=EDITOR))
        editors.append(user)
    auditor, _ = User.objects.get_or_create(username="bench-auditor")
    auditor.groups.add(Group.objects.get(name=AUDITOR))
    return editors, auditor


def signed_in(auditor):
    """A client signed in as the auditor with a verified second factor, as the admin requires
    (PORTAL_REQUIRE_2FA): a confirmed TOTP device, recorded in the session as django-otp's login does."""
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device, _ = TOTPDevice.objects.get_or_create(user=auditor, name="bench", defaults={"confirmed": True})
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(auditor)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def fill(count, editors):
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import ModelLogEntry, Page, PageLogEntry

    from core.signals import log_entries_created

    have = PageLogEntry.objects.count() + ModelLogEntry.objects.count()
    if have >= count:
        return have, 0.0
    random.seed(14)
    page = Page.objects.filter(depth__gt=1).first() or Page.objects.first()
    page_type = ContentType.objects.get_for_model(page.specific_class)
    user_type = ContentType.objects.get_for_model(editors[0])
    start = timezone.now() - datetime.timedelta(days=365)
    started = time.perf_counter()
    for offset in range(have, count, BATCH):
        size = min(BATCH, count - offset)
        pages, models = [], []
        for number in range(offset, offset + size):
            common = {
                "action": random.choice(ACTIONS),
                "user": random.choice(editors),
                "timestamp": start + datetime.timedelta(seconds=number * 31536000 // count),
                "data": {"bench": number},
            }
            if number % 10 == 0:
                pages.append(PageLogEntry(page=page, content_type=page_type, label=page.title, **common))
            else:
                target = random.choice(editors)
                models.append(
                    ModelLogEntry(
                        content_type=user_type, object_id=str(target.pk), label=str(target), **common
                    )
                )
        with transaction.atomic():
            for model, batch in ((PageLogEntry, pages), (ModelLogEntry, models)):
                if batch:
                    entries = model.objects.bulk_create(batch)
                    log_entries_created.send(sender=model, entries=entries)
        print(f"  {offset + size:>7} entries written and sealed", end="\r", flush=True)
    print()
    return count, time.perf_counter() - started


def timed_view(client, params, repeat):
    from django.urls import reverse

    url = reverse("wagtailadmin_reports:site_history")
    client.get(url, params)  # warm caches and plans
    samples, cpu = [], []
    for _run in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(url, params)
        samples.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
        assert response.status_code == 200, response.status_code
    return samples, cpu


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    options = parser.parse_args()
    setup_django()
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.utils import timezone

    from audit.verification import verify

    call_command("migrate", verbosity=0)
    editors, auditor = people()
    total, fill_seconds = fill(options.entries, editors)
    client = signed_in(auditor)
    today = timezone.localdate()
    month_ago = (today - datetime.timedelta(days=30)).isoformat()
    user_type = ContentType.objects.get_for_model(editors[0])
    views = {
        "unfiltered, first page": {},
        "by user": {"user": editors[2].pk},
        "by action": {"action": "wagtail.lock"},
        "by object type": {"object_type": user_type.pk},
        "by date range (30 days)": {"timestamp_from": month_ago, "timestamp_to": today.isoformat()},
        "user + action + dates": {
            "user": editors[3].pk,
            "action": "wagtail.publish",
            "timestamp_from": month_ago,
        },
    }
    print(f"Load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"Audit log benchmark: {total} log entries (written and sealed in {fill_seconds:.1f} s this run)")
    print(f"{'site history view (auditor)':<32} {'p95 ms':>8} {'median ms':>10} {'CPU p95 ms':>11}")
    worst = 0.0
    for name, params in views.items():
        samples, cpu = timed_view(client, params, options.repeat)
        worst = max(worst, p95(samples))
        print(
            f"{name:<32} {p95(samples):>8.0f} {sorted(samples)[len(samples) // 2]:>10.0f} {p95(cpu):>11.0f}"
        )
    started = time.perf_counter()
    report = verify()
    seconds = time.perf_counter() - started
    print(f"{'verify_audit_log':<32} {seconds:>8.1f} s  ({report.checked} seals, intact: {report.intact})")
    print(
        f"Budget: p95 < 300 ms ({'met' if worst < 300 else 'MISSED'}: worst {worst:.0f} ms); "
        f"verification < 60 s ({'met' if seconds < 60 else 'MISSED'})."
    )


if __name__ == "__main__":
    main()
