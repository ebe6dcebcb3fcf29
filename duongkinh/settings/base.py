"""Settings shared by every deployment.

Every deployment choice is read from the environment here (and in the two parts imported below: staff
accounts, security headers), and only here, with a safe default that runs the portal on one laptop (SQLite
under var/, local-memory cache, files under var/media).
"""

import tomllib
from pathlib import Path

import dj_database_url

from .accounts import *  # noqa: F403
from .applications import INSTALLED_APPS  # noqa: F401
from .environment import BASE_DIR, VAR_DIR, env, env_bool, env_list
from .security_headers import *  # noqa: F403

SECRET_KEY = env("DJANGO_SECRET_KEY", "insecure-development-key-change-me")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Whole public responses answered from the shared cache when PAGE_CACHE is on (core/page_cache.py).
    "core.page_cache.PageCacheMiddleware",
    # Content-Security-Policy (nonce-based on the public site, scoped for the admin) and Permissions-Policy.
    "core.security.PortalCSPMiddleware",
    "core.security.PermissionsPolicyMiddleware",
    # A body declared larger than REQUEST_MAX_SIZE is refused (413) before anything reads it.
    "core.uploads.RequestSizeLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Cache-Control on every response (public and short, or private for anything personal): before the
    # session and CSRF middleware, so that it sees the cookies they set (core/cache_headers.py).
    "core.cache_headers.CacheControlMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Public forms past their limit are refused before CSRF reads the body (core/ratelimit.py).
    "core.ratelimit.AcceptedRateLimitMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Auditors only read the admin, and the few admin routes that would publish outside the review
    # workflow are refused (the publishing rule, core/permissions.py).
    "core.middleware.EditorialSafeguardsMiddleware",
    # Staff sessions end after idling, after their lifetime, on sign-out everywhere; first password change.
    "moderation.accounts.sessions.StaffSessionMiddleware",
    # Two-factor sign-in before anything else in the admin (moderation/accounts/two_factor.py).
    "moderation.accounts.two_factor.TwoFactorMiddleware",
    # Refuses sign-in attempts of a locked-out account and address (django-axes); last, as axes asks.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "duongkinh.urls"
WSGI_APPLICATION = "duongkinh.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite under var/ unless DATABASE_URL points elsewhere (PostgreSQL in production).
# DATABASE_CONN_MAX_AGE: seconds a connection is kept for the next requests (0 = a new connection per
# request; production defaults to 600, see production.py). A kept connection is checked before reuse.
DATABASE_CONN_MAX_AGE = env("DATABASE_CONN_MAX_AGE")
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(DATABASE_CONN_MAX_AGE or 0),
        conn_health_checks=True,  # a kept connection is checked first: a restarted database is found again
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and sessions: local memory unless REDIS_URL is set. With Redis, a Redis that cannot answer never
# fails a page (core/cache.py): the default cache then keeps nothing, the rate limits count in the process's
# memory, and sessions live in the database with Redis as their cache (cached_db), so nobody is signed out.
REDIS_URL = env("REDIS_URL")
REDIS_RETRY_AFTER = float(env("REDIS_RETRY_AFTER", "5"))  # seconds without trying Redis after a failure
# Page views and searches are counted in Redis and written to the database each minute by the
# "flush-counters" job (core/counters.py); without Redis the beacon writes them to the database itself.
COUNTERS_REDIS_URL = env("COUNTERS_REDIS_URL", REDIS_URL)
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"RETRY_AFTER": REDIS_RETRY_AFTER},
        },
        "ratelimit": {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "ratelimit",
            "OPTIONS": {"RETRY_AFTER": REDIS_RETRY_AFTER, "FALLBACK": "local"},
        },
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    RATELIMIT_USE_CACHE = "ratelimit"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# What every page repeats (settings, menu, footer, home listings) is kept in the cache between requests and
# made stale by every publication (core/fragments.py); this bounds what no publication changes (dates).
FRAGMENT_CACHE_SECONDS = int(env("FRAGMENT_CACHE_SECONDS", "600"))
# A search asked again (same words, filters, page, language and site) within this many seconds is answered
# from the same cache, made stale by the same publications (search/views.py); 0 turns it off.
SEARCH_CACHE_SECONDS = int(env("SEARCH_CACHE_SECONDS", "60"))
# Whole public pages kept in the same cache for as long as a shared cache may keep them, made stale by the
# same publications (core/page_cache.py); on in production settings unless PAGE_CACHE=0.
PAGE_CACHE = env_bool("PAGE_CACHE", False)

