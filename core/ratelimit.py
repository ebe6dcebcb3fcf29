"""The public forms' limits: django-ratelimit's cache keys hashed with the portal's SECRET_KEY, and limits
that count accepted submissions only, checked before the body is read (`limit_accepted`).

django-ratelimit (the public forms' limit per client address, `RATELIMIT_*` settings) names each counter by a
plain SHA-256 of the group, the rate, the address and the time window. Every IPv4 address can be hashed in
minutes, so such a key tells whoever reads the cache which address wrote to the portal. The library lets the
hash be chosen (`RATELIMIT_HASH_ALGORITHM`); this one is an HMAC with the secret key, as the portal's own
limiter did before it, so the address never leaves the request in a form that can be traced back.
"""

import hashlib
import hmac

from django.conf import settings
from django_ratelimit.core import _split_rate, get_usage


def keyed_sha256(data=b""):
    """An HMAC-SHA256 of `data` under SECRET_KEY, with the `hexdigest()` that django-ratelimit calls."""
    return hmac.new(settings.SECRET_KEY.encode(), data, hashlib.sha256)


# -- limits that count accepted submissions, checked before the body is read ---------------------------------


def limit_accepted(group, rate, limited_response):
    """Mark a view whose POSTs are limited per client address (RATELIMIT_IP_META_KEY, the address behind
    the trusted proxies) to `rate`, and per browser session to PUBLIC_FORM_SESSION_RATE_LIMIT in the same
    window, counting only the submissions it accepts: the view calls
    `count_accepted(request)` once it has stored one. `AcceptedRateLimitMiddleware` checks the count before
    CSRF or the view read the body, and answers with `limited_response(request)` once it is reached, so a
    typo or a refused file never costs a citizen one of their submissions, and a flood is not even read."""

    def mark(view):
        view.accepted_rate_limit = (group, rate, limited_response)
        return view

    return mark


def _usage(request, group, rate, increment):
    return get_usage(request, group=group, key="ip", rate=rate, method="POST", increment=increment)


def _session_key(group, request):
    return request.session.session_key


def _session_rate(rate):
    """PUBLIC_FORM_SESSION_RATE_LIMIT submissions per browser session, in the window of the form's own
    per-address `rate`."""

    def session_rate(group, request):
        window = _split_rate(rate(group, request) if callable(rate) else rate)[1]
        return settings.PUBLIC_FORM_SESSION_RATE_LIMIT, window

    return session_rate


def _session_usage(request, group, rate, increment):
    """The count of this browser session (None for a browser that has none yet): many people behind one
    address (the ward office's Wi-Fi, a mobile operator's) share the per-address count, one browser never
    sends more than its own."""
    session = getattr(request, "session", None)
    if session is None or not session.session_key:
        return None
    return get_usage(
        request,
        group=f"{group}:session",
        key=_session_key,
        rate=_session_rate(rate),
        method="POST",
        increment=increment,
    )


def _used_up(usage):
    return usage is not None and usage["count"] >= usage["limit"]


def count_accepted(request):
    spec = getattr(request, "accepted_rate_limit", None)  # set by the middleware for a marked view
    if spec is not None:
        group, rate, _response = spec
        _usage(request, group, rate, increment=True)
        session = getattr(request, "session", None)
        if session is not None and not session.session_key and session.modified:
            session.save()  # the receipt starts the sender's session: count this first submission there
        _session_usage(request, group, rate, increment=True)


class AcceptedRateLimitMiddleware:
    """Before CsrfViewMiddleware (which reads a POST's body), refuse a POST to a `limit_accepted` view from
    an address that has used up its submissions."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        spec = getattr(view_func, "accepted_rate_limit", None)
        if spec is None or request.method != "POST":
            return None
        request.accepted_rate_limit = spec
        group, rate, limited_response = spec
        if _used_up(_usage(request, group, rate, increment=False)) or _used_up(
            _session_usage(request, group, rate, increment=False)
        ):
            return limited_response(request)
        return None
