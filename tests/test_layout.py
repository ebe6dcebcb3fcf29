"""The house keeps its floors: imports between the project's apps run one way, down ARCHITECTURE's table,
and no module grows past what a reader can hold.

core is the ground floor and imports no project app; content (sections, legal_docs) imports only core;
features (search, moderation) import content and core, never each other; home is the top floor; nothing
imports demo. A string reference `get_model("app.Model")` counts as an import.
"""

import ast
import re
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
SKIPPED_FOLDERS = {"migrations", "tests", ".venv", "venv", "var", "node_modules", "__pycache__"}
GET_MODEL = re.compile(r"get_model\(\s*['\"]([a-z_][a-z0-9_]*)[.:]")
MAX_MODULE_LINES = 450

#: app → the project apps it may import.
ALLOWED = {
    "core": set(),
    "sections": {"core"},
    "legal_docs": {"core"},
    "search": {"core", "sections", "legal_docs"},
    "moderation": {"core", "sections", "legal_docs"},
    "audit": {"core", "sections", "legal_docs"},
    "home": {"core", "sections", "legal_docs", "search", "moderation", "audit"},
    "demo": {"core", "sections", "legal_docs", "search", "moderation", "home", "audit"},
    "duongkinh": {"core", "sections", "legal_docs", "search", "moderation", "home", "audit"},
}


def project_apps():
    return {
        path.name
        for path in ROOT.iterdir()
        if path.is_dir() and (path / "__init__.py").exists() and path.name not in SKIPPED_FOLDERS
    }


def python_files(app=None):
    folders = [ROOT / app] if app else [ROOT / name for name in sorted(project_apps())] + [ROOT / "tests"]
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            relative = path.relative_to(ROOT).parts
            if not SKIPPED_FOLDERS.intersection(relative[1:-1]) and "migrations" not in relative:
                yield path


def imported_apps(path, apps):
    """(app, line) for every project app `path` imports or names in get_model()."""
    text = path.read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(text)):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        for name in names:
            if name.split(".")[0] in apps:
                yield name.split(".")[0], node.lineno
    for number, line in enumerate(text.splitlines(), 1):
        for target in GET_MODEL.findall(line):
            if target in apps:
                yield target, number


def test_every_app_has_a_floor():
    assert project_apps() == set(ALLOWED)


@pytest.mark.parametrize("app", sorted(ALLOWED))
def test_an_app_imports_only_the_floors_below_it(app):
    apps = project_apps()
    wrong = [
        f"{path.relative_to(ROOT)}:{line} imports {target}"
        for path in python_files(app)
        for target, line in imported_apps(path, apps)
        if target != app and target not in ALLOWED[app]
    ]
    assert wrong == []


def test_the_allowed_imports_form_no_circle():
    """Floors, not a web: following the allowed arrows never leads back."""

    def reaches(start, goal, seen=()):
        return any(
            target == goal or (target not in seen and reaches(target, goal, (*seen, target)))
            for target in ALLOWED[start]
        )

    assert [app for app in ALLOWED if reaches(app, app)] == []


def test_no_module_is_longer_than_a_reader_can_hold():
    long = {
        str(path.relative_to(ROOT)): lines
        for path in python_files()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}