# Staff accounts (passwords, lockout, sessions, two-factor sign-in): duongkinh/settings/accounts.py.

# Front cache: Varnish (deploy/varnish/portal.vcl) purged through Wagtail's frontend cache backend when
# content is published, unpublished, moved or deleted (home/front_cache.py, docs/front-cache.md).
VARNISH_URL = env("VARNISH_URL")
if VARNISH_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": VARNISH_URL}
    }
# Browsers keep a public page CACHE_CONTROL_MAX_AGE seconds; shared caches (Varnish, a CDN), purged on
# publish, CACHE_CONTROL_S_MAXAGE (docs/front-cache.md). Hashed static files: a year, immutable (WhiteNoise).
CACHE_CONTROL_MAX_AGE = int(env("CACHE_CONTROL_MAX_AGE", "60"))
CACHE_CONTROL_S_MAXAGE = int(env("CACHE_CONTROL_S_MAXAGE", "300"))

# Language and time: Vietnamese first, English second; Vietnam time everywhere a person reads it.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# Page addresses in ASCII (/gioi-thieu/, never /giới-thiệu/): the admin folds a title's Vietnamese letters
# (core/page_form.py) and an empty slug is made with core.text.slugify_vi.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

# Files: static files served by WhiteNoise; media on disk under var/media unless S3 is configured.
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("DJANGO_STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("DJANGO_MEDIA_ROOT", str(VAR_DIR / "media")))

AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL")
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME")
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = False
    DEFAULT_FILE_STORAGE_BACKEND = "storages.backends.s3.S3Storage"
else:
    DEFAULT_FILE_STORAGE_BACKEND = "django.core.files.storage.FileSystemStorage"

STORAGES = {
    "default": {"BACKEND": DEFAULT_FILE_STORAGE_BACKEND},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Background tasks: run immediately by default; django_tasks_db's `manage.py db_worker` runs them when
# TASKS_BACKEND=database. Periodic jobs: SCHEDULED_JOBS at the end of this file.
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks_db.DatabaseBackend"
            if env("TASKS_BACKEND") == "database"
            else "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

# Email: printed to the console unless an SMTP host is configured.
EMAIL_HOST = env("EMAIL_HOST")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = int(env("EMAIL_PORT", "587"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Cổng TTĐT phường Dương Kinh <duongkinh@haiphong.gov.vn>")

# Content-Security-Policy and Permissions-Policy: duongkinh/settings/security_headers.py.

# Wagtail
WAGTAIL_SITE_NAME = "Cổng Thông tin điện tử phường Dương Kinh"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Staff avatars are not fetched from gravatar.com: no staff e-mail hash leaves the portal, and no broken
# images when the admin runs without internet access.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the admin ask releases.wagtail.org for new versions (the admin's policy allows no such request).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
# The admin's date pickers write WAGTAIL_DATE_FORMAT, which must be parsed back: Django's "vi" locale has no
# input formats, and the global default reads 05/11/2026 as 11 May (and refuses 28/11/2026).
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
]
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "csv", "zip", "jpg", "png"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
# Every uploaded image needs its alternative text (the image's description) before it can be saved.
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.forms.ImageForm"
# The portal's public address: the site map, feeds, robots.txt and the API give full addresses with it
# (core/public_url.py), whatever host a request reached or Wagtail's Site record holds.
PORTAL_PUBLIC_URL = env("PORTAL_PUBLIC_URL", WAGTAILADMIN_BASE_URL)
WAGTAILAPI_BASE_URL = PORTAL_PUBLIC_URL
# Staff documents are checked by content like the public's files (core/uploads.py): no zip bomb, no PDF
# with JavaScript, no markup disguised as a binary file.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.forms.DocumentForm"
WAGTAILAPI_LIMIT_MAX = 100
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json_lines": {"format": "%(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "audit_stream": {"class": "logging.StreamHandler", "formatter": "json_lines"},
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Every audit-log entry as one JSON line, for an external log store (audit/chain.py, docs/audit.md).
        "duongkinh.audit": {"handlers": ["audit_stream"], "level": "INFO", "propagate": False},
    },
}

# Editorial office: the review workflow is the only road to the public (see moderation/).
WAGTAIL_FINISH_WORKFLOW_ACTION = "moderation.workflows.finish_workflow_and_publish"
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# Two-person review: the final approval must come from someone other than the first step's approver.
MODERATION_ALLOW_SAME_REVIEWER = env_bool("MODERATION_ALLOW_SAME_REVIEWER", False)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_USE_HTML = True

# Translations of live pages start as drafts: they go through the review workflow like any page.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False


# ---------------------------------------------------------------------------------------------------------
# Search (search/, docs/search.md): Vietnamese folding on the database backends, editors' promotions, and
# Elasticsearch 8 when ELASTICSEARCH_URL is set, with the database index kept as the fallback.
# ---------------------------------------------------------------------------------------------------------
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
# On PostgreSQL the `vi_unaccent` text search configuration comes from search/migrations; SQLite ignores it.
SEARCH_DATABASE_BACKEND = {"BACKEND": "search.backends.database", "SEARCH_CONFIG": "vi_unaccent"}
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch8",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": env("ELASTICSEARCH_INDEX_PREFIX", "duongkinh_"),
            "TIMEOUT": int(env("ELASTICSEARCH_TIMEOUT", "5")),
        },
        "database": SEARCH_DATABASE_BACKEND,
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": SEARCH_DATABASE_BACKEND}
# The search behaviour suite also runs against this server when set (tests/search/test_elasticsearch.py).
SEARCH_TEST_ELASTICSEARCH_URL = env("SEARCH_TEST_ELASTICSEARCH_URL")

# Compliance report (audit/compliance, docs/audit.md): deadlines in working days, how old mandatory content
# may be, the links checked daily, and the running version the release register must hold.
COMPLIANCE_LEGAL_DOCUMENT_WORKING_DAYS = int(env("COMPLIANCE_LEGAL_DOCUMENT_WORKING_DAYS", "2"))
COMPLIANCE_QUESTION_WORKING_DAYS = int(env("COMPLIANCE_QUESTION_WORKING_DAYS", "15"))
COMPLIANCE_CONSULTATION_SUMMARY_WORKING_DAYS = int(env("COMPLIANCE_CONSULTATION_SUMMARY_WORKING_DAYS", "10"))
# QĐ 218/2025 sets no time limit for acting on received information: 5 working days is the ward's own.
COMPLIANCE_INTAKE_WORKING_DAYS = int(env("COMPLIANCE_INTAKE_WORKING_DAYS", "5"))
COMPLIANCE_CONTENT_MAX_AGE_DAYS = int(env("COMPLIANCE_CONTENT_MAX_AGE_DAYS", "365"))
COMPLIANCE_CONTENT_MAX_AGE = {"5": 30, "6": 30}  # days, per category of legal-requirements.md §1
COMPLIANCE_GOVERNMENT_PORTAL_URL = env("COMPLIANCE_GOVERNMENT_PORTAL_URL", "https://chinhphu.vn")
COMPLIANCE_EXTRA_LINKS = env_list("COMPLIANCE_EXTRA_LINKS")
PORTAL_VERSION = env(
    "PORTAL_VERSION", tomllib.loads((BASE_DIR / "pyproject.toml").read_text())["project"]["version"]
)

# Intake register (moderation/intake): every piece of information sent to the portal, from every channel.
INTAKE_MAX_ATTACHMENT_SIZE = int(env("INTAKE_MAX_ATTACHMENT_SIZE", str(20 * 1024 * 1024)))
INTAKE_MAX_ATTACHMENTS = int(env("INTAKE_MAX_ATTACHMENTS", "10"))
INTAKE_RATE_LIMIT = int(env("INTAKE_RATE_LIMIT", "5"))  # submissions per client address and window
INTAKE_TRACK_RATE_LIMIT = int(env("INTAKE_TRACK_RATE_LIMIT", "30"))  # status look-ups per address and window
INTAKE_RATE_WINDOW = int(env("INTAKE_RATE_WINDOW", "3600"))  # seconds
# The other public forms' limits per client address, in the same window (docs/consultations.md,
# docs/online-dialogue.md, docs/page-feedback.md); the answers of a live dialogue are kept this many seconds.
CONSULTATION_COMMENT_RATE_LIMIT = int(env("CONSULTATION_COMMENT_RATE_LIMIT", "10"))
DIALOGUE_RATE_LIMIT = int(env("DIALOGUE_RATE_LIMIT", "5"))
FEEDBACK_RATE_LIMIT = int(env("FEEDBACK_RATE_LIMIT", "30"))
DIALOGUE_FRAGMENT_SECONDS = int(env("DIALOGUE_FRAGMENT_SECONDS", "5"))
# Every public form also counts per browser session, in its own window (core/ratelimit.py).
PUBLIC_FORM_SESSION_RATE_LIMIT = int(env("PUBLIC_FORM_SESSION_RATE_LIMIT", "5"))
# Uploads (core/uploads.py): zip containers (docx, xlsx, odt, zip) are refused before anything unpacks them
# when their directory lists more entries or more unpacked bytes than this; a request body declared larger
# than REQUEST_MAX_SIZE is answered 413 before it is read (the web server keeps the same limit).
UPLOAD_MAX_ARCHIVE_ENTRIES = int(env("UPLOAD_MAX_ARCHIVE_ENTRIES", "2000"))
UPLOAD_MAX_UNPACKED_SIZE = int(env("UPLOAD_MAX_UNPACKED_SIZE", str(100 * 1024 * 1024)))
REQUEST_MAX_SIZE = int(
    env("REQUEST_MAX_SIZE", str(INTAKE_MAX_ATTACHMENTS * INTAKE_MAX_ATTACHMENT_SIZE + 5 * 1024 * 1024))
)
# The optional virus scan (core/antivirus.py, docs/hardening.md): set, every checked upload is streamed to
# clamd (tcp://host:3310 or unix:///run/clamav/clamd.ctl), refused when infected or when clamd cannot answer.
CLAMD_URL = env("CLAMD_URL", "")
CLAMD_TIMEOUT = float(env("CLAMD_TIMEOUT", "10"))  # seconds for a verdict; connecting gets 2
CLAMD_MAX_SIZE = int(env("CLAMD_MAX_SIZE", str(25 * 1024 * 1024)))  # clamd's StreamMaxLength, keep them equal
# django-ratelimit counts those attempts in the default cache. Its W001 ("not officially supported") is
# silenced: it knows Redis only through django-redis, and Django's own RedisCache (REDIS_URL) increments
# atomically too. Local memory (no REDIS_URL) counts per process: exact for one process (`make run`),
# looser under several gunicorn workers, so its E003 is silenced only for that laptop default; production
# sets REDIS_URL.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001", *([] if REDIS_URL else ["django_ratelimit.E003"])]
# The address is hashed with a key (core/ratelimit.py), so a cache key cannot be traced back to it.
RATELIMIT_HASH_ALGORITHM = "core.ratelimit.keyed_sha256"
# A count the cache cannot make (a key expiring between two steps) lets the person through: the public
# channels stay open rather than refuse someone who did nothing wrong.
RATELIMIT_FAIL_OPEN = True
# Behind a reverse proxy every request comes from the proxy's address: TRUSTED_PROXIES lists the addresses
# or networks of our own proxies (comma-separated, e.g. "127.0.0.1,10.0.0.0/8"), and the client's address is
# the first hop of X-Forwarded-For, read from the right, that is not one of them (core/network.py). Empty:
# the header is ignored and REMOTE_ADDR is the client.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
RATELIMIT_IP_META_KEY = "core.network.client_ip"
INTAKE_TRUST_ROOTS = env("INTAKE_TRUST_ROOTS", str(BASE_DIR / "var" / "trust-roots"))
INTAKE_IMAP_HOST = env("INTAKE_IMAP_HOST")
INTAKE_IMAP_PORT = int(env("INTAKE_IMAP_PORT", "993"))
INTAKE_IMAP_USER = env("INTAKE_IMAP_USER", "")
INTAKE_IMAP_PASSWORD = env("INTAKE_IMAP_PASSWORD", "")
INTAKE_IMAP_FOLDER = env("INTAKE_IMAP_FOLDER", "INBOX")
INTAKE_IMAP_SSL = env_bool("INTAKE_IMAP_SSL", True)
INTAKE_FETCH_SCHEDULE = env("INTAKE_FETCH_SCHEDULE", "*/5 * * * *")  # cron expression of the mail fetch

# Backups (core/backup.py, docs/backup.md): `manage.py backup` writes into BACKUP_DIR and keeps the newest
# backup of each of the last BACKUP_KEEP_DAILY days, BACKUP_KEEP_WEEKLY weeks and BACKUP_KEEP_MONTHLY months;
# BACKUP_SCHEDULE (a cron expression) makes the scheduler take one, nightly by default once BACKUP_DIR is set.
# BACKUP_DIR is a folder, or `s3://bucket/prefix` for a separate S3 bucket (core/backup_s3.py): that bucket is
# reached at the media storage's endpoint, region and credentials (AWS_S3_ENDPOINT_URL, AWS_S3_REGION_NAME,
# AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY) unless the BACKUP_S3_* variables below say otherwise.
BACKUP_DIR = env("BACKUP_DIR", str(VAR_DIR / "backups"))
BACKUP_ENABLED = env("BACKUP_DIR")
BACKUP_S3_ENDPOINT_URL = env("BACKUP_S3_ENDPOINT_URL", env("AWS_S3_ENDPOINT_URL"))
BACKUP_S3_REGION_NAME = env("BACKUP_S3_REGION_NAME", env("AWS_S3_REGION_NAME"))
BACKUP_S3_ACCESS_KEY_ID = env("BACKUP_S3_ACCESS_KEY_ID")  # unset: boto3's own AWS_ACCESS_KEY_ID etc.
BACKUP_S3_SECRET_ACCESS_KEY = env("BACKUP_S3_SECRET_ACCESS_KEY")
BACKUP_KEEP_DAILY = int(env("BACKUP_KEEP_DAILY", "7"))
BACKUP_KEEP_WEEKLY = int(env("BACKUP_KEEP_WEEKLY", "4"))
BACKUP_KEEP_MONTHLY = int(env("BACKUP_KEEP_MONTHLY", "12"))
BACKUP_SCHEDULE = env("BACKUP_SCHEDULE", "30 2 * * *")

# ---------------------------------------------------------------------------------------------------------
# Periodic jobs (core/scheduler.py, docs/setup.md "Background work"), the whole schedule in one place.
# `manage.py run_scheduler` enqueues each job as a django-tasks task when its cron expression falls due
# (minute hour day-of-month month day-of-week, in TIME_ZONE, Vietnam time; name weekdays mon…sun, as
# APScheduler 3 counts numbers from Monday). "command" is a management command run with "args", "task" the
# dotted path of a django-tasks task; "enabled_by" names a setting without which the job does not exist;
# "catch_up" also runs the job when the scheduler starts, for a run missed while it was stopped.
# ---------------------------------------------------------------------------------------------------------
SCHEDULED_JOBS = {
    # Staff accounts unused for ACCOUNT_INACTIVITY_DAYS are disabled (moderation/accounts).
    "disable-inactive-accounts": {"cron": "30 0 * * *", "command": "disable_inactive_accounts"},
    # Page views and searches counted in Redis written to the database (core/counters.py).
    "flush-counters": {
        "cron": "* * * * *",
        "task": "core.tasks.flush_counters",
        "enabled_by": "COUNTERS_REDIS_URL",
    },
    # Scheduled pages go live and expired pages are unpublished (Wagtail's command).
    "publish-scheduled": {"cron": "* * * * *", "command": "publish_scheduled"},
    # Stored validity statuses of legal documents that the new date has changed.
    "refresh-legal-status": {
        "cron": "0 0 * * *",
        "task": "legal_docs.tasks.refresh_validity_statuses",
        "catch_up": True,
    },
    # The audit log's sealed chain walked end to end; the result and a new anchor shown in the admin.
    "verify-audit-log": {"cron": "30 1 * * *", "command": "verify_audit_log", "lock_seconds": 3600},
    # The links to the city, national and government portals (the compliance report shows 4xx/5xx).
    "check-portal-links": {"cron": "15 6 * * *", "command": "check_portal_links", "catch_up": True},
    # The nightly backup, when BACKUP_DIR is set.
    "backup": {"cron": BACKUP_SCHEDULE, "command": "backup", "enabled_by": "BACKUP_ENABLED"},
    # Unread messages of the intake mailbox into the register.
    "fetch-intake-mail": {
        "cron": INTAKE_FETCH_SCHEDULE,
        "command": "fetch_intake_mail",
        "enabled_by": "INTAKE_IMAP_HOST",
    },
}
