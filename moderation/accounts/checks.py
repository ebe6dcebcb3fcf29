"""A system check: no active account may keep a password everybody knows (the old demo administrator's,
the usual guesses). Runs when the check is given a database (`migrate`, which the container runs before
the server starts, and `check --database default`) and REFUSE_KNOWN_PASSWORDS is on (production)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import checks
from django.db import connections

# The demo administrator's password written in the source until December 2026, and the usual guesses.
KNOWN_DEFAULT_PASSWORDS = (
    "DuongKinh-demo-2026",
    "admin",
    "admin123",
    "password",
    "12345678",
    "123456789",
    "changeme",
)


@checks.register(checks.Tags.security)
def known_default_passwords(app_configs=None, databases=None, **kwargs):
    if not getattr(settings, "REFUSE_KNOWN_PASSWORDS", False) or not databases:
        return []
    User = get_user_model()
    errors = []
    for alias in databases:
        # The first `migrate` of a new database runs this before the accounts table exists: no account yet.
        if User._meta.db_table not in connections[alias].introspection.table_names():
            continue
        errors += known_password_errors(User._default_manager.using(alias))
    return errors


def known_password_errors(users):
    errors = []
    for user in users.filter(is_active=True).exclude(password=""):
        if any(user.check_password(password) for password in KNOWN_DEFAULT_PASSWORDS):
            errors.append(
                checks.Error(
                    f"The account “{user.get_username()}” has a known default password.",
                    hint="Change it (manage.py changepassword) or disable the account before starting.",
                    obj=user.get_username(),
                    id="portal.E001",
                )
            )
    return errors
