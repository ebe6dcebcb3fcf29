"""Make sure a demo superuser exists so that a new installation can be explored in the admin.

Development settings only (DEMO_SUPERUSER_ALLOWED, set by duongkinh/settings/dev.py): anywhere else the
command refuses. The password is never written in the source: DJANGO_SUPERUSER_PASSWORD chooses it, or one
is generated when the account is created, kept in DEMO_SUPERUSER_PASSWORD_FILE (var/, readable by the owner
only) so that `make run` can print it again, and printed.
"""

import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEFAULT_USERNAME = "admin-demo"
DEFAULT_EMAIL = "admin-demo@duongkinh.local"


def generated_password():
    return secrets.token_urlsafe(15)


def remember(path, password):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(password + "\n", encoding="utf-8")
    path.chmod(0o600)


class Command(BaseCommand):
    help = "Create the demo superuser (development settings only; DJANGO_SUPERUSER_USERNAME/PASSWORD/EMAIL)."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_SUPERUSER_ALLOWED", False):
            raise CommandError(
                "Tài khoản quản trị demo chỉ được tạo với cấu hình phát triển (duongkinh.settings.dev)."
            )
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME", DEFAULT_USERNAME)
        email = os.environ.get("DJANGO_SUPERUSER_EMAIL", DEFAULT_EMAIL)
        chosen = os.environ.get("DJANGO_SUPERUSER_PASSWORD")
        password_file = Path(settings.DEMO_SUPERUSER_PASSWORD_FILE)
        User = get_user_model()
        if not User.objects.filter(username=username).exists():
            password = chosen or generated_password()
            User.objects.create_superuser(username=username, email=email, password=password)
            if not chosen:
                remember(password_file, password)
            state = "Đã tạo"
        else:
            state = "Đã có sẵn"
        if chosen:
            shown = "(mật khẩu từ DJANGO_SUPERUSER_PASSWORD)"
        elif password_file.exists():
            shown = password_file.read_text(encoding="utf-8").strip()
        else:
            shown = f"(đặt lại bằng: manage.py changepassword {username})"
        self.stdout.write(f"{state} tài khoản quản trị demo: {username} / {shown} — đăng nhập tại /admin/")
