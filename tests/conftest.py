import pytest

from charlstm import longdep

from .helpers import TINY


@pytest.fixture(scope="session")
def corpus_text():
    """A small corpus the project generates itself (about 13k characters)."""
    return longdep.corpus(100, 20, 80, seed=1)


@pytest.fixture
def corpus_file(tmp_path, corpus_text):
    path = tmp_path / "corpus.txt"
    path.write_text(corpus_text, encoding="utf-8")
    return str(path)


@pytest.fixture
def tiny_args():
    return list(TINY)


@pytest.fixture
def trained(tmp_path_factory, corpus_text):
    """A tiny run of 10 steps; returns (run dir, data path)."""
    from click.testing import CliRunner

    from charlstm.cli import main

    root = tmp_path_factory.mktemp("trained")
    data = root / "corpus.txt"
    data.write_text(corpus_text, encoding="utf-8")
    out = root / "run"
    result = CliRunner().invoke(
        main, ["train", "--data", str(data), "--out", str(out), "--max-steps", "10", *TINY]
    )
    assert result.exit_code == 0, result.output
    return str(out), str(data)
