"""Visiting a page as a browser does: GET it, then post its beacon (core/visits.py, static/js/visits.js)."""

import re

BEACON = re.compile(r'<meta name="portal-visit" content="([^"]+)" data-url="([^"]+)">')
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"


def beacon_of(response):
    """The page's (token, beacon url), or None when the page counts no view."""
    match = BEACON.search(response.content.decode())
    return match.groups() if match else None


def visit(client, url, data=None, user_agent=BROWSER):
    """GET `url` and, when the page carries a beacon, post it as the browser's script would."""
    response = client.get(url, data or {}, HTTP_USER_AGENT=user_agent)
    beacon = beacon_of(response)
    if beacon:
        token, beacon_url = beacon
        posted = client.post(beacon_url, {"t": token}, HTTP_USER_AGENT=user_agent)
        assert posted.status_code == 204, posted.status_code
    return response
