"""`Cache-Control` on every response the application makes, decided in one place (docs/front-cache.md).

- Anything personal is `private, no-store`: the admin, previews, any request that is not GET or HEAD, any
  request carrying a session cookie (signed-in staff, or a visitor who entered a page's password), any
  response that sets a cookie or renders a CSRF token (the public forms), and errors the server made.
- Every other page, feed and listing is public: browsers keep it `CACHE_CONTROL_MAX_AGE` seconds, shared
  caches (Varnish, a CDN) `CACHE_CONTROL_S_MAXAGE`, since they are purged when content is published.
- A view that chose its own header (the beacon's `never_cache`) keeps it, unless the response is personal.
- Static files never reach this: WhiteNoise answers them first, hashed names as `immutable` for a year.
"""

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control

PRIVATE_PREFIXES = ("/admin/",)
SAFE_METHODS = frozenset({"GET", "HEAD"})
PUBLIC_STATUSES = frozenset({200, 203, 204, 301, 304, 404, 410})


def is_personal_request(request):
    """Whatever the response: a change, the admin, a preview, or a signed-in person (a session cookie)."""
    return (
        request.method not in SAFE_METHODS
        or request.path.startswith(PRIVATE_PREFIXES)
        or getattr(request, "is_preview", False)
        or settings.SESSION_COOKIE_NAME in request.COOKIES
    )


def is_personal(request, response):
    if is_personal_request(request):
        return True
    # get_token() was called: the page holds a form with this visitor's CSRF token.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or response.cookies:
        return True
    return response.status_code not in PUBLIC_STATUSES


def make_private(response):
    response.headers.pop("Cache-Control", None)
    response.headers.pop("Expires", None)
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)


class CacheControlMiddleware:
    """Placed before the session, CSRF and authentication middleware, so it sees the cookies they set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_personal(request, response):
            make_private(response)
        elif not response.has_header("Cache-Control"):
            patch_cache_control(
                response,
                public=True,
                max_age=settings.CACHE_CONTROL_MAX_AGE,
                s_maxage=settings.CACHE_CONTROL_S_MAXAGE,
            )
        return response
