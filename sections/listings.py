"""The querysets behind the public listings, built in one place each so that their queries are known."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator

PAGE_PARAM = "trang"
HOME_NEWS_COUNT = 24


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


def home_page_listings(home):
    """Everything the home page lists, in a fixed number of queries whatever the size of the portal."""
    from wagtail.models import Page

    from sections.models import ConsultationPage, NewsPage, QuestionPage, SchedulePage

    # Look the view restrictions up once rather than once per listing (what `.public()` would do).
    private = Page.objects.all().private_q()
    news = list(
        NewsPage.objects.descendant_of(home)
        .live()
        .exclude(private)
        .select_related("image", "category")
        .prefetch_related("image__renditions")
        .order_by("-date", "-pk")[:HOME_NEWS_COUNT]
    )
    featured = [page for page in news if page.is_featured][:4]
    featured += [page for page in news if page not in featured][: 4 - len(featured)]
    latest = [page for page in news if page not in featured][:6]

    by_category = {}
    for page in news:
        if page.category_id and page not in featured:
            by_category.setdefault(page.category, []).append(page)
    news_by_category = sorted(by_category.items(), key=lambda item: (item[0].sort_order, item[0].name))

    schedule = (
        SchedulePage.objects.descendant_of(home)
        .live()
        .exclude(private)
        .filter(kind=SchedulePage.Kind.WORK)
        .order_by("-week_start")
        .prefetch_related("entries")
        .first()
    )
    return {
        "featured_news": featured,
        "latest_news": latest,
        "news_by_category": [(category, pages[:3]) for category, pages in news_by_category],
        "schedule": schedule,
        "open_consultations": list(ConsultationPage.open_under(home).exclude(private)[:3]),
        "answered_questions": list(
            QuestionPage.objects.descendant_of(home)
            .live()
            .exclude(private)
            .order_by("-answered_on", "-pk")[:4]
        ),
        "sections": list(home.get_children().live().exclude(private)),
    }


def site_tree(root):
    """The live, public pages below `root` as nested (page, children) pairs, in tree order, in one query."""
    pages = root.get_descendants().live().public().order_by("path")
    nodes = {root.path: []}
    for page in pages:
        children = []
        nodes[page.path] = children
        nodes.setdefault(page.path[: -page.steplen], []).append((page, children))
    return nodes[root.path]
