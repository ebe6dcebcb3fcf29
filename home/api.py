"""The public read API (Wagtail API v2): pages, images and documents, for the city portal to aggregate.

Read-only by construction: Wagtail's API v2 endpoints answer GET only, list live public pages only, and
never expose drafts, revisions or users.

Wagtail checks the names of the query parameters but hands most of their values straight to the database,
where a NUL byte (PostgreSQL refuses it in text), a number beyond bigint or an unknown search operator ends
in a server error. `CheckedParametersMixin` refuses those values with Wagtail's own 400 answer before any
endpoint reads them.
"""

import unicodedata

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageHtmlUrlField, PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from core.public_url import public_url


class PublicPageHtmlUrlField(PageHtmlUrlField):
    """A page's address at the portal's public address (its API `detail_url` and the documents'
    `download_url` already are: WAGTAILAPI_BASE_URL is PORTAL_PUBLIC_URL)."""

    def to_representation(self, page):
        return public_url(super().to_representation(page))


class PublicPageSerializer(PageSerializer):
    html_url = PublicPageHtmlUrlField(read_only=True)


#: PostgreSQL's bigint, the type of every primary key and of OFFSET.
BIGINT_MAX = 2**63 - 1
#: Parameters whose value Wagtail reads as a whole number and then gives to the database, and those of them
#: that may also name the root.
INTEGER_PARAMETERS = {"offset", "limit", "id", "child_of", "ancestor_of", "descendant_of", "translation_of"}
ROOT_PARAMETERS = {"child_of", "descendant_of"}
#: The operators modelsearch knows; anything else raises inside the search backend.
SEARCH_OPERATORS = {"and", "or"}


def has_control_characters(value):
    return any(unicodedata.category(char) == "Cc" for char in value)


def check_query_parameters(params, url_kwargs):
    """Raise `BadRequestError` (answered 400 by the API) for a value the database cannot take."""
    for name, values in params.lists():
        for value in values:
            if has_control_characters(name) or has_control_characters(value):
                raise BadRequestError("query parameters cannot contain control characters")
            if name in INTEGER_PARAMETERS:
                check_bigint(name, value)
    if '"' in params.get("search", ""):
        # SQLite's full-text index reads a double quote as the start of a phrase: one left open fails the
        # query. The API searches plain text only, so a quotation mark is refused rather than passed on.
        raise BadRequestError("search cannot contain double quotation marks")
    operator = params.get("search_operator")
    if operator is not None and operator not in SEARCH_OPERATORS:
        raise BadRequestError("search_operator must be 'and' or 'or'")
    if "pk" in url_kwargs:
        check_bigint("id", str(url_kwargs["pk"]))


def check_bigint(name, value):
    if name in ROOT_PARAMETERS and value == "root":
        return
    try:
        number = int(value)
    except ValueError:
        # The listing's checks answer this too, but the find view reads `id` straight into a query.
        raise BadRequestError(f"{name} must be a whole number") from None
    # offset + limit is what reaches the database: keep room for the largest limit.
    if abs(number) > BIGINT_MAX // 2:
        raise BadRequestError(f"{name} is too large")


class CheckedParametersMixin:
    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_query_parameters(request.GET, kwargs)


class PortalPagesAPIViewSet(CheckedParametersMixin, PagesAPIViewSet):
    base_serializer_class = PublicPageSerializer


class PortalImagesAPIViewSet(CheckedParametersMixin, ImagesAPIViewSet):
    pass


class PortalDocumentsAPIViewSet(CheckedParametersMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
api_router.register_endpoint("documents", PortalDocumentsAPIViewSet)
