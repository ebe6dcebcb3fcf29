"""factory-boy factories, one module per app: tests build the content they need.

- `core`: people in their editorial roles, the portal's settings, emergency notices, visit statistics, and
  `BasePageFactory`, the base of every page factory (a page is added as a draft under its parent and, unless
  `live=False`, published through a revision, as the workflow's last step does).
- `images`, `documents`: Wagtail images with their alternative text, documents with a real PDF or DOCX file.
- `home`: the home page, and `build_portal_skeleton()`, the home page and its mandatory sections that every
  test session starts from (tests/conftest.py).
- `sections`, `legal_docs`, `moderation`: the content and the editorial office's records.

Item factories put their page in its section of the default site unless given `parent=`:
`NewsPageFactory()` is a live news article under /tin-tuc/, `NewsPageFactory(live=False)` a draft.
"""
