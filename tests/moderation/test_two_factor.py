"""Two-factor sign-in for every account that reaches the admin: enrolment forced at the first sign-in (TOTP
plus recovery codes), a code at every sign-in, a reset by an administrator, all logged; production
settings require it (the test settings switch it off for the other tests)."""

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from tests.test_settings import run_manage

from .helpers import refused

pytestmark = pytest.mark.django_db

ADMIN_HOME = "/admin/"
ROLES = ["contributor", "editor", "editor_in_chief", "administrator", "auditor", "superuser"]


@pytest.fixture(autouse=True)
def two_factor_required(settings):
    settings.PORTAL_REQUIRE_2FA = True


def code_for(device, offset=0):
    device.refresh_from_db()
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset):06d}"


def enrol(client, user):
    """Set up the authenticator through the admin, as a person would; returns the device and the codes."""
    client.get(reverse("portal_2fa_enrol"))
    device = TOTPDevice.objects.get(user=user)
    client.post(reverse("portal_2fa_enrol"), {"code": code_for(device)})
    codes = client.get(reverse("portal_2fa_recovery_codes")).context["codes"]
    device.refresh_from_db()
    return device, codes


def entries(action, user):
    return ModelLogEntry.objects.filter(action=action, object_id=str(user.pk))


@pytest.mark.parametrize("role", ROLES)
def test_every_role_must_enrol_before_reaching_the_admin(login, request, role):
    client = login(request.getfixturevalue(role))
    for url in (ADMIN_HOME, reverse("wagtailadmin_explore_root"), reverse("wagtailusers_users:index")):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("portal_2fa_enrol"))


def test_the_pages_that_enrolment_itself_loads_are_not_redirected(login, editor):
    """The admin's icon sprite and JavaScript catalogue are fetched by the enrolment page itself: redirected,
    the sprite's loader put a second copy of the whole page into the page."""
    client = login(editor)
    for name in ("wagtailadmin_sprite", "wagtailadmin_javascript_catalog"):
        response = client.get(reverse(name))
        assert response.status_code == 200, name
    assert b"<svg" in client.get(reverse("wagtailadmin_sprite")).content


def test_enrolment_confirms_a_code_and_gives_recovery_codes(login, editor):
    client = login(editor)
    page = client.get(reverse("portal_2fa_enrol")).content.decode()
    assert "data-totp-secret" in page and "otpauth://totp/" in page

    device, codes = enrol(client, editor)

    assert device.confirmed
    assert len(codes) == 10 and len(set(codes)) == 10
    assert client.get(ADMIN_HOME).status_code == 200
    assert entries("portal.2fa.enrol", editor).get().data["ip"] == "127.0.0.1"


def test_a_wrong_code_does_not_enrol(login, editor):
    client = login(editor)
    client.get(reverse("portal_2fa_enrol"))
    device = TOTPDevice.objects.get(user=editor)
    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"
    response = client.post(reverse("portal_2fa_enrol"), {"code": wrong})
    assert "Mã này không đúng" in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    assert client.get(ADMIN_HOME).status_code == 302


def test_every_sign_in_asks_for_a_code(settings, login, editor):
    # django-otp makes the device wait after a wrong code (1 s, doubling); not what this test is about.
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    device, _codes = enrol(login(editor), editor)
    client = login(editor)
    response = client.get(ADMIN_HOME)
    assert response.url.startswith(reverse("portal_2fa_verify"))

    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"
    client.post(reverse("portal_2fa_verify"), {"code": wrong})
    assert client.get(ADMIN_HOME).status_code == 302
    assert entries("portal.2fa.failed", editor).count() == 1

    client.post(reverse("portal_2fa_verify"), {"code": code_for(device, offset=1)})
    assert client.get(ADMIN_HOME).status_code == 200


def test_a_recovery_code_signs_in_once(login, editor):
    _device, codes = enrol(login(editor), editor)
    first = login(editor)
    first.post(reverse("portal_2fa_verify"), {"code": codes[0]})
    assert first.get(ADMIN_HOME).status_code == 200
    second = login(editor)
    second.post(reverse("portal_2fa_verify"), {"code": codes[0]})
    assert second.get(ADMIN_HOME).status_code == 302
    assert StaticToken.objects.filter(device__user=editor).count() == 9


def test_an_administrator_resets_another_account_and_it_is_logged(login, administrator, editor):
    enrol(login(editor), editor)
    admin_client = login(administrator)
    enrol(admin_client, administrator)
    listing = admin_client.get(reverse("wagtailusers_users:index")).content.decode()
    assert reverse("portal_2fa_reset", args=(editor.pk,)) in listing

    admin_client.post(reverse("portal_2fa_reset", args=(editor.pk,)))

    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert entries("portal.2fa.reset", editor).get().user == administrator
    response = login(editor).get(ADMIN_HOME)
    assert response.url.startswith(reverse("portal_2fa_enrol"))


@pytest.mark.parametrize("role", ["editor", "editor_in_chief", "contributor", "auditor"])
def test_only_administrators_reset(login, request, administrator, role):
    user = request.getfixturevalue(role)
    enrol(login(administrator), administrator)
    client = login(user)
    enrol(client, user)
    assert refused(client.post(reverse("portal_2fa_reset", args=(administrator.pk,))))
    assert TOTPDevice.objects.filter(user=administrator).exists()


def test_an_administrator_cannot_reset_a_superuser(login, administrator, superuser):
    enrol(login(superuser), superuser)
    client = login(administrator)
    enrol(client, administrator)
    assert refused(client.post(reverse("portal_2fa_reset", args=(superuser.pk,))))
    assert TOTPDevice.objects.filter(user=superuser).exists()


def test_production_settings_require_two_factor():
    result = run_manage(
        ["shell", "-c", "from django.conf import settings; print(settings.PORTAL_REQUIRE_2FA)"],
        DJANGO_SETTINGS_MODULE="duongkinh.settings.production",
        DJANGO_SECRET_KEY="a-long-random-secret-key-for-the-deploy-check-0123456789-abcdefghijklmnop",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "True"
