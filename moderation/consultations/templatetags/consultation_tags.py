"""The comment form and the approved comments, drawn on a consultation page (sections/consultation_page.html).

The page type lives in sections/, which may not import moderation/: its template loads this library instead.
Only what moderators approved is shown, and of it only the comment, the article, the date and the commenter's
initials or organisation, never their contact details.
"""

from django import template

from ..forms import CommentForm
from ..models import ConsultationComment, Status

register = template.Library()


def approved_comments(page):
    return list(
        ConsultationComment.objects.filter(page=page, status=Status.APPROVED)
        .only("page_id", "name", "organisation", "article", "body", "received_at")
        .order_by("received_at", "pk")
    )


@register.inclusion_tag("consultations/panel.html", takes_context=True)
def consultation_comments(context, page):
    state = page.state
    return {
        "request": context.get("request"),
        "page": page,
        "state": state,
        "comments": approved_comments(page),
        "form": CommentForm(page=page) if state == page.OPEN else None,
    }
