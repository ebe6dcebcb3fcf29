"""The public side: the comment form posted from a consultation page, and the receipt.

The form is drawn on the consultation page itself (templatetags/consultation_tags.py); it posts here. A
comment is accepted only while the consultation is open, by the clock: before it opens or after it closes the
answer says so, and shows back what was typed so nothing is lost. Each client address may send
CONSULTATION_COMMENT_RATE_LIMIT accepted comments per INTAKE_RATE_WINDOW seconds (core.ratelimit: a form
refused for a mistake does not count).
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect

from core.ratelimit import count_accepted, limit_accepted
from sections.models import ConsultationPage

from . import services
from .forms import CommentForm
from .models import ConsultationComment

SESSION_KEY = "consultation_comment_code"


def comment_rate(group, request):
    """Read on every request, so a changed setting applies at once: (attempts, seconds)."""
    return settings.CONSULTATION_COMMENT_RATE_LIMIT, settings.INTAKE_RATE_WINDOW


def consultation(page_id):
    """The live, public consultation, or 404 (a draft or a private page takes no comments)."""
    page = ConsultationPage.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404
    return page


def render_form(request, page, form, status=200, **context):
    context.update({"page": page, "form": form, "state": page.state})
    response = render(request, "consultations/comment.html", context, status=status)
    add_never_cache_headers(response)
    return response


def comment_limited(request):
    """Past the limit, before the body is read: the fields of a small body are shown back."""
    page = consultation(request.resolver_match.kwargs["page_id"])
    small = int(request.META.get("CONTENT_LENGTH") or 0) <= settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    form = CommentForm(request.POST if small else None, page=page)
    return render_form(request, page, form, status=429, rate_limited=True)


@never_cache
@csrf_protect
@limit_accepted("consultations:comment", comment_rate, comment_limited)
def comment(request, page_id):
    page = consultation(page_id)
    if request.method != "POST":
        return redirect(page.url)
    form = CommentForm(request.POST, page=page)
    if page.state != ConsultationPage.OPEN:
        # Refused by the clock: nothing is stored, and what was typed is shown back to be kept elsewhere.
        return render_form(request, page, form, status=403, refused=True, typed=typed_text(request))
    if form.is_spam():
        request.session[SESSION_KEY] = ""
        return redirect("consultations:received")
    if not form.is_valid():
        return render_form(request, page, form)
    comment = services.receive(page, form.cleaned_data)
    request.session[SESSION_KEY] = comment.tracking_code
    count_accepted(request)
    return redirect("consultations:received")


def typed_text(request):
    return {key: request.POST.get(key, "") for key in ("name", "organisation", "article", "body")}


@never_cache
def received(request):
    code = request.session.get(SESSION_KEY)
    if code is None:
        raise Http404
    comment = (
        ConsultationComment.objects.select_related("page").filter(tracking_code=code).first()
        if code
        else None
    )
    return render(request, "consultations/received.html", {"code": code, "comment": comment})
