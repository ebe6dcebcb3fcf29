"""What the public sees when a service the portal stands on fails: never a bare server error.

`server_error` is the project's `handler500`. Django calls it for every exception no view handled, from the
view or from a middleware (a session or a user read from the database before the view runs). When the
exception says the database cannot be reached, the answer is a Vietnamese "temporarily unavailable" page
with status 503 and `Retry-After`, which load balancers and crawlers understand as a short outage, and the
text a citizen had just sent is shown back so that nothing typed is lost. The page is rendered from a
template that reads nothing from the database. Once the database answers again, the next request is served
as usual: Django opens a new connection for each request (or checks a kept one, CONN_HEALTH_CHECKS).
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.views.defaults import server_error as django_server_error

#: Seconds after which a client may try again (the usual restart or fail-over of a database server).
RETRY_AFTER_SECONDS = 30
#: Form fields never shown back: the CSRF token, the honeypot, the idempotency token.
HIDDEN_FIELDS = {"csrfmiddlewaretoken", "website", "submission_token"}
#: At most this many characters of a field are shown back.
MAX_SHOWN = 10_000


def database_unavailable(error):
    return isinstance(error, (OperationalError, InterfaceError))


def typed_fields(request):
    """(name, text) of what a citizen typed into the form they sent, for the 503 page to show back."""
    if request.method != "POST":
        return []
    try:
        items = list(request.POST.items())
    except Exception:  # noqa: BLE001 - a body that cannot be read has nothing to show back
        return []
    return [(name, value[:MAX_SHOWN]) for name, value in items if name not in HIDDEN_FIELDS and value.strip()]


def service_unavailable(request):
    template = loader.get_template("503.html")
    return HttpResponse(
        template.render({"typed": typed_fields(request)}),  # no context processor: they may read the database
        status=503,
        headers={"Retry-After": str(RETRY_AFTER_SECONDS), "Cache-Control": "no-store"},
    )


def server_error(request, template_name="500.html"):
    if database_unavailable(sys.exc_info()[1]):
        return service_unavailable(request)
    return django_server_error(request, template_name=template_name)
