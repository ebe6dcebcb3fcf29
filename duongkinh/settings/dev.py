"""Settings for `make run`: the embedded defaults with debugging on."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DJANGO_DEBUG", True)

WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
