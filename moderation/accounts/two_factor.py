"""Two-factor sign-in for every account that reaches the admin, on django-otp's TOTP and static devices.

After the password, the admin asks for a code: an account with no authenticator yet is sent to enrol (a
TOTP secret to add to an authenticator app, confirmed with a first code, then ten one-use recovery codes
shown once); an enrolled one is sent to type a code from the app or a recovery code. Nothing else in the
admin opens until then (`TwoFactorMiddleware`, after django-otp's OTPMiddleware). A portal administrator
resets another account's devices (a superuser's only by a superuser), and the person enrols again.
Enrolment, reset and failed codes are in the audit log with the source address.

PORTAL_REQUIRE_2FA (on unless set to false) switches the requirement; the test settings switch it off so
that tests which sign in with a password reach the admin, and the two-factor tests switch it on.
"""

import base64

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from django_otp import devices_for_user, match_token, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin import messages
from wagtail.log_actions import log

from core.permissions import is_administrator

from .audit import source_address

ENROL = "portal.2fa.enrol"
RESET = "portal.2fa.reset"
FAILED = "portal.2fa.failed"
RECOVERY_CODES = 10
SESSION_NEW_CODES = "portal_new_recovery_codes"


class CodeForm(forms.Form):
    code = forms.CharField(
        label=pgettext_lazy("two-factor", "Code"),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


def next_url(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        return url
    return reverse("wagtailadmin_home")


def signed_in_account(request):
    """The signed-in account itself (request.user is a lazy wrapper that the audit log cannot always see
    through)."""
    return get_user_model()._default_manager.get(pk=request.user.pk)


def pending_totp_device(user):
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)


def new_recovery_codes(user):
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=_("Recovery codes"))
    codes = [StaticToken.random_token() for _number in range(RECOVERY_CODES)]
    for code in codes:
        device.token_set.create(token=code)
    return codes


def enrol(request):
    user = signed_in_account(request)
    if user_has_device(user):
        return redirect("portal_2fa_verify")
    device = pending_totp_device(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"].strip()):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            request.session[SESSION_NEW_CODES] = new_recovery_codes(user)
            otp_login(request, device)
            log(instance=user, action=ENROL, user=user, data={"ip": source_address(request)})
            return redirect("portal_2fa_recovery_codes")
        form.add_error("code", _("This code is not right. Type the 6 digits your app shows now."))
    context = {"form": form, "secret": device_secret(device), "config_url": device.config_url}
    return TemplateResponse(request, "moderation/accounts/two_factor_enrol.html", context)


def device_secret(device):
    """The secret as authenticator apps take it when typed in (base32), in groups of four."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[index : index + 4] for index in range(0, len(secret), 4))


def recovery_codes(request):
    codes = request.session.pop(SESSION_NEW_CODES, None)
    if not codes:
        return redirect("wagtailadmin_home")
    return TemplateResponse(request, "moderation/accounts/two_factor_codes.html", {"codes": codes})


def verify(request):
    user = signed_in_account(request)
    if not user_has_device(user):
        return redirect("portal_2fa_enrol")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(user, form.cleaned_data["code"].strip().replace(" ", ""))
        if device is not None:
            otp_login(request, device)
            return redirect(next_url(request))
        log(instance=user, action=FAILED, user=user, data={"ip": source_address(request)})
        form.add_error(
            "code", _("This code is not right. Type the code your app shows now, or a recovery code.")
        )
    context = {"form": form, "next": next_url(request)}
    return TemplateResponse(request, "moderation/accounts/two_factor_verify.html", context)


def may_reset(user, target):
    if not is_administrator(user) or target == user:
        return False
    return user.is_superuser or not target.is_superuser


def reset(request, user_id):
    """A portal administrator removes another account's devices (after a confirmation): its next sign-in
    enrols again."""
    target = get_object_or_404(get_user_model(), pk=user_id)
    if not may_reset(request.user, target):
        raise PermissionDenied
    if request.method != "POST":
        return TemplateResponse(request, "moderation/accounts/two_factor_reset.html", {"target": target})
    for device in devices_for_user(target, confirmed=None):
        device.delete()
    log(instance=target, action=RESET, data={"ip": source_address(request)})
    messages.success(request, _("Two-factor sign-in of '%(user)s' was reset.") % {"user": target})
    return redirect("wagtailusers_users:edit", target.pk)


# -- the requirement ----------------------------------------------------------------------------------------


class TwoFactorMiddleware:
    """After OTPMiddleware: in the admin, a signed-in account that has not given a code today is sent to
    verify (or to enrol)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.check(request)
        return response if response is not None else self.get_response(request)

    def check(self, request):
        user = getattr(request, "user", None)
        if not getattr(settings, "PORTAL_REQUIRE_2FA", True) or user is None or not user.is_authenticated:
            return None
        if not request.path.startswith(reverse("wagtailadmin_home")) or user.is_verified():
            return None
        open_paths = (
            reverse("portal_2fa_enrol"),
            reverse("portal_2fa_verify"),
            reverse("portal_2fa_recovery_codes"),
            reverse("wagtailadmin_logout"),
            reverse("wagtailadmin_login"),
            # Loaded by the enrolment and verification pages themselves (the icon sprite is fetched by script
            # and put into the page: redirected, it was a second copy of the whole page).
            reverse("wagtailadmin_javascript_catalog"),
            reverse("wagtailadmin_sprite"),
        )
        if request.path.startswith(open_paths):
            return None
        target = "portal_2fa_verify" if user_has_device(user) else "portal_2fa_enrol"
        return redirect(f"{reverse(target)}?next={request.get_full_path()}")
