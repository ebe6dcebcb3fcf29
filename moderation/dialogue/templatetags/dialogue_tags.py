"""Drawn on sections.DialoguePage, which cannot import this app: the published answers (one query)."""

from django import template

from ..views import answers_html

register = template.Library()


@register.simple_tag
def dialogue_answers(page):
    return answers_html(page)
