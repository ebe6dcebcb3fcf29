"""Response headers that limit what a page may load and use: the Content-Security-Policy (django-csp),
scoped for the admin, and the Permissions-Policy.

The public site's policy (CONTENT_SECURITY_POLICY) runs no script without the request's nonce: every
`<script>` of the public templates carries `nonce="{{ request.csp_nonce }}"`, and no inline handler or
`unsafe-inline` is allowed. Wagtail's admin has a few inline scripts of its own and sets styles inline, so
`/admin/` gets its own policy (ADMIN_CONTENT_SECURITY_POLICY) with `'unsafe-inline'` for those, still
limited to the portal's own origin, and `frame-ancestors 'self'` for the editor's preview panel.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings

ADMIN_PREFIX = "/admin/"


class PortalCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or not request.path_info.startswith(ADMIN_PREFIX):
            return parts
        admin_policy = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        # No nonce in the admin: a nonce would make browsers ignore the 'unsafe-inline' Wagtail needs.
        return PolicyParts(config=admin_policy, update=parts.update, replace=parts.replace, nonce=None)


class PermissionsPolicyMiddleware:
    """The browser features no page of the portal uses, switched off for every page (PERMISSIONS_POLICY)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(f"{feature}=()" for feature in settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.header)
        return response
