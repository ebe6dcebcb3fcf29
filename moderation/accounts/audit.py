"""Sign-ins, failed sign-ins, sign-outs, lockouts and password changes in the audit log, with the source
address (core.network.client_ip, which reads it correctly behind the trusted proxies).

Each entry is logged on the account concerned (its history shows it, and Reports → Site history). A failed
sign-in with a user name that matches no account is logged on an unsaved account with id 0, labelled with
the name tried: the entry still says what was tried and from where.
"""

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import post_save, pre_save
from wagtail.log_actions import log

from core.audit import unwrapped
from core.network import client_ip

from ..models import StaffAccount

LOGIN = "portal.login"
LOGIN_FAILED = "portal.login.failed"
LOGOUT = "portal.logout"
LOCKOUT = "portal.lockout"
PASSWORD_CHANGE = "portal.password.change"
UNKNOWN_ACCOUNT_ID = 0
USERNAME_MAX_LENGTH = 150


def source_address(request):
    return client_ip(request) if request is not None else ""


def account_named(username):
    """The account `username` names, or an unsaved stand-in (id 0) carrying the name tried."""
    User = get_user_model()
    username = (username or "")[:USERNAME_MAX_LENGTH]
    user = User._default_manager.filter(**{User.USERNAME_FIELD: username}).first()
    if user is None:
        user = User(pk=UNKNOWN_ACCOUNT_ID, **{User.USERNAME_FIELD: username})
    return user


def log_login(sender, request, user, **kwargs):
    log(instance=user, action=LOGIN, user=user, data={"ip": source_address(request)})


def log_login_failed(sender, credentials, request=None, **kwargs):
    username = credentials.get(get_user_model().USERNAME_FIELD) or credentials.get("username") or ""
    log(
        instance=account_named(username),
        action=LOGIN_FAILED,
        user=None,
        data={"username": username[:USERNAME_MAX_LENGTH], "ip": source_address(request)},
    )


def log_logout(sender, request, user, **kwargs):
    user = unwrapped(user)
    if user is not None and user.pk is not None:
        log(instance=user, action=LOGOUT, user=user, data={"ip": source_address(request)})


def log_lockout(sender, request, username, ip_address, **kwargs):
    log(
        instance=account_named(username),
        action=LOCKOUT,
        user=None,
        data={"username": (username or "")[:USERNAME_MAX_LENGTH], "ip": ip_address},
    )


# -- password changes, whatever the way (own account, an administrator, a reset link, a command) ------------


def remember_password(sender, instance, update_fields=None, **kwargs):
    if instance.pk is None or (update_fields is not None and "password" not in update_fields):
        instance._portal_password_before = None
        return
    instance._portal_password_before = (
        sender._default_manager.filter(pk=instance.pk).values_list("password", flat=True).first()
    )


def log_password_change(sender, instance, created=False, **kwargs):
    before = getattr(instance, "_portal_password_before", None)
    instance._portal_password_before = None
    if created or before is None or before == instance.password:
        return
    # The person chose a new password: the first-sign-in request (moderation/accounts/sessions.py) is met.
    StaffAccount.objects.filter(user=instance).update(must_change_password=False)
    log(instance=instance, action=PASSWORD_CHANGE, data={})


def connect_signals():
    User = get_user_model()
    user_logged_in.connect(log_login, dispatch_uid="portal_audit_login")
    user_login_failed.connect(log_login_failed, dispatch_uid="portal_audit_login_failed")
    user_logged_out.connect(log_logout, dispatch_uid="portal_audit_logout")
    user_locked_out.connect(log_lockout, dispatch_uid="portal_audit_lockout")
    pre_save.connect(remember_password, sender=User, dispatch_uid="portal_audit_password_before")
    post_save.connect(log_password_change, sender=User, dispatch_uid="portal_audit_password_after")
