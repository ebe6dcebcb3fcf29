"""The demo administrator exists only under the development settings, with a generated password that `make
run` prints; production refuses to start while an active account keeps a known default password."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError, SystemCheckError

from tests.factories.core import UserFactory
from tests.test_settings import run_manage

pytestmark = pytest.mark.django_db

User = get_user_model()


def test_the_demo_administrator_is_refused_outside_development():
    with pytest.raises(CommandError, match="cấu hình phát triển"):
        call_command("ensure_demo_superuser", stdout=io.StringIO())
    assert not User.objects.filter(username="admin-demo").exists()


def test_development_generates_the_password_and_prints_it_again(settings, tmp_path, monkeypatch):
    monkeypatch.delenv("DJANGO_SUPERUSER_PASSWORD", raising=False)
    monkeypatch.delenv("DJANGO_SUPERUSER_USERNAME", raising=False)
    settings.DEMO_SUPERUSER_ALLOWED = True
    settings.DEMO_SUPERUSER_PASSWORD_FILE = tmp_path / "demo-password.txt"
    first, second = io.StringIO(), io.StringIO()

    call_command("ensure_demo_superuser", stdout=first)
    call_command("ensure_demo_superuser", stdout=second)

    password = first.getvalue().split(" / ")[1].split(" — ")[0]
    assert len(password) >= 16 and password != "DuongKinh-demo-2026"
    assert User.objects.get(username="admin-demo").check_password(password)
    assert password in second.getvalue() and "Đã có sẵn" in second.getvalue()
    assert (settings.DEMO_SUPERUSER_PASSWORD_FILE.stat().st_mode & 0o077) == 0


def test_a_known_default_password_stops_production(settings):
    settings.REFUSE_KNOWN_PASSWORDS = True
    UserFactory(username="admin-demo", password="DuongKinh-demo-2026", superuser=True)

    with pytest.raises(SystemCheckError, match="admin-demo"):
        call_command("check", databases=["default"], stdout=io.StringIO(), stderr=io.StringIO())


def test_a_disabled_account_or_a_real_password_does_not(settings):
    settings.REFUSE_KNOWN_PASSWORDS = True
    UserFactory(username="cu", password="DuongKinh-demo-2026", is_active=False)
    UserFactory(username="moi", password="Một-mật-khẩu-thật-dài-2026")
    call_command("check", databases=["default"], stdout=io.StringIO(), stderr=io.StringIO())


def test_production_settings_refuse_known_passwords_and_development_allows_the_demo():
    printed = (
        "from django.conf import settings as s; print(s.REFUSE_KNOWN_PASSWORDS, s.DEMO_SUPERUSER_ALLOWED)"
    )
    production = run_manage(
        ["shell", "-c", printed],
        DJANGO_SETTINGS_MODULE="duongkinh.settings.production",
        DJANGO_SECRET_KEY="a-long-random-secret-key-for-the-deploy-check-0123456789-abcdefghijklmnop",
    )
    development = run_manage(["shell", "-c", printed], DJANGO_SETTINGS_MODULE="duongkinh.settings.dev")
    assert production.stdout.strip().splitlines()[-1] == "True False"
    assert development.stdout.strip().splitlines()[-1] == "False True"
