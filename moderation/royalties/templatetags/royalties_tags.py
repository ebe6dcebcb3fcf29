from django import template
from django.utils.formats import number_format

from ..services import initial_for

register = template.Library()


@register.simple_tag
def royalty_form_with_defaults(form, obj):
    """The approval modal's form, filled with the item's default authors when it is first shown.

    Wagtail builds the form without knowing the item; the modal template knows it."""
    if form.is_bound or obj is None:
        return form
    obj = getattr(obj, "specific", obj)
    return form.__class__(initial=initial_for(obj))


@register.filter
def vnd(value):
    """1234567 → "1.234.567" (Vietnamese grouping comes from the active locale)."""
    return number_format(value or 0, decimal_pos=0, force_grouping=True)
