"""Accounts nobody signed in to for ACCOUNT_INACTIVITY_DAYS are disabled (the scheduler's daily
"disable-inactive-accounts" job), logged, and listed for administrators under Settings → Inactive accounts.
An account that never signed in counts from the day it was created. An administrator (or a superuser, for
administrators and superusers) re-enables one with the "Active" box of the account."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.log_actions import log

from ..models import StaffAccount

DISABLED_FOR_INACTIVITY = "portal.account.disabled_for_inactivity"


def inactive_accounts(now=None):
    now = now or timezone.now()
    limit = now - datetime.timedelta(days=settings.ACCOUNT_INACTIVITY_DAYS)
    return (
        get_user_model()
        ._default_manager.filter(is_active=True)
        .annotate(last_used=Coalesce("last_login", "date_joined"))
        .filter(Q(last_used__lt=limit))
        .order_by("last_used")
    )


def disable_inactive_accounts(now=None):
    """Disable every account unused for the configured days; returns the accounts disabled."""
    now = now or timezone.now()
    disabled = []
    for user in inactive_accounts(now):
        user.is_active = False
        user.save(update_fields=["is_active"])
        StaffAccount.objects.update_or_create(user=user, defaults={"disabled_for_inactivity_at": now})
        log(
            instance=user,
            action=DISABLED_FOR_INACTIVITY,
            data={"last_used": user.last_used.isoformat(), "days": settings.ACCOUNT_INACTIVITY_DAYS},
        )
        disabled.append(user)
    return disabled
