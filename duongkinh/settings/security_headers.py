"""Content-Security-Policy (core/security.py, django-csp) and Permissions-Policy.

Part of the settings shared by every deployment (base.py imports it); the environment chooses as there.
"""

from csp.constants import NONCE

from .environment import env, env_list

# Content-Security-Policy (core/security.py, django-csp). The public site runs only its own scripts, each
# with the request's nonce; images, media and frames come from the portal (and the media storage), and the
# video embeds from YouTube. CSP_EXTRA_SOURCES adds origins (comma-separated) to every fetch directive.
CSP_EXTRA_SOURCES = env_list("CSP_EXTRA_SOURCES")
_MEDIA_SOURCES = ["'self'", "data:", *([env("AWS_S3_ENDPOINT_URL")] if env("AWS_S3_ENDPOINT_URL") else [])]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'", *CSP_EXTRA_SOURCES],
        "script-src": ["'self'", NONCE, *CSP_EXTRA_SOURCES],  # NONCE: the request's own, by django-csp
        "style-src": ["'self'", *CSP_EXTRA_SOURCES],
        "img-src": [*_MEDIA_SOURCES, *CSP_EXTRA_SOURCES],
        "media-src": [*_MEDIA_SOURCES, *CSP_EXTRA_SOURCES],
        "frame-src": ["'self'", "https://www.youtube.com", "https://www.youtube-nocookie.com"],
        "connect-src": ["'self'", *CSP_EXTRA_SOURCES],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Wagtail's admin: its own inline scripts and styles, nothing from elsewhere but the media storage.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": [*_MEDIA_SOURCES, "blob:"],
        "media-src": _MEDIA_SOURCES,
        "font-src": ["'self'", "data:"],
        "frame-src": ["'self'", "https://www.youtube.com", "https://www.youtube-nocookie.com"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
PERMISSIONS_POLICY = ["accelerometer", "camera", "geolocation", "gyroscope", "magnetometer", "microphone"]
PERMISSIONS_POLICY += ["payment", "usb", "interest-cohort", "browsing-topics"]
