"""The pages of the data files: the home page with the default site, then the pages below it.

A page is written as its `type` (the model's name), `title`, `slug` (made from the title when left out),
its fields, and its `children`. Top-level pages of a file sit under the home page, or under the page at
`parent` (a path below the home page). A page made earlier is found again by the path of its entry, as
`/tin-tuc/` or `/gioi-thieu/lanh-dao/`, so later entries can link to it.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from core.text import slugify_vi

from .values import DataError, Facts, fill, page_context


def page_model(name):
    models = [model for model in apps.get_models() if issubclass(model, Page) and model.__name__ == name]
    if len(models) != 1:
        raise DataError(f"“{name}” is not the name of one page type")
    return models[0]


class PageTree:
    """Creates the pages of the data files that are missing, and remembers every page by its path."""

    def __init__(self, seeder, resolver):
        self.seeder, self.resolver = seeder, resolver
        self.by_path = {}
        self.home = None

    def page(self, path):
        """The page at `path` below the home page: made by an entry of the data files, or found by slugs."""
        key = "/" + "/".join(part for part in path.split("/") if part) + "/"
        if key in self.by_path:
            return self.by_path[key]
        page = self.home
        for slug in key.strip("/").split("/"):
            page = page.get_children().filter(slug=slug).first() if page is not None else None
        return page

    def build_home(self, spec, site_name):
        """The home page (in place of Wagtail's welcome page), with the default site pointing at it."""
        spec = dict(spec)
        model = page_model(spec.pop("type"))
        root = Page.get_first_root_node()
        home = self.seeder.find_page(root, model, "home", lookup={"locale": self.seeder.locale})
        if home is None:
            self._remove_welcome_page(root)
            slug = "trang-chu" if root.get_children().filter(slug="home").exists() else "home"
            title = fill(spec.pop("title"), self.resolver.context)
            home = self.seeder.page(
                root,
                model,
                slug,
                title,
                lambda: {"locale": self.seeder.locale, **self._fields(model, title, spec)},
            )
        self.home = home
        return home, self._point_default_site(home, site_name)

    def build(self, spec, parent=None, parent_path="/"):
        spec = dict(spec)
        if "type" not in spec or "title" not in spec:
            raise DataError(f"a page needs a type and a title: {sorted(spec)}")
        if "parent" in spec:
            parent_path = "/" + spec.pop("parent").strip("/") + "/"
            parent = self.page(parent_path)
            if parent is None:
                raise DataError(f"there is no page at {parent_path}")
        parent = parent or self.home
        model = page_model(spec.pop("type"))
        children = spec.pop("children", [])
        order_by = spec.pop("sort_children_by", None)
        lookup = spec.pop("find_by", None)
        context = self.resolver.context
        title = fill(spec.pop("title"), context)
        slug = fill(spec.pop("slug", ""), context) or slugify_vi(title)
        if lookup is not None:
            lookup = self.resolver.fields(model, lookup)
        page = self.seeder.page(parent, model, slug, title, lambda: self._fields(model, title, spec), lookup)
        path = f"{parent_path}{slug}/"
        self.by_path[path] = page
        if order_by:  # a stable sort: entries of the same date keep the order of the file
            children = sorted(children, key=lambda child: self._dates(child)[order_by])
        for child in children:
            self.build(child, page, path)
        return page

    def _dates(self, spec):
        return self.resolver.dates(page_model(spec["type"]), _fields_only(spec))

    def _fields(self, model, title, spec):
        """The field values of a new page; its `date` is never later than the day of the run."""
        resolver = self.resolver.with_context(Facts(self.resolver.context, title=title))
        dates = resolver.dates(model, spec)
        if "date" in dates:
            dates["date"] = min(dates["date"], self.seeder.today)
        resolver = resolver.with_context(page_context(resolver.context, dates))
        return {**resolver.fields(model, {k: v for k, v in spec.items() if k not in dates}), **dates}

    def _remove_welcome_page(self, root):
        """Wagtail's untouched 'Welcome to your new Wagtail site!' page, if it is still there, goes."""
        page_type = ContentType.objects.get_for_model(Page)
        welcome = root.get_children().filter(content_type=page_type, numchild=0).first()
        if welcome is None:
            return
        for site in Site.objects.filter(root_page=welcome):
            site.root_page = root
            site.save()
        welcome.delete()
        self.seeder.say("  Đã xóa trang chào mừng mặc định của Wagtail.")

    def _point_default_site(self, home, site_name):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            self.seeder.counts["sites"] += 1
            return Site.objects.create(
                hostname="localhost", port=80, is_default_site=True, root_page=home, site_name=site_name
            )
        changed = site.root_page_id != home.pk or not site.site_name
        site.root_page = home
        site.site_name = site.site_name or site_name
        if changed:
            site.save()
            self.seeder.counts["sites"] += 1
        return site


def _fields_only(spec):
    return {key: value for key, value in spec.items() if key not in PAGE_KEYS}


PAGE_KEYS = {"type", "title", "slug", "children", "sort_children_by", "find_by", "parent"}
