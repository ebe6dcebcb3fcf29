"""The public forms: /lien-he/gop-y/ (góp ý về Cổng) and /tiep-can-thong-tin/yeu-cau/ (phiếu yêu cầu cung
cấp thông tin). Each address may send INTAKE_RATE_LIMIT accepted submissions per INTAKE_RATE_WINDOW seconds
(core.ratelimit.limit_accepted, the intake form's limits); a record is stored before the sender is told."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect

from core.ratelimit import count_accepted, limit_accepted
from sections.models import AccessToInformationPage, ContactPage

from . import services
from .forms import FeedbackForm, RequestForm, portal_path

SESSION_KEY = "reports_received_code"


def rate(group, request):
    return settings.INTAKE_RATE_LIMIT, settings.INTAKE_RATE_WINDOW


def parent_page(kind):
    model = ContactPage if kind == "feedback" else AccessToInformationPage
    return model.objects.live().first()


def render_form(request, kind, form, status=200, rate_limited=False):
    template = "reports/feedback.html" if kind == "feedback" else "reports/request.html"
    context = {"form": form, "rate_limited": rate_limited, "parent_page": parent_page(kind)}
    response = render(request, template, context, status=status)
    add_never_cache_headers(response)
    return response


def feedback_form(request, data=None):
    return FeedbackForm(data, hosts=[request.get_host()])


def limited(kind):
    def respond(request):
        small = int(request.META.get("CONTENT_LENGTH") or 0) <= settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        data = request.POST if small else None
        form = feedback_form(request, data) if kind == "feedback" else RequestForm(data)
        return render_form(request, kind, form, status=429, rate_limited=True)

    return respond


def initial_page(request):
    """The page the reader came from: `?trang=` or the Referer, only when it is an address of this portal."""
    hosts = [request.get_host()]
    for candidate in (request.GET.get("trang"), request.META.get("HTTP_REFERER")):
        path = portal_path(candidate, hosts)
        if path and not path.startswith(("/admin/", "/lien-he/gop-y/")):
            return path
    return ""


def handle(request, kind, form, receive, received_url):
    if form.is_spam():
        # The same confirmation as a person gets, so the robot learns nothing; nothing is stored.
        request.session[SESSION_KEY] = ""
        return redirect(received_url)
    if form.is_valid():
        record = receive(form.cleaned_data)
        request.session[SESSION_KEY] = record.tracking_code
        count_accepted(request)
        return redirect(received_url)
    return render_form(request, kind, form)


@never_cache
@csrf_protect
@limit_accepted("reports:feedback", rate, limited("feedback"))
def feedback(request):
    if request.method == "POST":
        form = feedback_form(request, request.POST)
        return handle(request, "feedback", form, services.receive_feedback, "reports:feedback_received")
    form = FeedbackForm(hosts=[request.get_host()], initial={"page_url": initial_page(request)})
    return render_form(request, "feedback", form)


@never_cache
@csrf_protect
@limit_accepted("reports:request", rate, limited("request"))
def information_request(request):
    if request.method == "POST":
        form = RequestForm(request.POST)
        return handle(request, "request", form, services.receive_request, "reports:request_received")
    return render_form(request, "request", RequestForm())


def received(kind):
    @never_cache
    def view(request):
        code = request.session.get(SESSION_KEY)
        if code is None:
            return redirect("reports:feedback" if kind == "feedback" else "reports:request")
        template = "reports/feedback_received.html" if kind == "feedback" else "reports/request_received.html"
        return render(request, template, {"code": code, "parent_page": parent_page(kind)})

    return view


feedback_received = received("feedback")
request_received = received("request")
