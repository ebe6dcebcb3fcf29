"""Staff accounts: passwords, the sign-in lockout, sessions and two-factor sign-in (docs/staff-accounts.md).

Part of the settings shared by every deployment (base.py imports it); the environment chooses as there.
"""

import datetime

from .environment import VAR_DIR, env, env_bool

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Argon2 for new and changed passwords; older hashes are still read and upgraded at the next sign-in.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]

# Sign-in lockout (django-axes): after AXES_FAILURE_LIMIT failed sign-ins for the same account FROM the same
# address, that pair is refused for AXES_COOLOFF_MINUTES. Counting the pair, not the account alone, means an
# attacker locked out elsewhere does not lock the real user out. Addresses come from core.network.client_ip
# (TRUSTED_PROXIES). Locked-out pairs are listed, and unlocked, under Settings → Sign-in lockouts.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = int(env("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(env("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "core.network.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "moderation/accounts/lockout.html"
AXES_VERBOSE = False

# Staff sessions (moderation/accounts/sessions.py): the admin signs a person out after this long without a
# request, and after this long whatever the activity; no session cookie outlives the limit either.
ADMIN_IDLE_TIMEOUT_MINUTES = int(env("ADMIN_IDLE_TIMEOUT_MINUTES", "15"))
ADMIN_SESSION_MAX_HOURS = int(env("ADMIN_SESSION_MAX_HOURS", "12"))
SESSION_COOKIE_AGE = ADMIN_SESSION_MAX_HOURS * 3600
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Two-factor sign-in (TOTP app + recovery codes) for every account that reaches the admin. The test settings
# switch it off for the tests that sign in with a password only; never switch it off in production.
PORTAL_REQUIRE_2FA = env_bool("PORTAL_REQUIRE_2FA", True)
OTP_TOTP_ISSUER = "Cổng TTĐT phường Dương Kinh"
# The demo administrator exists only under the development settings (dev.py); production refuses to start
# while an active account has a known default password (production.py, moderation/accounts/checks.py).
DEMO_SUPERUSER_ALLOWED = False
DEMO_SUPERUSER_PASSWORD_FILE = VAR_DIR / "demo-superuser-password.txt"
REFUSE_KNOWN_PASSWORDS = False
# Accounts nobody signed in to for this many days are disabled by the daily disable_inactive_accounts job.
ACCOUNT_INACTIVITY_DAYS = int(env("ACCOUNT_INACTIVITY_DAYS", "45"))
