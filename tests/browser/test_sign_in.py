"""Signing in to the admin in a real browser: a password and a TOTP code from the test's own
authenticator (enrolment at the first sign-in, a code at the next), the lockout after repeated wrong
passwords, and the idle timeout.

The account is created through the ORM outside any test transaction (as in test_editorial_path.py) and
deleted at the end with its devices, lockout records, log entries and sessions.
"""

import base64
import hashlib
import hmac
import struct
import time

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.utils.crypto import get_random_string
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from moderation import roles
from moderation.accounts.sessions import LAST_SEEN
from moderation.models import StaffAccount
from tests.audit_record import audit_record_snapshot, remove_audit_record_since

from .conftest import SCREENSHOTS
from .test_editorial_path import orm, server_connections  # noqa: F401 - the `orm` fixture

PASSWORD = "mat-khau-dang-nhap-2026"


def authenticator_code(secret, step_offset=0):
    """What an authenticator app shows for `secret` (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits)."""
    key = base64.b32decode(secret.replace(" ", "") + "=" * (-len(secret.replace(" ", "")) % 8))
    counter = int(time.time()) // 30 + step_offset
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 1_000_000:06d}"


@pytest.fixture
def account(portal_url, orm):  # noqa: F811
    suffix = get_random_string(6, "abcdefghijkmnpqrstuvwxyz23456789")
    with orm():
        audit_before = audit_record_snapshot()
        user = get_user_model().objects.create_user(
            username=f"bien-tap-{suffix}",
            email=f"bien-tap-{suffix}@duongkinh.test",
            password=PASSWORD,
            first_name="Minh",
            last_name="Trần Văn",
        )
        user.groups.add(Group.objects.get(name=roles.EDITOR))
    yield user
    with orm():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
        AccessAttempt.objects.filter(username=user.username).delete()
        StaffAccount.objects.filter(user=user).delete()
        for session in Session.objects.all():
            if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
                session.delete()
        user.delete()
        remove_audit_record_since(audit_before)


@pytest.fixture
def page(page_at, request):
    page = page_at(1280, 900)
    yield page
    if request.session.testsfailed:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "sign-in-failure.png"), full_page=True)


def submit_password(page, portal_url, username, password):
    page.goto(portal_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.click("form button[type=submit]")


def test_sign_in_with_a_password_and_a_code_from_the_authenticator(settings, portal_url, account, page):
    settings.PORTAL_REQUIRE_2FA = True

    submit_password(page, portal_url, account.username, PASSWORD)
    assert "/admin/2fa/setup/" in page.url
    assert page.locator("main").count() == 1, "the page holds a second copy of itself"
    secret = page.locator("[data-totp-secret]").inner_text()
    page.fill("#id_code", authenticator_code(secret))
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    assert "/admin/2fa/recovery-codes/" in page.url
    assert page.locator("[data-recovery-codes] li").count() == 10
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "sign-in-recovery-codes.png"))
    page.click("text=Tôi đã lưu lại")
    page.wait_for_url(portal_url + "/admin/")

    page.context.clear_cookies()
    submit_password(page, portal_url, account.username, PASSWORD)
    assert "/admin/2fa/verify/" in page.url
    # The code of the next 30-second step: the one just used is never accepted twice.
    page.fill("#id_code", authenticator_code(secret, step_offset=1))
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    assert page.url == portal_url + "/admin/"
    assert page.locator("#wagtail-sidebar").count() == 1


def test_repeated_wrong_passwords_lock_the_sign_in(settings, portal_url, account, page):
    settings.AXES_FAILURE_LIMIT = 3
    for _attempt in range(3):
        submit_password(page, portal_url, account.username, "doan-mo-mat-khau")

    submit_password(page, portal_url, account.username, PASSWORD)

    assert "Đăng nhập tạm thời bị khóa" in page.content()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "sign-in-lockout.png"))
    page.goto(portal_url + "/admin/")
    assert "/admin/login/" in page.url


def test_an_idle_session_ends(portal_url, account, page, orm):  # noqa: F811
    submit_password(page, portal_url, account.username, PASSWORD)
    assert page.url == portal_url + "/admin/"
    session_key = next(cookie["value"] for cookie in page.context.cookies() if cookie["name"] == "sessionid")
    page.goto("about:blank")
    with orm():
        session = SessionStore(session_key=session_key)
        session[LAST_SEEN] = time.time() - 16 * 60
        session.save()

    page.goto(portal_url + "/admin/pages/")

    assert "/admin/login/" in page.url
    assert "15 phút không hoạt động" in page.content()
