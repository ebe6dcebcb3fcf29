"""Sign-ins under attack: every sign-in, failure (with the user name tried), sign-out, lockout, unlock and
password change is in the audit log with the source address; repeated failures lock the account AND
address pair (configurable), so the attacker does not lock the real user out; administrators unlock."""

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from tests.factories.core import PASSWORD

from .helpers import refused

pytestmark = pytest.mark.django_db

ATTACKER = "203.0.113.66"
HOME = "198.51.100.20"
PROXY = "10.0.0.1"


def sign_in(username, password, address=ATTACKER, client=None, **extra):
    client = client or Client()
    data = {"username": username, "password": password}
    response = client.post(reverse("wagtailadmin_login"), data, REMOTE_ADDR=address, **extra)
    return client, response


def entries(action, **filters):
    return ModelLogEntry.objects.filter(action=action, **filters).order_by("pk")


def signed_in(response):
    return response.status_code == 302 and "login" not in response.url


def test_a_sign_in_is_logged_with_the_address(editor):
    _client, response = sign_in(editor.username, PASSWORD, HOME)
    assert signed_in(response)
    entry = entries("portal.login", object_id=str(editor.pk)).get()
    assert entry.data["ip"] == HOME
    assert entry.user == editor


def test_a_failed_sign_in_is_logged_with_the_name_tried(editor):
    sign_in(editor.username, "sai-mat-khau-roi")
    sign_in("khong-co-ai", "sai-mat-khau-roi")

    known = entries("portal.login.failed", object_id=str(editor.pk)).get()
    assert known.data == {"username": editor.username, "ip": ATTACKER}
    unknown = entries("portal.login.failed", object_id="0").get()
    assert unknown.data == {"username": "khong-co-ai", "ip": ATTACKER}
    assert unknown.label == "khong-co-ai"


def test_a_sign_out_is_logged(editor):
    client, _response = sign_in(editor.username, PASSWORD, HOME)
    client.post(reverse("wagtailadmin_logout"), REMOTE_ADDR=HOME)
    assert entries("portal.logout", object_id=str(editor.pk)).get().data["ip"] == HOME


def test_the_address_behind_the_trusted_proxy_is_logged(settings, editor):
    settings.TRUSTED_PROXIES = [PROXY]
    sign_in(editor.username, "sai-mat-khau-roi", PROXY, HTTP_X_FORWARDED_FOR="198.51.100.99")
    assert entries("portal.login.failed").get().data["ip"] == "198.51.100.99"


def test_the_history_shows_sign_ins_in_vietnamese(login, superuser, editor):
    sign_in(editor.username, "sai-mat-khau-roi")
    content = login(superuser).get(reverse("wagtailusers_users:history", args=(editor.pk,))).content.decode()
    assert "Đăng nhập không thành công" in content
    assert ATTACKER in content


# -- lockout -------------------------------------------------------------------------------------------------


def attack(username, times, address=ATTACKER, **extra):
    for _ in range(times):
        sign_in(username, "doan-mo-mat-khau", address, **extra)


def test_repeated_failures_lock_the_account_from_that_address(settings, editor):
    attack(editor.username, settings.AXES_FAILURE_LIMIT)

    _client, response = sign_in(editor.username, PASSWORD, ATTACKER)

    assert response.status_code == 429
    assert "tạm thời bị khóa" in response.content.decode()
    assert not entries("portal.login", object_id=str(editor.pk)).exists()
    lockout = entries("portal.lockout", object_id=str(editor.pk)).first()
    assert lockout is not None and lockout.data["ip"] == ATTACKER


def test_the_attacker_does_not_lock_out_the_real_user(settings, editor):
    attack(editor.username, settings.AXES_FAILURE_LIMIT + 3)

    _client, response = sign_in(editor.username, PASSWORD, HOME)

    assert signed_in(response)


def test_a_forged_forwarded_header_does_not_escape_the_lockout(settings, editor):
    """Without a trusted proxy, X-Forwarded-For is the client's own writing: it is not read."""
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(editor.username, "doan-mo-mat-khau", ATTACKER, HTTP_X_FORWARDED_FOR=f"192.0.2.{number}")
    _client, response = sign_in(editor.username, PASSWORD, ATTACKER, HTTP_X_FORWARDED_FOR="192.0.2.200")
    assert response.status_code == 429


def test_the_limit_is_configurable(settings, editor):
    settings.AXES_FAILURE_LIMIT = 2
    attack(editor.username, 2)
    assert sign_in(editor.username, PASSWORD)[1].status_code == 429


def test_an_administrator_unlocks_and_it_is_logged(settings, login, administrator, editor):
    attack(editor.username, settings.AXES_FAILURE_LIMIT)
    client = login(administrator)
    index = client.get(reverse("sign_in_lockouts:index")).content.decode()
    assert ATTACKER in index and editor.username in index

    for attempt in AccessAttempt.objects.filter(username=editor.username):
        client.post(reverse("sign_in_lockouts:delete", args=(attempt.pk,)))

    assert signed_in(sign_in(editor.username, PASSWORD, ATTACKER)[1])
    unlock = entries("portal.unlock", object_id=str(editor.pk)).get()
    assert unlock.user == administrator and unlock.data["ip"] == ATTACKER


@pytest.mark.parametrize("role", ["editor", "editor_in_chief", "contributor", "auditor"])
def test_only_administrators_see_and_unlock_lockouts(settings, login, request, editor, role):
    attack(editor.username, settings.AXES_FAILURE_LIMIT)
    client = login(request.getfixturevalue(role))
    attempt = AccessAttempt.objects.filter(username=editor.username).first()

    assert refused(client.get(reverse("sign_in_lockouts:index")))
    assert refused(client.post(reverse("sign_in_lockouts:delete", args=(attempt.pk,))))
    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()


# -- passwords ----------------------------------------------------------------------------------------------


def test_a_password_change_is_logged(editor):
    editor.set_password("Một-mật-khẩu-mới-đủ-dài")
    editor.save()
    assert entries("portal.password.change", object_id=str(editor.pk)).count() == 1
    editor.first_name = "Lan"
    editor.save()
    assert entries("portal.password.change", object_id=str(editor.pk)).count() == 1
