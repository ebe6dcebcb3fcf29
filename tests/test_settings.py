"""Deployment choices come from the environment, and production settings refuse to run insecurely."""

import os
import subprocess
import sys

from django.conf import settings


def run_manage(args, **env):
    environment = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_portal_speaks_vietnamese_first_in_vietnam_time():
    assert settings.LANGUAGE_CODE == "vi"
    assert [code for code, _ in settings.LANGUAGES] == ["vi", "en"]
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
    assert settings.WAGTAIL_I18N_ENABLED is True


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = run_manage(["check"], DJANGO_SETTINGS_MODULE="duongkinh.settings.production")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_settings_pass_the_deployment_checklist():
    result = run_manage(
        ["check", "--deploy", "--fail-level", "WARNING"],
        DJANGO_SETTINGS_MODULE="duongkinh.settings.production",
        DJANGO_SECRET_KEY="a-long-random-secret-key-for-the-deploy-check-0123456789-abcdefghijklmnop",
        DJANGO_ALLOWED_HOSTS="duongkinh.haiphong.gov.vn",
    )
    assert result.returncode == 0, result.stderr + result.stdout
