"""The links the portal must keep working (legal-requirements.md §2 F3): the city portal, the national public
service portal and the government portal, checked by a scheduled job (`manage.py check_portal_links`), whose
latest results the compliance check reads."""

import datetime
import urllib.error
import urllib.request

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Site

from core.compliance import Finding, Result, check
from core.models import PortalSettings

from ..models import LinkCheck

USER_AGENT = "duongkinh-portal-link-check/1.0"


def required_links():
    site = Site.objects.filter(is_default_site=True).first()
    portal = PortalSettings.for_site(site) if site else None
    links = [
        getattr(portal, "city_portal_url", ""),
        getattr(portal, "public_service_portal_url", ""),
        settings.COMPLIANCE_GOVERNMENT_PORTAL_URL,
        *settings.COMPLIANCE_EXTRA_LINKS,
    ]
    return list(dict.fromkeys(link for link in links if link))


def fetch_status(url, timeout):
    """The HTTP status of `url` (HEAD, then GET when HEAD is refused), or (None, error)."""
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) only
                return response.status, ""
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in (403, 405, 501):
                continue
            return error.code, ""
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            return None, str(getattr(error, "reason", error))[:255]
    return None, "no answer"


def check_links(urls=None, timeout=10):
    """Check each link now and record the result; returns the LinkCheck rows."""
    results = []
    for url in urls or required_links():
        if not url.startswith(("http://", "https://")):
            continue
        status, error = fetch_status(url, timeout)
        results.append(
            LinkCheck.objects.create(url=url, checked_at=timezone.now(), status=status, error=error)
        )
    return results


@check(
    "content.links",
    gettext_lazy("Links to the city, national and government portals work (checked daily)"),
    "NĐ 43/2011 Art 15.1.b; LTCTT Art 19.4",
    "content",
)
def links_work(context):
    stale_after = datetime.timedelta(days=2)
    findings = []
    for url in required_links():
        latest = LinkCheck.objects.filter(url=url).first()
        if latest is None:
            findings.append(Finding(url, _("Never checked."), url))
        elif not latest.ok:
            answer = str(latest.status) if latest.status else latest.error
            findings.append(
                Finding(
                    url,
                    _("Answered %(answer)s on %(date)s.")
                    % {
                        "answer": answer,
                        "date": timezone.localtime(latest.checked_at).strftime("%d/%m/%Y %H:%M"),
                    },
                    url,
                )
            )
        elif context.now - latest.checked_at > stale_after:
            findings.append(
                Finding(
                    url,
                    _("Not checked since %s.") % timezone.localtime(latest.checked_at).strftime("%d/%m/%Y"),
                    url,
                )
            )
    return Result.of(findings)
