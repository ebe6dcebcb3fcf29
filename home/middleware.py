"""Visit statistics kept on the portal's own server: one upsert per page view, nothing about the visitor."""

import logging

from django.conf import settings

logger = logging.getLogger(__name__)

SKIPPED_PREFIXES = ("/admin/", "/documents/", "/api/", "/static/", "/media/", "/i18n/", "/django-admin/")
BOT_MARKERS = ("bot", "crawl", "spider", "slurp", "headless", "lighthouse")


def counts_as_view(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    if request.path.startswith(SKIPPED_PREFIXES) or getattr(request, "is_preview", False):
        return False
    agent = request.headers.get("User-Agent", "").lower()
    return not any(marker in agent for marker in BOT_MARKERS)


class PageViewMiddleware:
    """Counts a public HTML page view per path and day. A failure is logged and never reaches the visitor."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.enabled = getattr(settings, "PORTAL_VISIT_STATISTICS", True)

    def __call__(self, request):
        response = self.get_response(request)
        if self.enabled and counts_as_view(request, response):
            try:
                from .models import PageViewDaily

                PageViewDaily.record(request.path)
            except Exception:  # noqa: BLE001 - statistics must never break a page
                logger.warning("Could not count a page view of %s", request.path, exc_info=True)
        return response
