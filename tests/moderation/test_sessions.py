"""Staff sessions: a new session at sign-in; the admin's idle timeout and absolute lifetime; signing out,
deactivation and a password change end every session of the account; accounts unused for 45 days are
disabled by the scheduled job and listed for administrators; a first password change for accounts an
administrator created; production cookies and password hashes."""

import datetime
import json

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from moderation import roles
from moderation.accounts.sessions import LAST_SEEN, SIGNED_IN_AT
from moderation.models import StaffAccount
from tests.factories.core import PASSWORD, UserFactory
from tests.test_settings import run_manage

pytestmark = pytest.mark.django_db

ADMIN_HOME = "/admin/"


def in_admin(client):
    response = client.get(ADMIN_HOME)
    return response.status_code == 200


def age_session(client, **seconds_ago):
    session = client.session
    now = timezone.now().timestamp()
    for key, seconds in seconds_ago.items():
        session[{"signed_in": SIGNED_IN_AT, "last_seen": LAST_SEEN}[key]] = now - seconds
    session.save()


def test_signing_in_starts_a_new_session(editor):
    client = Client()
    session = client.session
    session["before"] = "x"
    session.save()
    before = client.session.session_key
    client.post(reverse("wagtailadmin_login"), {"username": editor.username, "password": PASSWORD})
    assert client.session.session_key != before
    assert in_admin(client)


def test_the_admin_ends_a_session_idle_for_15_minutes(login, editor):
    client = login(editor)
    age_session(client, last_seen=14 * 60)
    assert in_admin(client)

    age_session(client, last_seen=16 * 60)
    response = client.get(ADMIN_HOME, follow=True)
    assert response.resolver_match.view_name == "wagtailadmin_login"
    assert "15 phút" in response.content.decode()
    assert not in_admin(client)


def test_the_idle_timeout_is_configurable(settings, login, editor):
    settings.ADMIN_IDLE_TIMEOUT_MINUTES = 5
    client = login(editor)
    age_session(client, last_seen=6 * 60)
    assert not in_admin(client)


def test_the_admin_ends_a_session_after_12_hours_whatever_the_activity(login, editor):
    client = login(editor)
    age_session(client, signed_in=12 * 3600 + 60, last_seen=10)
    assert not in_admin(client)


def test_signing_out_ends_every_session_of_the_account(login, editor):
    office, home = login(editor), login(editor)
    office.post(reverse("wagtailadmin_logout"))
    assert not in_admin(home)
    assert in_admin(login(editor))


def test_deactivation_ends_the_account_s_sessions(login, editor):
    client = login(editor)
    editor.is_active = False
    editor.save()
    assert not in_admin(client)
    assert StaffAccount.objects.get(user=editor).sessions_valid_after is not None


def test_a_password_change_ends_the_other_sessions(login, editor):
    client = login(editor)
    editor.set_password("Một-mật-khẩu-mới-đủ-dài-2026")
    editor.save()
    assert not in_admin(client)


def test_the_session_cookie_lives_no_longer_than_the_session():
    assert django_settings.SESSION_COOKIE_AGE == 12 * 3600


# -- accounts unused for 45 days -----------------------------------------------------------------------------


def test_accounts_unused_for_45_days_are_disabled_logged_and_listed(login, administrator):
    now = timezone.now()
    days = datetime.timedelta(days=1)
    dormant = UserFactory(username="lau-khong-dung", roles=[roles.EDITOR], last_login=now - 46 * days)
    recent = UserFactory(username="moi-dung", roles=[roles.EDITOR], last_login=now - 44 * days)
    never = UserFactory(username="chua-dang-nhap", date_joined=now - 50 * days)

    call_command("disable_inactive_accounts", stdout=open("/dev/null", "w"))

    for user in (dormant, recent, never):
        user.refresh_from_db()
    assert (dormant.is_active, recent.is_active, never.is_active) == (False, True, False)
    assert ModelLogEntry.objects.filter(
        action="portal.account.disabled_for_inactivity", object_id=str(dormant.pk)
    ).exists()
    listing = login(administrator).get(reverse("inactive_accounts:index")).content.decode()
    assert "lau-khong-dung" in listing and "moi-dung" not in listing
    client = Client()
    credentials = {"username": dormant.username, "password": PASSWORD}
    response = client.post(reverse("wagtailadmin_login"), credentials)
    assert response.status_code == 200  # the form again: a disabled account does not sign in


def test_the_job_is_scheduled_daily():
    job = django_settings.SCHEDULED_JOBS["disable-inactive-accounts"]
    assert job["command"] == "disable_inactive_accounts"
    assert django_settings.ACCOUNT_INACTIVITY_DAYS == 45


def test_the_editorial_roles_do_not_see_the_inactive_accounts(login, editor):
    response = login(editor).get(reverse("inactive_accounts:index"))
    assert response.status_code in (302, 403)


# -- the first password change -------------------------------------------------------------------------------


def test_an_account_an_administrator_created_changes_its_password_first(login, administrator):
    given = "Mật-khẩu-quản-trị-đặt-2026"
    login(administrator).post(
        reverse("wagtailusers_users:add"),
        {
            "username": "nguoi-moi",
            "email": "nguoi-moi@duongkinh.test",
            "first_name": "Lan",
            "last_name": "Nguyễn Thị",
            "password1": given,
            "password2": given,
            "groups": [Group.objects.get(name=roles.EDITOR).pk],
        },
    )
    client = Client()
    client.post(reverse("wagtailadmin_login"), {"username": "nguoi-moi", "password": given})
    response = client.get(ADMIN_HOME)
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_account")
    assert client.get(reverse("wagtailadmin_explore_root")).status_code == 302

    user = get_user_model().objects.get(username="nguoi-moi")
    user.set_password("Mật-khẩu-của-riêng-tôi-2026")
    user.save()
    client = Client()
    own = {"username": "nguoi-moi", "password": "Mật-khẩu-của-riêng-tôi-2026"}
    client.post(reverse("wagtailadmin_login"), own)
    assert in_admin(client)


# -- production ----------------------------------------------------------------------------------------------


def test_production_cookies_and_password_hashes():
    result = run_manage(
        [
            "shell",
            "-c",
            "import json; from django.conf import settings as s; print(json.dumps(["
            "s.SESSION_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.SESSION_COOKIE_SAMESITE, "
            "s.CSRF_COOKIE_SECURE, s.PASSWORD_HASHERS[0], "
            "s.ADMIN_IDLE_TIMEOUT_MINUTES, s.ADMIN_SESSION_MAX_HOURS]))",
        ],
        DJANGO_SETTINGS_MODULE="duongkinh.settings.production",
        DJANGO_SECRET_KEY="a-long-random-secret-key-for-the-deploy-check-0123456789-abcdefghijklmnop",
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert values == [True, True, "Lax", True, "django.contrib.auth.hashers.Argon2PasswordHasher", 15, 12]
