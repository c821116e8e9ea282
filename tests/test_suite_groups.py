"""make test runs the suite in two processes (pytest-xdist, --dist loadgroup), and the tests
that must share one (one Ray at a time; the project's corpus, drawn once per process) say so
with xdist_group. pytest 9.2 made xdist drop the groups without a word (pytest-xdist issue
1386; pyproject.toml keeps pytest below 9.2): this fails if they are lost again."""

import pytest

from .test_longdep import DRAWS_THE_PROJECT_CORPUS


@DRAWS_THE_PROJECT_CORPUS
def test_grouped_tests_run_as_one_group(request):
    if not getattr(request.config.option, "loadgroup", False):  # set in xdist's workers
        pytest.skip("only under make test's --dist loadgroup")
    assert request.node.nodeid.endswith("@project_corpus"), request.node.nodeid
