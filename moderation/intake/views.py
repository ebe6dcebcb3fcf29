"""The public side of the register: the submission form and the status page. Open at any hour.

Each client address may send INTAKE_RATE_LIMIT accepted submissions (a form refused for a mistake does not
count; checked before the body is read, core.ratelimit.limit_accepted) and look up the status page
INTAKE_TRACK_RATE_LIMIT times per INTAKE_RATE_WINDOW seconds (django-ratelimit, counted in the shared cache;
see the RATELIMIT_* settings). Past the limit the page answers 429 with what was typed still in the form,
and nothing is stored.
"""

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django_ratelimit.decorators import ratelimit

from core.ratelimit import count_accepted, limit_accepted
from moderation.tracking import find_tracked
from sections.models import ContactPage

from . import services
from .forms import SubmissionForm, TrackingForm
from .models import IntakeRecord

SESSION_KEY = "intake_received_code"


def submission_rate(group, request):
    """Read on every request, so a changed setting applies at once: (attempts, seconds)."""
    return settings.INTAKE_RATE_LIMIT, settings.INTAKE_RATE_WINDOW


def tracking_rate(group, request):
    return settings.INTAKE_TRACK_RATE_LIMIT, settings.INTAKE_RATE_WINDOW


def contact_page():
    return ContactPage.objects.live().first()


def render_page(request, template, context, status=200):
    context.setdefault("parent_page", contact_page())
    return render(request, template, context, status=status)


def submission_limited(request):
    """The answer past the limit (core.ratelimit.AcceptedRateLimitMiddleware), given before the body is
    read: the text fields of a small body are shown back so that nothing typed is lost; a large one (files)
    is not read at all."""
    small = int(request.META.get("CONTENT_LENGTH") or 0) <= settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    form = SubmissionForm(request.POST) if small else SubmissionForm()
    response = render_page(request, "intake/submit.html", {"form": form, "rate_limited": True}, status=429)
    add_never_cache_headers(response)
    return response


@never_cache
@csrf_protect
@limit_accepted("intake:submit", submission_rate, submission_limited)
def submit(request):
    if request.method == "POST":
        form = SubmissionForm(request.POST, request.FILES)
        if form.is_spam():
            # Shown the same confirmation as a person, so the robot learns nothing; nothing is stored.
            request.session[SESSION_KEY] = ""
            return redirect("intake:received")
        if form.is_valid():
            record = services.receive_web_form(form.cleaned_data)
            # The record is committed before the sender is shown the confirmation.
            request.session[SESSION_KEY] = record.tracking_code
            count_accepted(request)
            return redirect("intake:received")
    else:
        form = SubmissionForm()
    return render_page(request, "intake/submit.html", {"form": form})


@never_cache
def received(request):
    code = request.session.get(SESSION_KEY)
    if code is None:
        return redirect("intake:submit")
    record = IntakeRecord.objects.filter(tracking_code=code).first() if code else None
    return render_page(request, "intake/received.html", {"code": code, "record": record})


@never_cache
@csrf_protect
@ratelimit(group="intake:track", key="ip", rate=tracking_rate, method="POST", block=False)
def track(request):
    result = None
    not_found = False
    rate_limited = request.limited
    if request.method == "POST":
        form = TrackingForm(request.POST)
        if not rate_limited and form.is_valid():
            data = form.cleaned_data
            records = IntakeRecord.objects.select_related("page")
            result = find_tracked(records, data["code"], data["contact"], "sender_email", "sender_phone")
            not_found = result is None
    else:
        form = TrackingForm(initial={"code": request.GET.get("ma", "")})
    context = {"form": form, "result": result, "not_found": not_found, "rate_limited": rate_limited}
    if result is not None and result.page_id and result.page.live:
        context["published_url"] = result.page.url
    return render_page(request, "intake/track.html", context, status=429 if rate_limited else 200)
