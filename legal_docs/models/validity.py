"""Tình trạng hiệu lực: the validity status of a document, by the same rules in Python and in SQL.

The status follows from the document's dates and from two dates kept on it, `superseded_on` (replaced or
repealed by a published document taking effect then) and `amended_on` (amended or partly repealed). It
depends on today's date, so it is stored with the date it may next change (`validity_status`,
`validity_until`, see `documents.refresh_validity`), and `status_expression()` / `status_condition()` use
the stored value where it is current and the rules in SQL where it is not. This module holds the rules
only; it imports no model.
"""

from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.db.models.lookups import In
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ValidityStatus(models.TextChoices):
    NOT_YET = "chua-co-hieu-luc", _("Not yet in force")
    IN_FORCE = "con-hieu-luc", _("In force")
    PARTLY = "het-hieu-luc-mot-phan", _("Partly out of force")
    EXPIRED = "het-hieu-luc", _("No longer in force")


def computed_status_expression(today):
    """The status rules in SQL, from the dates (see `compute_status`). A manual status applies from its
    date (`status_since`), or always when it has none."""
    return Case(
        When(
            ~Q(status_override="") & (Q(status_since__isnull=True) | Q(status_since__lte=today)),
            then=F("status_override"),
        ),
        When(effective_on__gt=today, then=Value(ValidityStatus.NOT_YET.value)),
        When(
            Q(expires_on__lte=today) | Q(superseded_on__lte=today),
            then=Value(ValidityStatus.EXPIRED.value),
        ),
        When(amended_on__lte=today, then=Value(ValidityStatus.PARTLY.value)),
        default=Value(ValidityStatus.IN_FORCE.value),
        output_field=models.CharField(),
    )


def stored_status_is_current(today):
    """The stored `validity_status` is still right: none of the dates it depends on has come since."""
    return Q(validity_until__isnull=True) | Q(validity_until__gt=today)


def status_expression(today=None):
    """Tình trạng hiệu lực as an SQL expression, for filtering, counting and display: the stored status,
    or the rules computed from the dates for the rare rows whose stored status is out of date (a date it
    depends on has come and the daily refresh has not run yet)."""
    today = today or timezone.localdate()
    return Case(
        When(stored_status_is_current(today), then=F("validity_status")),
        default=computed_status_expression(today),
        output_field=models.CharField(),
    )


def status_condition(values, today=None):
    """Documents whose status today is one of `values`, in a form PostgreSQL can plan with its statistics
    and indexes (the stored column), exact even for rows not refreshed yet."""
    today = today or timezone.localdate()
    return (stored_status_is_current(today) & Q(validity_status__in=values)) | (
        Q(validity_until__lte=today) & Q(In(computed_status_expression(today), list(values)))
    )


def compute_status(document, today=None):
    """The same rules as `status_expression`, in Python."""
    today = today or timezone.localdate()
    if document.status_override and not (document.status_since and document.status_since > today):
        return document.status_override
    if document.effective_on and document.effective_on > today:
        return ValidityStatus.NOT_YET.value
    if (document.expires_on and document.expires_on <= today) or (
        document.superseded_on and document.superseded_on <= today
    ):
        return ValidityStatus.EXPIRED.value
    if document.amended_on and document.amended_on <= today:
        return ValidityStatus.PARTLY.value
    return ValidityStatus.IN_FORCE.value


def compute_validity(document, today=None):
    """(status today, the date from which it may change or None): the stored pair."""
    today = today or timezone.localdate()
    status = compute_status(document, today)
    if document.status_override and not (document.status_since and document.status_since > today):
        return status, None
    coming = [
        day
        for day in (
            document.status_since,
            document.effective_on,
            document.expires_on,
            document.superseded_on,
            document.amended_on,
        )
        if day and day > today
    ]
    return status, min(coming, default=None)
