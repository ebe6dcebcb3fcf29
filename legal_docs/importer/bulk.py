"""Set-based updates of many rows by id: the same values (or expressions of the row, `F(…)`) for every row of
a list of ids, one UPDATE per chunk of ids. (Different values per row: `core.bulk_copy.copy_update`.)"""

from .children import LOOKUP_CHUNK, chunked


def set_for_ids(model, ids, **values):
    """UPDATE the rows `ids` with `values` (constants or expressions such as `F("latest_revision")`),
    one statement per chunk of ids. Returns the number of rows updated."""
    ids = sorted(ids)
    return sum(model.objects.filter(pk__in=chunk).update(**values) for chunk in chunked(ids, LOOKUP_CHUNK))
