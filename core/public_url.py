"""The portal's public address (`settings.PORTAL_PUBLIC_URL`), for every address that leaves the portal.

The site map, the RSS feeds, robots.txt and the read API give full addresses that other machines keep
(search engines, feed readers, the city portal). Built from the request or from Wagtail's `Site` record,
they would carry whatever host the request reached (an internal proxy address) or the record holds
("localhost" in a fresh install). `public_url` puts the public scheme and host in front of the path.
"""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings


def public_base():
    """The public address without a trailing slash: "https://duongkinh.haiphong.gov.vn"."""
    return settings.PORTAL_PUBLIC_URL.rstrip("/")


def public_url(url):
    """`url` (a full address or a path) at the portal's public address, path and query kept."""
    if not url:
        return url
    parts = urlsplit(url)
    base = urlsplit(public_base())
    base_path = base.path.rstrip("/")
    return urlunsplit(
        (base.scheme, base.netloc, base_path + (parts.path or "/"), parts.query, parts.fragment)
    )
