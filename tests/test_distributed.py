"""The dask backend gives the same corpus as annotating in this process.

No warning filter is needed: with dashboard_address=None dask 2026.8 raises none here (the
suite's filterwarnings=error would show one).
"""

from __future__ import annotations

import pytest

pytest.importorskip("dask.distributed")

from generator.build import Builder, BuildSettings  # noqa: E402
from generator.corpus_json import dump_corpus  # noqa: E402

ARTICLES = {
    "council.md": (
        "---\ntitle: Council approves new library\ndate: 2024-03-05\n---\n"
        "The city council approved a new central library on Tuesday, Mayor Ana Torres said.\n\n"
        '"This library will serve every family," Torres told reporters in Springfield.\n'
    ),
    "strike.md": (
        "---\ntitle: Rail workers strike\ndate: 2024-04-11\n---\n"
        "Rail workers in Leeds walked out on Monday after talks with Northern Rail failed.\n\n"
        "Union leader Sam Patel said the strike would go on until the company made a new offer.\n"
    ),
    "budget.txt": (
        "Minister defends budget\n\n"
        "Finance minister Claire Dubois defended the budget in parliament on Wednesday.\n"
        "Opposition leader Tom Reed said the plan would raise taxes for families.\n"
    ),
}

def _build(content, backend: str, address: str | None = None, batch_size: int = 2) -> str:
    settings = BuildSettings(content_dir=content, cache_dir=None, batch_size=batch_size,
                             backend=backend, dask_address=address, progress=False)
    result = Builder(settings).build_corpus()
    assert result.stats.annotated == len(ARTICLES)
    assert not result.errors
    return dump_corpus(result.corpus)


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dask") / "content"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local_json(content):
    return _build(content, "local")


@pytest.mark.slow
@pytest.mark.model
def test_dask_on_a_cluster_at_an_address_equals_in_process(content, local_json):
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                      dashboard_address=None) as cluster:
        # batch_size 2 over 3 articles: two tasks, results put back in article order.
        assert _build(content, "dask", cluster.scheduler_address) == local_json


@pytest.mark.slow
@pytest.mark.model
def test_dask_with_its_own_local_cluster_of_processes_equals_in_process(content, local_json):
    assert _build(content, "dask", None, batch_size=1) == local_json
