"""What royalties do: propose authors, record a royalty at approval, mark payments. Each change is
written to Wagtail's audit log with the values before and after."""

import datetime
import zoneinfo
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page, Site

from . import log_actions
from .forms import parse_names, user_label
from .models.records import Kind, RoyaltyLine, RoyaltyRecord, RoyaltySettings, amount_for, split_amount

# -- defaults ---------------------------------------------------------------------------------------------


def default_kind(obj):
    return Kind.NEWS if obj._meta.model_name == "newspage" else Kind.ARTICLE


def names_of(user):
    """How a user may be named in a byline: Django's "first last", the Vietnamese "family given" order
    (Nguyễn Thị Lan is last_name "Nguyễn Thị", first_name "Lan"), and the admin's label."""
    names = {
        user_label(user),
        user.get_full_name(),
        f"{user.last_name} {user.first_name}",
        user.get_username(),
    }
    return {" ".join(name.split()).casefold() for name in names if name.strip()}


def default_authors(obj):
    """The contributor who created the item (its owner) and the article's own byline, if it names
    someone else."""
    owner = getattr(obj, "owner", None)
    contributors = [owner.pk] if owner is not None and owner.is_active else []
    byline = " ".join((getattr(obj, "author", "") or "").split())
    outside = []
    if byline and (owner is None or byline.casefold() not in names_of(owner)):
        outside.append(byline)
    return contributors, outside


def initial_for(obj):
    """The form's starting values, from the version under review (the latest revision)."""
    latest = getattr(obj, "get_latest_revision_as_object", None)
    if latest is not None:
        obj = latest() or obj
    contributors, outside = default_authors(obj)
    return {"kind": default_kind(obj), "contributors": contributors, "outside_authors": "\n".join(outside)}


def current_rate(obj=None):
    site = None
    if obj is not None and hasattr(obj, "get_site"):
        site = obj.get_site()
    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return RoyaltySettings._meta.get_field("rate_per_point").default
    return RoyaltySettings.for_site(site).rate_per_point


# -- recording --------------------------------------------------------------------------------------------


def snapshot(record):
    """What the audit log keeps of a record: enough to compare before and after."""
    return {
        "title": record.title,
        "kind": record.kind,
        "coefficient": str(record.coefficient),
        "rate": record.rate,
        "amount": record.amount,
        "authors": [
            {"user": line.user_id, "name": line.name, "amount": line.amount} for line in record.lines.all()
        ],
    }


def author_lines(contributor_ids, outside_names):
    users = {user.pk: user for user in get_user_model().objects.filter(pk__in=contributor_ids)}
    authors = [(users[pk], user_label(users[pk])) for pk in contributor_ids if pk in users]
    authors += [(None, name) for name in parse_names(outside_names)]
    return authors


@transaction.atomic
def record_royalty(
    obj,
    *,
    user,
    kind,
    coefficient,
    contributors=(),
    outside_authors="",
    task_state=None,
    approved_at=None,
    rate=None,
):
    """Record the royalty of an approved item at today's rate (or `rate`), one line per author."""
    coefficient = Decimal(str(coefficient))
    rate = current_rate(obj) if rate is None else rate
    authors = author_lines(list(contributors), outside_authors)
    amount = amount_for(coefficient, rate)
    record = RoyaltyRecord(
        content_type=obj.get_base_content_type() if hasattr(obj, "get_base_content_type") else None,
        object_id=str(obj.pk),
        title=str(getattr(obj, "title", "") or obj)[:255],
        revision=task_state.revision if task_state is not None else obj.get_latest_revision(),
        task_state=task_state,
        kind=kind,
        coefficient=coefficient,
        rate=rate,
        amount=amount,
        approved_by=user,
        approved_at=approved_at or timezone.now(),
    )
    if record.content_type_id is None:
        record.content_type = ContentType.objects.get_for_model(obj)
    record.save()
    shares = split_amount(amount, len(authors))
    RoyaltyLine.objects.bulk_create(
        RoyaltyLine(record=record, user=author, name=name[:255], amount=share)
        for (author, name), share in zip(authors, shares, strict=True)
    )
    log(instance=record, action=log_actions.RECORD_CREATE, user=user, data={"new": snapshot(record)})
    return record


