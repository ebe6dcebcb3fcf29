"""The public side: the question form, its confirmation and the tracking page. Limits per client address as
the intake form's (INTAKE_RATE_LIMIT accepted questions, INTAKE_TRACK_RATE_LIMIT look-ups per
INTAKE_RATE_WINDOW seconds); past them the page answers 429 and keeps what was typed."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django_ratelimit.decorators import ratelimit

from core.ratelimit import count_accepted, limit_accepted
from moderation.intake.views import submission_rate, tracking_rate
from moderation.tracking import find_tracked
from sections.models import QuestionIndexPage

from . import services
from .forms import QuestionForm, TrackingForm
from .models import QuestionRecord

SESSION_KEY = "questions_received_code"


def render_page(request, template, context, status=200):
    context.setdefault("parent_page", QuestionIndexPage.objects.live().order_by("path").first())
    return render(request, template, context, status=status)


def ask_limited(request):
    small = int(request.META.get("CONTENT_LENGTH") or 0) <= settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    form = QuestionForm(request.POST) if small else QuestionForm()
    response = render_page(request, "questions/ask.html", {"form": form, "rate_limited": True}, status=429)
    add_never_cache_headers(response)
    return response


@never_cache
@csrf_protect
@limit_accepted("questions:ask", submission_rate, ask_limited)
def ask(request):
    if request.method == "POST":
        form = QuestionForm(request.POST, request.FILES)
        if form.is_spam():
            # The same confirmation as a person gets, so the robot learns nothing; nothing is stored.
            request.session[SESSION_KEY] = ""
            return redirect("questions:received")
        if form.is_valid():
            record = services.receive(form.cleaned_data)
            # Committed before the asker is shown the code.
            request.session[SESSION_KEY] = record.tracking_code
            count_accepted(request)
            return redirect("questions:received")
    else:
        form = QuestionForm()
    return render_page(request, "questions/ask.html", {"form": form})


@never_cache
def received(request):
    code = request.session.get(SESSION_KEY)
    if code is None:
        return redirect("questions:ask")
    record = QuestionRecord.objects.filter(tracking_code=code).first() if code else None
    return render_page(request, "questions/received.html", {"code": code, "record": record})


@never_cache
@csrf_protect
@ratelimit(group="questions:track", key="ip", rate=tracking_rate, method="POST", block=False)
def track(request):
    result, not_found, rate_limited = None, False, request.limited
    if request.method == "POST":
        form = TrackingForm(request.POST)
        if not rate_limited and form.is_valid():
            data = form.cleaned_data
            records = QuestionRecord.objects.select_related("page")
            result = find_tracked(records, data["code"], data["contact"], "asker_email", "asker_phone")
            not_found = result is None
    else:
        form = TrackingForm(initial={"code": request.GET.get("ma", "")})
    context = {"form": form, "result": result, "not_found": not_found, "rate_limited": rate_limited}
    if result is not None and result.page_id and result.page.live:
        context["answer_url"] = result.page.url
    return render_page(request, "questions/track.html", context, status=429 if rate_limited else 200)
