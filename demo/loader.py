"""Sample content for the Dương Kinh ward portal (`manage.py seed_demo`), read from `demo/data/`.

The data files are YAML, read in the order of their names. Each is a mapping whose keys are handled in
the order they are written: `pages` (see pages.py), `news_categories`, `portal_settings`, `issuers`,
`legal_fields`, `signers`, `legal_documents`, `intake_records`, `emergency_notices`, `royalties`
(see records.py); `site` (the home page and the site's name) in the first file; `facts` (values any
text can quote as `{ward.email}`) and `files` (PDFs and spreadsheets, used by their key) may be in any
file; `label` names the file in the progress lines. docs/demo-content.md explains the format.

`load()` creates what is missing and nothing else, in one transaction; `reset()` removes what it
created: pages marked `is_sample_content`, the images and documents of the sample collection, and the
news categories. Tests call these functions directly.
"""

from pathlib import Path

import yaml
from django.apps import apps
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site

from core.models import BasePage
from core.text import nfc
from moderation import kept_records
from sections.models import NewsCategory

from . import records, translations
from .pages import PageTree
from .seeder import SAMPLE_COLLECTION_NAME, Seeder
from .values import DataError, Resolver, run_context

__all__ = ["load", "reset"]

DATA_DIR = Path(__file__).resolve().parent / "data"
BASE_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)  # the same reading, ten times faster with libyaml
SHARED_KEYS = {"label", "facts", "files", "site"}


def read_data(data_dir=DATA_DIR):
    """[(file name, content)] of every data file, in the order of their names; every scalar is NFC text."""
    contents = []
    for path in sorted(data_dir.glob("*.yaml")):
        try:
            # BaseLoader keeps every scalar as text: the loader gives each value its type (see values.py).
            content = yaml.load(path.read_text(encoding="utf-8"), Loader=BASE_LOADER) or {}
        except yaml.YAMLError as error:
            raise DataError(f"{path.name}: {error}") from error
        contents.append((path.name, nfc(content)))
    return contents


class Loader:
    """Builds the content of the data files: the pages, the records, and the files they use."""

    def __init__(self, seeder, contents, data_dir=DATA_DIR):
        self.seeder, self.contents, self.data_dir = seeder, contents, data_dir
        facts, self.files = {}, {}
        for name, content in contents:
            facts.update(content.get("facts", {}))
            for key, spec in content.get("files", {}).items():
                if key in self.files:
                    raise DataError(f"{name}: the file “{key}” is defined twice")
                self.files[key] = spec
        context = run_context(facts, seeder.today)
        self.resolver = Resolver(self, context, seeder.today, timezone.now())
        self.tree = PageTree(seeder, self.resolver)
        self.site = None
        self.locale = seeder.locale

    def build(self):
        for name, content in self.contents:
            before = self.seeder.counts["pages"]
            try:
                self._build_file(content)
            except DataError as error:
                raise DataError(f"{name}: {error}") from error
            label = content.get("label", name)
            created = self.seeder.counts["pages"] - before
            self.seeder.say(f"– {label}: {created} trang mới" if created else f"– {label}: đã có")

    def _build_file(self, content):
        for key, value in content.items():
            if key == "site":
                _, self.site = self.tree.build_home(value["home"], value["name"])
            elif key == "pages":
                for spec in value:
                    self.tree.build(spec)
            elif key in records.HANDLERS:
                records.HANDLERS[key](self, value)
            elif key in translations.HANDLERS:
                translations.HANDLERS[key](self, value)
            elif key not in SHARED_KEYS:
                raise DataError(f"unknown section “{key}”")

    # What the resolver asks for -----------------------------------------------------------------------

    def image(self, spec):
        if spec.get("kind") == "map":
            return self.seeder.map_image(spec["title"], spec["labels"])
        return self.seeder.image(spec["title"], spec.get("kind", "landscape"))

    def file(self, key):
        if key not in self.files:
            raise DataError(f"no file “{key}” under `files:`")
        spec = self.files[key]
        if "pdf" in spec:
            return self.seeder.pdf(spec["title"], spec["pdf"], filename=spec.get("filename"))
        return self.seeder.xlsx(spec["title"], spec["spreadsheet"], filename=spec.get("filename"))

    def page(self, path):
        return self.tree.page(path)

    def read_text(self, name):
        return nfc((self.data_dir / name).read_text(encoding="utf-8"))


def load(stdout=None, reset=False, today=None, data_dir=DATA_DIR):
    """Create the sample content that does not exist yet; return the counts of what was created
    (pages, images, documents, categories; with `reset`, also deleted_pages, deleted_images, …).

    With `reset`, first delete the sample content (see `reset`). Everything happens in one transaction:
    if anything fails, the database is left as it was and the files written are removed.
    """
    seeder = Seeder(stdout=stdout, today=today)
    contents = read_data(data_dir)
    try:
        with transaction.atomic():
            if reset:
                deleted = _delete_sample_content(seeder, contents)
                seeder.counts.update({f"deleted_{key}": value for key, value in deleted.items()})
            with seeder.deferred_indexing():
                Loader(seeder, contents, data_dir).build()
    except BaseException:
        seeder.discard_files()
        raise
    return {"pages": 0, "images": 0, "documents": 0, "categories": 0, **seeder.counts}


def reset(stdout=None, data_dir=DATA_DIR):
    """Delete the sample content without rebuilding it; return the counts of what was deleted."""
    seeder = Seeder(stdout=stdout)
    with transaction.atomic():
        return _delete_sample_content(seeder, read_data(data_dir))


def sample_page_models():
    return [model for model in apps.get_models() if issubclass(model, BasePage) and not model._meta.abstract]


def _delete_sample_content(seeder, contents):
    sample_codes = {
        item["tracking_code"]
        for _, content in contents
        for key in ("dialogue_questions", "consultation_comments")
        for item in content.get(key, [])
    }
    deleted = {"pages": _delete_sample_pages(seeder, sample_codes)}
    collection = Collection.objects.filter(name=SAMPLE_COLLECTION_NAME).first()
    if collection is not None:
        for key, model in (("images", get_image_model()), ("documents", get_document_model())):
            items = list(model.objects.filter(collection=collection))
            for item in items:
                item.delete()
            deleted[key] = len(items)
        if not collection.get_descendants().exists():
            collection.delete()
    slugs = [item["slug"] for _, content in contents for item in content.get("news_categories", [])]
    # The English categories (demo/translations.py) have the slugs of the Vietnamese ones.
    deleted["categories"], _ = NewsCategory.objects.filter(slug__in=slugs).delete()
    seeder.say(
        f"Đã xóa {deleted['pages']} trang, {deleted.get('images', 0)} ảnh, "
        f"{deleted.get('documents', 0)} tài liệu và {deleted['categories']} chuyên mục tin mẫu."
    )
    return deleted


def _delete_sample_pages(seeder, sample_codes):
    """Delete sample pages, whole subtrees at a time, keeping any page that has real content below it or
    holds what citizens sent (the sample questions and comments, `sample_codes`, go with their pages)."""
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
        if kept_records.records_under(page, but=sample_codes):
            seeder.say(f"  Giữ lại “{page.title}”: có câu hỏi, ý kiến do người dân gửi.")
            continue
        for model in kept_records.RECORD_MODELS:
            model.objects.filter(page__path__startswith=page.path, tracking_code__in=sample_codes).delete()
        for site in Site.objects.filter(root_page__in=subtree):
            site.root_page = root
            site.save()
        deleted += subtree.count()
        page.delete()
    return deleted
