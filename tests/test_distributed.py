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


@pytest.mark.slow
@pytest.mark.model
def test_cli_annotates_on_a_running_cluster_of_processes_given_its_address(content, local_json,
                                                                           tmp_path):
    """As a user with a running dask.distributed scheduler does: the address on the CLI."""
    from dask.distributed import LocalCluster
    from sitekit import cli

    out = tmp_path / "corpus.json"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        run = cli("annotate", str(content), "--backend", "dask", "--dask-address",
                  cluster.scheduler_address, "--no-cache", "--batch-size", "1", "--out",
                  str(out), cwd=tmp_path)
    assert run.returncode == 0, run.output
    assert out.read_text(encoding="utf-8") == local_json


def test_mkdocs_yml_options_reach_the_builder(tmp_path):
    """``backend: dask`` and ``dask_address`` under ``plugins: - news:`` are the build's."""
    import yaml
    from mkdocs.config import load_config
    from sitekit import ROOT, site_config

    path = site_config(tmp_path, ROOT / "content")
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "news" in plugin:
            plugin["news"].update(backend="dask", dask_address="tcp://10.0.0.5:8786")
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    mkdocs_config = load_config(str(path))
    mkdocs_config.plugins.on_config(mkdocs_config)
    settings = mkdocs_config.plugins["news"].builder.settings
    assert (settings.backend, settings.dask_address) == ("dask", "tcp://10.0.0.5:8786")
