"""Visit statistics counted by a cookieless beacon, so that a page served from the front cache is counted and
a GET of a page writes nothing (docs/visit-statistics.md).

Every public page carries, in a `<meta name="portal-visit">`, a token signed by the portal: its path and,
for the search page, the query. The token is the same for every visitor, so the page stays cacheable;
`static/js/visits.js` posts it to `/luot-xem/` with `navigator.sendBeacon` once the page is shown. The
beacon view checks the signature (a path the portal never served cannot be counted), leaves out crawlers as
the counter always did, and counts: in Redis (core/counters.py), or in the database where there is none.
Nothing about the visitor is read or kept: no cookie, no address, no identifier.
"""

import datetime
import logging

from django.conf import settings
from django.core import signing
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import counters
from .models import PageViewDaily

logger = logging.getLogger(__name__)

SALT = "core.visits.beacon"
VIEWS = "views"
MAX_TOKEN_LENGTH = 2000
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/api/", "/static/", "/media/", "/i18n/")
BOT_MARKERS = ("bot", "crawl", "spider", "slurp", "headless", "lighthouse")
# key of the token -> function(value) counting it; the search app registers the searched words ("s").
EXTRA_COUNTS = {}


def counts_path(request):
    """Whether a view of this request is counted: a public page, not a preview, statistics on."""
    if not getattr(settings, "PORTAL_VISIT_STATISTICS", True):
        return False
    if request.method != "GET" or getattr(request, "is_preview", False):
        return False
    return not request.path.startswith(SKIPPED_PREFIXES)


def beacon_token(path, **extra):
    """Signed without a timestamp (Signer, not signing.dumps): the same page gives the same token."""
    return signing.Signer(salt=SALT).sign_object({"p": path[:255], **extra}, compress=True)


def is_crawler(request):
    agent = request.headers.get("User-Agent", "").lower()
    return any(marker in agent for marker in BOT_MARKERS)


def count_view(path, day=None):
    """One view of `path` today: in Redis when there is one, else (or when it fails) in the database."""
    day = day or timezone.localdate()
    if not counters.add(VIEWS, day.isoformat(), {path[:255]: 1}):
        PageViewDaily.record(path, day)


def write_views(bucket, values):
    """The flush job's writer: the totals of one day, {path: views}, added to PageViewDaily."""
    for path, views in values.items():
        PageViewDaily.record(path, day=datetime.date.fromisoformat(bucket), views=int(views))


counters.WRITERS[VIEWS] = write_views


@csrf_exempt
@require_POST
@never_cache
def beacon(request):
    """Count the view a page's token stands for. 204 whatever is counted; 400 for a token not ours."""
    token = request.POST.get("t", "")
    try:
        if len(token) > MAX_TOKEN_LENGTH:
            raise signing.BadSignature
        payload = signing.Signer(salt=SALT).unsign_object(token)
    except signing.BadSignature:
        return HttpResponseBadRequest()
    if not is_crawler(request):
        try:
            count_view(payload["p"])
            for key, count in EXTRA_COUNTS.items():
                if key in payload:
                    count(payload[key])
        except Exception:  # noqa: BLE001 - statistics must never break a page
            logger.warning("Could not count a page view of %s", payload.get("p"), exc_info=True)
    return HttpResponse(status=204)
