"""The public read API (Wagtail API v2): pages, images and documents, for the city portal to aggregate.

Read-only by construction: Wagtail's API v2 endpoints answer GET only, list live public pages only, and
never expose drafts, revisions or users.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageHtmlUrlField, PageSerializer
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


class PublicPagesAPIViewSet(PagesAPIViewSet):
    base_serializer_class = PublicPageSerializer


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
