"""The public side of an online dialogue: the question form, its receipt, and the answers fragment that the
session page polls while the session is live (static/js/dialogue.js).

The fragment is the page's list of published answers, the same HTML the page itself shows: one query, kept
DIALOGUE_FRAGMENT_SECONDS in the shared cache and in front caches, and dropped from the shared cache when an
answer is published. It carries nothing personal: the asker is shown by initials only.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_GET

from core.ratelimit import count_accepted, limit_accepted
from sections.models import DialoguePage

from . import services
from .forms import QuestionForm
from .models import DialogueQuestion

SESSION_KEY = "dialogue_received_code"


def fragment_seconds():
    return settings.DIALOGUE_FRAGMENT_SECONDS


def submission_rate(group, request):
    return settings.DIALOGUE_RATE_LIMIT, settings.INTAKE_RATE_WINDOW


def public_dialogue(page_id):
    page = DialoguePage.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404
    return page


def submission_limited(request):
    page = DialoguePage.objects.live().public().filter(pk=request.resolver_match.kwargs["page_id"]).first()
    if page is None:
        raise Http404
    form = QuestionForm(request.POST)
    context = {"form": form, "dialogue": page, "parent_page": page, "rate_limited": True}
    response = render(request, "dialogue/ask.html", context, status=429)
    add_never_cache_headers(response)
    return response


@never_cache
@csrf_protect
@limit_accepted("dialogue:ask", submission_rate, submission_limited)
def ask(request, page_id):
    page = public_dialogue(page_id)
    context = {"dialogue": page, "parent_page": page}
    if not page.accepts_questions():
        return render(request, "dialogue/ask.html", {**context, "closed": True})
    if request.method == "POST":
        form = QuestionForm(request.POST)
        if form.is_spam():
            request.session[SESSION_KEY] = ""
            return redirect("dialogue:received", page_id=page.pk)
        if form.is_valid():
            question = services.receive(page, form.cleaned_data)
            request.session[SESSION_KEY] = question.tracking_code
            count_accepted(request)
            return redirect("dialogue:received", page_id=page.pk)
    else:
        form = QuestionForm()
    return render(request, "dialogue/ask.html", {**context, "form": form})


@never_cache
def received(request, page_id):
    page = public_dialogue(page_id)
    code = request.session.get(SESSION_KEY)
    if code is None:
        return redirect("dialogue:ask", page_id=page.pk)
    return render(request, "dialogue/received.html", {"dialogue": page, "parent_page": page, "code": code})


def answers_html(page):
    questions = DialogueQuestion.objects.filter(page=page).published()
    return render_to_string("dialogue/answers.html", {"questions": questions, "dialogue": page})


@require_GET
def answers(request, page_id):
    """The published answers as an HTML fragment, for the page's polling script."""
    body = cache.get(services.fragment_key(page_id))
    if body is None:
        body = answers_html(public_dialogue(page_id))
        cache.set(services.fragment_key(page_id), body, fragment_seconds())
    response = HttpResponse(body, content_type="text/html; charset=utf-8")
    seconds = fragment_seconds()
    patch_cache_control(response, public=True, max_age=seconds, s_maxage=seconds)
    return response
