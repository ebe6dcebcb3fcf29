"""One paginator for every public listing: the page number comes from `?trang=`, and never fails."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator

PAGE_PARAM = "trang"


def paginate(request, queryset, per_page, count=None):
    """The page of `queryset` asked for by `?trang=` (the first or the last when it is not a page number).
    `count`, when the caller already knows it (e.g. from a facet query), saves the COUNT query."""
    paginator = Paginator(queryset, per_page)
    if count is not None:
        paginator.__dict__["count"] = count  # Paginator.count is a cached property
    try:
        return paginator.page(request.GET.get(PAGE_PARAM, 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
