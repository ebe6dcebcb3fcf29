"""Querysets shared by the sections' pages, built in one place each so that their queries are known."""


def site_tree(root):
    """The live, public pages below `root` as nested (page, children) pairs, in tree order, in one query."""
    pages = root.get_descendants().live().public().order_by("path")
    nodes = {root.path: []}
    for page in pages:
        children = []
        nodes[page.path] = children
        nodes.setdefault(page.path[: -page.steplen], []).append((page, children))
    return nodes[root.path]
