"""Settings for pytest: side effects pinned so that tests are fast and repeatable."""

from .base import *  # noqa: F403
from .base import VAR_DIR

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
RATELIMIT_USE_CACHE = "default"
# Local memory counts rate limits per process, and each test process is its own client (see base.py).
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001", "django_ratelimit.E003"]
SESSION_ENGINE = "django.contrib.sessions.backends.db"
MEDIA_ROOT = VAR_DIR / "test-media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
PORTAL_PUBLIC_URL = WAGTAILAPI_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["*"]

WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# Tests sign in with a password (the login fixtures, force_login); the two-factor tests switch this on
# (tests/moderation/test_two_factor.py), and a test proves the production settings require it.
PORTAL_REQUIRE_2FA = False
# Page views and searches are written by the beacon itself; tests of the Redis counters turn them on with
# a key prefix of their own (tests/core/test_visits.py).
COUNTERS_REDIS_URL = None
# No virus scan unless a test starts its own clamd (tests/core/test_virus_scan.py).
CLAMD_URL = ""
