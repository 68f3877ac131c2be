"""Progress: log lines in MkDocs' style when output is not a terminal."""

from __future__ import annotations

import logging

import pytest

from generator.output import write_pages
from generator.progress import LOGGER, Progress


def test_non_terminal_progress_logs_every_n_items_and_at_the_end(caplog):
    caplog.set_level(logging.INFO, logger=LOGGER)
    with Progress(50, "annotating", "article", terminal=False, every=20, seconds=1e9) as bar:
        for _ in range(50):
            bar.update(1)
    lines = [r.getMessage() for r in caplog.records if r.name == LOGGER]
    assert [line.split(" (")[0] for line in lines] == [
        "news: annotating 20/50 articles", "news: annotating 40/50 articles",
        "news: annotating 50/50 articles"]
    assert "left" in lines[0] and lines[-1].endswith(" s") and "100%" in lines[-1]


def test_non_terminal_progress_logs_after_some_seconds(caplog, monkeypatch):
    import generator.progress as progress

    clock = iter(range(0, 1000, 6))
    monkeypatch.setattr(progress.time, "monotonic", lambda: next(clock))
    caplog.set_level(logging.INFO, logger=LOGGER)
    bar = Progress(1000, "annotating", "article", terminal=False, every=500, seconds=10)
    for _ in range(5):
        bar.update(1)  # 6 s apart: a line every second update
    assert len([r for r in caplog.records if r.name == LOGGER]) == 2


def test_small_jobs_and_disabled_progress_say_nothing(caplog):
    caplog.set_level(logging.INFO, logger=LOGGER)
    for bar in (Progress(5, "annotating", "article", terminal=False),
                Progress(500, "annotating", "article", terminal=False, enabled=False)):
        bar.update(5)
        bar.close()
    assert not [r for r in caplog.records if r.name == LOGGER]


def test_writing_pages_logs_its_progress(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger=LOGGER)
    pages = {f"actors/a{i}.md": f"# A{i}\n" for i in range(300)}
    assert write_pages(pages, tmp_path / "out") == 300
    lines = [r.getMessage() for r in caplog.records if r.name == LOGGER]
    assert lines and lines[-1].startswith("news: writing 300/300 pages (100%)")


@pytest.mark.model
@pytest.mark.slow
def test_mkdocs_build_logs_converting_and_writing_progress(tmp_path, caplog):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from sitekit import ROOT, site_config

    caplog.set_level(logging.INFO, logger=LOGGER)
    config = load_config(str(site_config(tmp_path, ROOT / "content")))
    config.plugins.on_startup(command="build", dirty=False)
    build(config)
    lines = [r.getMessage() for r in caplog.records if r.name == LOGGER]
    for step in ("converting", "writing"):
        last = [line for line in lines if line.startswith(f"news: {step} ")][-1]
        done, total = last.split()[2].split("/")
        assert done == total and int(total) > 100 and "(100%)" in last
