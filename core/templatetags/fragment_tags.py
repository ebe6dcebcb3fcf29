"""`{% fragment "name" vary… %}…{% endfragment %}`: the HTML between the tags, kept in the fragment cache
(core/fragments.py) for this site, language, day and generation, and the values given after the name.

For HTML that is the same for everyone who asks: nothing personal, no CSRF token, no CSP nonce inside.
Previews and POSTs render it afresh, as does a portal whose cache cannot answer.
"""

from django import template
from django.utils.safestring import mark_safe
from django.utils.timezone import localdate

from ..fragments import cached

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, vary):
        self.nodelist = nodelist
        self.name = name
        self.vary = vary

    def render(self, context):
        vary = [value.resolve(context) for value in self.vary]
        html = cached(
            context.get("request"),
            self.name.resolve(context),
            lambda: str(self.nodelist.render(context)),
            vary=(*vary, localdate()),
        )
        return mark_safe(html)  # noqa: S308 (rendered by the template above, escaped there)


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name.")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]]
    )
