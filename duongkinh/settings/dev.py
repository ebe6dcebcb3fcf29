"""Settings for `make run`: the embedded defaults with debugging on."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DJANGO_DEBUG", True)

WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# `make run` creates the demo administrator (demo/management/commands/ensure_demo_superuser.py) with a
# generated password (kept in DEMO_SUPERUSER_PASSWORD_FILE); no other settings allow the command.
DEMO_SUPERUSER_ALLOWED = True
