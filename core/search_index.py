"""What the portal's pages add to the search index, and the plain text their result snippets come from."""

from django.utils.encoding import force_str
from django.utils.html import strip_tags
from modelsearch.index import SearchField

from .text import index_keys

TITLE_KEYS_FIELD = "search_title_keys"
BODY_KEYS_FIELD = "search_body_keys"
_NOT_BODY = {"title", TITLE_KEYS_FIELD, BODY_KEYS_FIELD}


def _flatten(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _flatten(item)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _flatten(item)]
    return [force_str(value)]


def body_texts(page):
    """The plain texts of every full-text field of `page` except its title, in `search_fields` order."""
    texts = []
    for search_field in type(page).get_search_fields():
        if isinstance(search_field, SearchField) and search_field.field_name not in _NOT_BODY:
            texts.extend(strip_tags(text) for text in _flatten(search_field.get_value(page)))
    return [text for text in texts if text.strip()]


def title_keys(page):
    return index_keys([page.title])


def body_keys(page):
    return index_keys(body_texts(page))
