"""Settings for production: everything `check --deploy` asks for, and nothing insecure by default."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASE_CONN_MAX_AGE, DATABASES, SECRET_KEY, STORAGES, env, env_bool

DEBUG = False
# Never a local address in what leaves the portal (site map, feeds, API): the ward's domain unless set.
PORTAL_PUBLIC_URL = env("PORTAL_PUBLIC_URL", "https://duongkinh.haiphong.gov.vn")
WAGTAILAPI_BASE_URL = PORTAL_PUBLIC_URL
if SECRET_KEY.startswith("insecure-"):
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set in production.")

# Persistent database connections: opening one per request halved the rate a page is served at. Ten
# minutes unless DATABASE_CONN_MAX_AGE says otherwise; CONN_HEALTH_CHECKS (base.py) drops a dead one.
if DATABASE_CONN_MAX_AGE is None:
    DATABASES["default"]["CONN_MAX_AGE"] = 600

# The application answers public pages again from Redis (core/page_cache.py) unless PAGE_CACHE=0.
PAGE_CACHE = env_bool("PAGE_CACHE", True)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(env("DJANGO_SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
# `migrate` (run before the server starts, see Dockerfile) and `check --database default` stop while any
# active account still has a known default password (moderation/accounts/checks.py).
REFUSE_KNOWN_PASSWORDS = True
# Never from the environment here: every account that reaches the admin signs in with two factors.
PORTAL_REQUIRE_2FA = True

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
