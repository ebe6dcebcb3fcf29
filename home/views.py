"""Small public views of the portal: robots.txt."""

from django.http import HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from core.public_url import public_url


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /tim-kiem/",
        "Disallow: /en/tim-kiem/",
        # The legal documents' filters make millions of addresses of the same documents (wapiti found 12,258):
        # crawlers read the list and each document, never a filtered or exported view of them.
        "Disallow: /van-ban/?",
        "Disallow: /en/van-ban/?",
        "Disallow: /api/",
        "Allow: /",
        "",
        f"Sitemap: {public_url('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
