"""The compliance report's check on the register of requests for information: every request answered
(provided or refused) by its legal deadline — 15 working days from the day a valid request was received, 3
for simple information, plus an extension of at most 15 working days given with its reason (Luật Tiếp cận
thông tin 2016 Art 28, 29). Registered in core.compliance when the app is ready, so that `audit`, which
runs the report, does not import `moderation`."""

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.compliance import Finding, Result, check

from .models import InformationRequest


def late_requests(context):
    findings = []
    for request in InformationRequest.objects.order_by("received_on", "pk"):
        done_on = request.provided_on if request.is_closed else None
        late = context.late_by(request.deadline, done_on)
        if not late:
            continue
        state = _("answered on %s") % done_on.strftime("%d/%m/%Y") if done_on else _("not answered yet")
        detail = _("due %(deadline)s, %(state)s") % {
            "deadline": request.deadline.strftime("%d/%m/%Y"),
            "state": state,
        }
        url = reverse("information_requests:inspect", args=(request.pk,))
        findings.append(Finding(request.tracking_code, detail, url, late))
    return findings


@check(
    "deadline.information_requests",
    gettext_lazy("Requests for information answered within the legal time limit"),
    gettext_lazy(
        "Luật Tiếp cận thông tin 2016 Art 28, 29: 15 working days (3 for simple information), "
        "extendable once by 15"
    ),
    "deadlines",
)
def information_requests_answered(context):
    return Result.of(late_requests(context))
