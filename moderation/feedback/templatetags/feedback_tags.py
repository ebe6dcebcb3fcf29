"""“Thông tin này có hữu ích không?” drawn on content pages (templates/pages/article_page.html and
standard_page.html). It costs no query and holds nothing per visitor, so the page stays cacheable."""

from django import template
from django.template.loader import render_to_string

from ..forms import FeedbackForm, page_token

register = template.Library()


@register.simple_tag(takes_context=True)
def feedback_widget(context, page):
    if page is None or not page.pk:
        return ""
    form = FeedbackForm(initial={"page": page_token(page.pk)}, auto_id="id_feedback_%s")
    request = context.get("request")
    return render_to_string("feedback/widget.html", {"form": form, "page": page, "request": request})
