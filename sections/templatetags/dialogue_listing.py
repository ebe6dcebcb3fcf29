"""The online dialogues of a Q&A section, listed on /hoi-dap/ above its questions: one query."""

from django import template

from ..models import DialoguePage

register = template.Library()


@register.inclusion_tag("sections/dialogue_listing.html")
def dialogue_listing(section, limit=5):
    dialogues = list(
        DialoguePage.objects.child_of(section).live().public().order_by("-starts_at", "-pk")[:limit]
    )
    return {"dialogues": dialogues}
