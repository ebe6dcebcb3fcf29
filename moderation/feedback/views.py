"""The vote of “Thông tin này có hữu ích không?” (/y-kien-trang/).

The widget sits on cached public pages, which carry no CSRF token: this endpoint is exempt from CSRF, since
all it accepts is this harmless, anonymous vote, one per browser and page, on a page named by a token the
portal signed. It answers JSON to the widget's script and a small page to a browser without JavaScript.
Each client address may cast FEEDBACK_RATE_LIMIT accepted votes per INTAKE_RATE_WINDOW (counted in the
shared cache, never stored).
"""

import secrets

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from core.ratelimit import count_accepted, limit_accepted

from .forms import FeedbackForm
from .models import PageFeedback, browser_key

COOKIE = "dk_phanhoi"
COOKIE_AGE = 365 * 24 * 3600


def vote_rate(group, request):
    return settings.FEEDBACK_RATE_LIMIT, settings.INTAKE_RATE_WINDOW


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def answer(request, status, message, page=None, token=None):
    if wants_json(request):
        response = JsonResponse({"ok": status == 200, "message": message}, status=status)
    else:
        response = render(request, "feedback/thanks.html", {"message": message, "rated": page}, status=status)
    if token:
        response.set_cookie(
            COOKIE,
            token,
            max_age=COOKIE_AGE,
            path=request.path,
            secure=request.is_secure(),
            httponly=True,
            samesite="Lax",
        )
    return response


def limited(request):
    return answer(request, 429, _("Too many votes from your connection. Please try again later."))


def section_of(page):
    """The section a page sits in: its ancestor just below the home page (depth 3), or itself."""
    if page.depth <= 3:
        return page if page.depth == 3 else None
    return Page.objects.ancestor_of(page).filter(depth=3).first()


@csrf_exempt
@never_cache
@require_POST
@limit_accepted("feedback:vote", vote_rate, limited)
def vote(request):
    form = FeedbackForm(request.POST)
    if form.is_spam():
        return answer(request, 200, _("Thank you for your feedback."))
    if not form.is_valid():
        errors = " ".join(str(error) for errors in form.errors.values() for error in errors)
        return answer(request, 400, errors)
    page = Page.objects.live().public().filter(pk=form.cleaned_data["page"]).first()
    if page is None:
        return answer(request, 400, _("This page cannot be rated."))
    token = request.COOKIES.get(COOKIE, "")
    new_token = None
    if not (16 <= len(token) <= 64 and token.isalnum()):
        token = new_token = secrets.token_hex(16)
    try:
        with transaction.atomic():
            PageFeedback.objects.create(
                page=page,
                section=section_of(page),
                helpful=form.cleaned_data["helpful"],
                comment=form.cleaned_data["comment"],
                browser=browser_key(token),
            )
    except IntegrityError:
        return answer(request, 409, _("You have already given your opinion on this page. Thank you."), page)
    count_accepted(request)
    return answer(request, 200, _("Thank you for your feedback."), page, new_token)
