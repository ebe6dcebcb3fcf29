"""Make sure a demo superuser exists so that a new installation can be explored in the admin."""

import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

DEFAULT_USERNAME = "admin-demo"
DEFAULT_PASSWORD = "DuongKinh-demo-2026"
DEFAULT_EMAIL = "admin-demo@duongkinh.local"


class Command(BaseCommand):
    help = "Create the demo superuser (DJANGO_SUPERUSER_USERNAME/PASSWORD/EMAIL override the defaults)."

    def handle(self, *args, **options):
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME", DEFAULT_USERNAME)
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD", DEFAULT_PASSWORD)
        email = os.environ.get("DJANGO_SUPERUSER_EMAIL", DEFAULT_EMAIL)
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None:
            User.objects.create_superuser(username=username, email=email, password=password)
            state = "Đã tạo"
        else:
            state = "Đã có sẵn"
        shown_password = password
        if "DJANGO_SUPERUSER_PASSWORD" in os.environ:
            shown_password = "(mật khẩu từ DJANGO_SUPERUSER_PASSWORD)"
        self.stdout.write(
            f"{state} tài khoản quản trị demo: {username} / {shown_password} — đăng nhập tại /admin/"
        )
