"""The hash of django-ratelimit's cache keys, keyed with the portal's SECRET_KEY.

django-ratelimit (the public forms' limit per client address, `RATELIMIT_*` settings) names each counter by a
plain SHA-256 of the group, the rate, the address and the time window. Every IPv4 address can be hashed in
minutes, so such a key tells whoever reads the cache which address wrote to the portal. The library lets the
hash be chosen (`RATELIMIT_HASH_ALGORITHM`); this one is an HMAC with the secret key, as the portal's own
limiter did before it, so the address never leaves the request in a form that can be traced back.
"""

import hashlib
import hmac

from django.conf import settings


def keyed_sha256(data=b""):
    """An HMAC-SHA256 of `data` under SECRET_KEY, with the `hexdigest()` that django-ratelimit calls."""
    return hmac.new(settings.SECRET_KEY.encode(), data, hashlib.sha256)
