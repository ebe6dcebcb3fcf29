"""Staff sessions that end: on time, on sign-out everywhere, on deactivation; and a first password change.

- Signing in starts a new session (Django's `login()` changes the key) and stamps it with the time.
- In the admin a session ends after ADMIN_IDLE_TIMEOUT_MINUTES without a request (15) and, whatever the
  activity, ADMIN_SESSION_MAX_HOURS after signing in (12).
- Signing out, being deactivated (or disabled for inactivity) ends every session of the account, on every
  device: sessions stamped before `StaffAccount.sessions_valid_after` are ended at their next request. A
  password change ends the others through Django's own session hash.
- An account an administrator created must change its password before anything else in the admin.
"""

import datetime

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.db.models.signals import post_save, pre_save
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import StaffAccount

SIGNED_IN_AT = "portal_signed_in_at"
LAST_SEEN = "portal_last_seen"


def now_stamp():
    return timezone.now().timestamp()


def end_all_sessions(user):
    StaffAccount.objects.update_or_create(user=user, defaults={"sessions_valid_after": timezone.now()})


def stamp_session(sender, request, user, **kwargs):
    if hasattr(request, "session"):
        request.session[SIGNED_IN_AT] = request.session[LAST_SEEN] = now_stamp()


def end_sessions_on_logout(sender, request, user, **kwargs):
    if user is not None and user.pk is not None:
        end_all_sessions(user)


def remember_active(sender, instance, update_fields=None, **kwargs):
    instance._portal_was_active = None
    if instance.pk is not None and (update_fields is None or "is_active" in update_fields):
        instance._portal_was_active = (
            sender._default_manager.filter(pk=instance.pk).values_list("is_active", flat=True).first()
        )


def end_sessions_on_deactivation(sender, instance, created=False, **kwargs):
    if not created and getattr(instance, "_portal_was_active", None) and not instance.is_active:
        end_all_sessions(instance)


def connect_signals(user_model):
    user_logged_in.connect(stamp_session, dispatch_uid="portal_sessions_stamp")
    user_logged_out.connect(end_sessions_on_logout, dispatch_uid="portal_sessions_logout")
    pre_save.connect(remember_active, sender=user_model, dispatch_uid="portal_sessions_was_active")
    post_save.connect(
        end_sessions_on_deactivation, sender=user_model, dispatch_uid="portal_sessions_deactivated"
    )


# -- the middleware -----------------------------------------------------------------------------------------


def idle_timeout():
    return datetime.timedelta(minutes=settings.ADMIN_IDLE_TIMEOUT_MINUTES).total_seconds()


def max_age():
    return datetime.timedelta(hours=settings.ADMIN_SESSION_MAX_HOURS).total_seconds()


def why_session_ended(request, account, in_admin):
    """A message if this session must end now, else None."""
    signed_in_at = request.session.get(SIGNED_IN_AT)
    if signed_in_at is None:
        return _("Please sign in again.")
    valid_after = account.sessions_valid_after if account else None
    if valid_after is not None and signed_in_at < valid_after.timestamp():
        return _("Your session was ended (signed out elsewhere, or the account was changed). Sign in again.")
    if not in_admin:
        return None
    now = now_stamp()
    if now - request.session.get(LAST_SEEN, signed_in_at) > idle_timeout():
        return _("Your session ended after %(minutes)s minutes without activity. Sign in again.") % {
            "minutes": settings.ADMIN_IDLE_TIMEOUT_MINUTES
        }
    if now - signed_in_at > max_age():
        return _("Your session reached its %(hours)s-hour limit. Sign in again.") % {
            "hours": settings.ADMIN_SESSION_MAX_HOURS
        }
    return None


class StaffSessionMiddleware:
    """After AuthenticationMiddleware and MessageMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            response = self.check(request, user)
            if response is not None:
                return response
        return self.get_response(request)

    def check(self, request, user):
        admin_prefix = reverse("wagtailadmin_home")
        in_admin = request.path.startswith(admin_prefix)
        account = StaffAccount.objects.filter(user=user).first()
        reason = why_session_ended(request, account, in_admin)
        if reason is not None:
            # Only this session ends: not a sign-out, which would end the account's other sessions too.
            request.session.flush()
            request.user = AnonymousUser()
            if not in_admin:
                return None
            messages.warning(request, reason)
            return redirect(f"{reverse('wagtailadmin_login')}?next={request.path}")
        if in_admin:
            request.session[LAST_SEEN] = now_stamp()
            if account is not None and account.must_change_password:
                return self.ask_for_new_password(request)
        return None

    def ask_for_new_password(self, request):
        allowed = (reverse("wagtailadmin_account"), reverse("wagtailadmin_logout"))
        if request.path.startswith(allowed) or request.path.startswith(settings.STATIC_URL):
            return None
        messages.warning(request, _("Choose your own password before you continue."))
        return redirect("wagtailadmin_account")
