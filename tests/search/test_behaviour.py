"""The search behaviour table, run through the search service on the database backend in use."""

import pytest
from django.utils import translation

from search.service import search_pages

from .cases import CASES, check


def result_titles(query, **params):
    with translation.override("vi"):
        outcome = search_pages({"q": query, **params})
    assert not outcome.error, outcome.error
    return [result.page.title for result in outcome.results]


def test_the_table_has_at_least_forty_queries():
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_search_finds_the_expected_pages(search_pages_fixture, case):
    problem = check(case, result_titles(case[0]))
    assert problem is None, problem
