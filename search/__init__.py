"""A feature: the public search page /tim-kiem/, its facets, Vietnamese query parsing and the search backends.
May import core and the content apps (sections, legal_docs), never moderation; nothing below imports it."""
