"""Sample content for the Dương Kinh ward portal (`manage.py seed_demo`).

`load()` creates what is missing and nothing else, in one transaction; `reset()` removes what it
created: pages marked `is_sample_content`, the images and documents of the sample collection, and the
news categories. Tests call these functions directly.
"""

from django.apps import apps
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site

from core.models import BasePage
from sections.models import NewsCategory

from .seeder import SAMPLE_COLLECTION_NAME, Seeder

__all__ = ["load", "reset"]


def load(stdout=None, reset=False, today=None):
    """Create the sample content that does not exist yet; return the counts of what was created
    (pages, images, documents, categories; with `reset`, also deleted_pages, deleted_images, …).

    With `reset`, first delete the sample content (see `reset`). Everything happens in one transaction:
    if anything fails, the database is left as it was and the files written are removed.
    """
    seeder = Seeder(stdout=stdout, today=today)
    try:
        with transaction.atomic():
            if reset:
                seeder.counts.update(
                    {f"deleted_{key}": value for key, value in _delete_sample_content(seeder).items()}
                )
            from .content import build_all

            with seeder.deferred_indexing():
                build_all(seeder)
    except BaseException:
        seeder.discard_files()
        raise
    return {"pages": 0, "images": 0, "documents": 0, "categories": 0, **seeder.counts}


def reset(stdout=None):
    """Delete the sample content without rebuilding it; return the counts of what was deleted."""
    seeder = Seeder(stdout=stdout)
    with transaction.atomic():
        return _delete_sample_content(seeder)


def sample_page_models():
    return [model for model in apps.get_models() if issubclass(model, BasePage) and not model._meta.abstract]


def _delete_sample_content(seeder):
    from .content.news import CATEGORY_SLUGS

    deleted = {"pages": _delete_sample_pages(seeder)}
    collection = Collection.objects.filter(name=SAMPLE_COLLECTION_NAME).first()
    if collection is not None:
        for key, model in (("images", get_image_model()), ("documents", get_document_model())):
            items = list(model.objects.filter(collection=collection))
            for item in items:
                item.delete()
            deleted[key] = len(items)
        if not collection.get_descendants().exists():
            collection.delete()
    deleted["categories"], _ = NewsCategory.objects.filter(
        slug__in=CATEGORY_SLUGS, locale=seeder.locale
    ).delete()
    seeder.say(
        f"Đã xóa {deleted['pages']} trang, {deleted.get('images', 0)} ảnh, "
        f"{deleted.get('documents', 0)} tài liệu và {deleted['categories']} chuyên mục tin mẫu."
    )
    return deleted


def _delete_sample_pages(seeder):
    """Delete sample pages, whole subtrees at a time, keeping any page that has real content below it."""
    sample_ids = set()
    for model in sample_page_models():
        sample_ids.update(model.objects.filter(is_sample_content=True).values_list("pk", flat=True))
    deleted = 0
    root = Page.get_first_root_node()
    for page in Page.objects.filter(pk__in=sample_ids).order_by("path"):
        if not Page.objects.filter(pk=page.pk).exists():
            continue  # already deleted with an ancestor
        page.refresh_from_db()
        subtree = page.get_descendants(inclusive=True)
        if subtree.exclude(pk__in=sample_ids).exists():
            seeder.say(f"  Giữ lại “{page.title}”: bên dưới có nội dung không phải dữ liệu mẫu.")
            continue
        for site in Site.objects.filter(root_page__in=subtree):
            site.root_page = root
            site.save()
        deleted += subtree.count()
        page.delete()
    return deleted
