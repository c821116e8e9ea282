import shutil

import pytest

from charlstm.longdep import layout

from .helpers import TINY, run, unavailable


@pytest.fixture
def ray_extra():
    """The sweep extra (ray[tune]): skip without it, fail without it in CI."""
    from charlstm import sweep

    if not sweep.ray_available():
        unavailable("the sweep extra (ray[tune]) is not installed", "CHARLSTM_REQUIRE_RAY")


@pytest.fixture(scope="session")
def corpus_text():
    """A small corpus the project generates itself (about 13k characters)."""
    return layout.corpus(100, 20, 80, seed=1)


@pytest.fixture
def corpus_file(tmp_path, corpus_text):
    path = tmp_path / "corpus.txt"
    path.write_text(corpus_text, encoding="utf-8")
    return str(path)


@pytest.fixture
def tiny_args():
    return list(TINY)


@pytest.fixture(scope="session")
def trained_once(tmp_path_factory, corpus_text):
    """A tiny run of 10 steps, trained once per session: (run dir, data path). Read only;
    tests use `trained`, a copy of the run directory of their own."""
    root = tmp_path_factory.mktemp("trained")
    data = root / "corpus.txt"
    data.write_text(corpus_text, encoding="utf-8")
    out = root / "run"
    result = run("train", "--data", str(data), "--out", str(out), "--max-steps", "10", *TINY)
    assert result.exit_code == 0, result.output
    return str(out), str(data)


@pytest.fixture
def trained(trained_once, tmp_path):
    """The session's tiny run (trained_once), copied into this test's own directory, so that
    a test may resume, overwrite or damage it: (run dir, data path). The data file is the
    session's, as the run recorded it."""
    out, data = trained_once
    copy = tmp_path / "trained"
    shutil.copytree(out, copy)
    return str(copy), data