def records_for_pages(page_ids):
    """The royalty records of these pages (recorded against Wagtail's base page content type)."""
    return RoyaltyRecord.objects.filter(
        content_type=ContentType.objects.get_for_model(Page), object_id__in=[str(pk) for pk in page_ids]
    )


@transaction.atomic
def delete_records(records, *, user=None, reason=""):
    """Delete royalty records with their lines, paid or not; each deletion is logged with what it held.
    Only for data that should never have been royalties (the demo's); real records are corrected."""
    deleted = 0
    for record in RoyaltyRecord.objects.filter(pk__in=[record.pk for record in records]).prefetch_related(
        "lines"
    ):
        log(
            instance=record,
            action=log_actions.RECORD_DELETE,
            user=user,
            data={"old": snapshot(record), "reason": reason},
        )
        record.delete()
        deleted += 1
    return deleted


class AlreadyPaid(Exception):
    """A record with a paid line is not changed: cancel the payment first."""


@transaction.atomic
def change_royalty(record, *, user, kind, coefficient, contributors=(), outside_authors=""):
    """Correct a record (kind, coefficient, authors) at its own rate; logged with before and after."""
    record = RoyaltyRecord.objects.select_for_update().get(pk=record.pk)
    if record.lines.filter(paid_on__isnull=False).exists():
        raise AlreadyPaid
    old = snapshot(record)
    record.kind = kind
    record.coefficient = Decimal(str(coefficient))
    record.amount = amount_for(record.coefficient, record.rate)
    record.save(update_fields=["kind", "coefficient", "amount"])
    authors = author_lines(list(contributors), outside_authors)
    record.lines.all().delete()
    RoyaltyLine.objects.bulk_create(
        RoyaltyLine(record=record, user=author, name=name[:255], amount=share)
        for (author, name), share in zip(authors, split_amount(record.amount, len(authors)), strict=True)
    )
    log(
        instance=record,
        action=log_actions.RECORD_CHANGE,
        user=user,
        data={"old": old, "new": snapshot(record)},
    )
    return record


@transaction.atomic
def mark_paid(lines, *, user, paid_on):
    """Mark unpaid lines as paid on `paid_on`; returns how many were marked."""
    marked = 0
    for line in RoyaltyLine.objects.select_for_update().filter(pk__in=[line.pk for line in lines]):
        if line.is_paid:
            continue
        old = {"paid_on": None, "paid_by": None}
        line.paid_on = paid_on
        line.paid_by = user
        line.paid_recorded_at = timezone.now()
        line.save(update_fields=["paid_on", "paid_by", "paid_recorded_at"])
        log(
            instance=line,
            action=log_actions.LINE_PAID,
            user=user,
            data={
                "record": line.record_id,
                "author": line.name,
                "amount": line.amount,
                "old": old,
                "new": {"paid_on": paid_on.isoformat(), "paid_by": user.pk if user else None},
            },
        )
        marked += 1
    return marked


@transaction.atomic
def mark_unpaid(line, *, user):
    """Undo a payment recorded by mistake."""
    line = RoyaltyLine.objects.select_for_update().get(pk=line.pk)
    if not line.is_paid:
        return False
    old = {"paid_on": line.paid_on.isoformat(), "paid_by": line.paid_by_id}
    line.paid_on = None
    line.paid_by = None
    line.paid_recorded_at = None
    line.save(update_fields=["paid_on", "paid_by", "paid_recorded_at"])
    log(
        instance=line,
        action=log_actions.LINE_UNPAID,
        user=user,
        data={
            "record": line.record_id,
            "author": line.name,
            "old": old,
            "new": {"paid_on": None, "paid_by": None},
        },
    )
    return True


# -- months (Vietnam time) ----------------------------------------------------------------------------------


def local_zone():
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def month_bounds(year, month):
    """The first instant of the month and of the next one, in the portal's time zone."""
    start = datetime.datetime(year, month, 1, tzinfo=local_zone())
    next_year, next_month = (year + 1, 1) if month == 12 else (year, month + 1)
    return start, datetime.datetime(next_year, next_month, 1, tzinfo=local_zone())


def parse_month(value):
    """ "2026-11" → (2026, 11); anything else → the current month in Vietnam time."""
    try:
        year, month = (int(part) for part in (value or "").split("-", 1))
        if 2000 <= year <= 2100 and 1 <= month <= 12:
            return year, month
    except ValueError:
        pass
    today = timezone.localdate()
    return today.year, today.month
