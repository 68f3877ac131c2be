"""Build settings are declared once; the command line and the plugin are adapters."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import settings
from generator.__main__ import build_parser, main
from generator.errors import ContentError, CurationError, ModelNotInstalled, NewsError
from generator.plugin import NewsPluginConfig


def test_workers_default_to_the_machine() -> None:
    import os

    assert settings.workers(3) == 3
    assert 1 <= settings.workers(0) <= (os.cpu_count() or 1)


def test_every_declared_setting_is_a_cli_option_and_a_plugin_option() -> None:
    parser = build_parser()
    args = parser.parse_args(["annotate", "content"])
    schema = dict(NewsPluginConfig._schema)
    for name, _, default, _ in settings.declared():
        assert getattr(args, name) == (default if name != "content_dir" else "content")
        assert name in schema, name
        assert schema[name].default == default, name


def test_the_adapters_give_the_same_settings(tmp_path: Path) -> None:
    cli = build_parser().parse_args(
        ["build", str(tmp_path / "content"), "--out", "x", "--n-process", "3"])
    from_cli = settings.from_options({n: getattr(cli, n) for n, *_ in settings.declared()})
    config = NewsPluginConfig()
    config.load_dict({"content_dir": str(tmp_path / "content"), "n_process": 3})
    errors, warnings = config.validate()
    assert not errors and not warnings
    from_plugin = settings.from_options(
        {n: config[n] for n, *_ in settings.declared()}, tmp_path)
    assert from_cli.n_process == from_plugin.n_process == 3
    assert from_cli.content_dir == from_plugin.content_dir
    assert from_cli.model == from_plugin.model == settings.DEFAULT_MODEL
    assert from_plugin.cache_dir == tmp_path / settings.DEFAULT_CACHE


def test_errors_share_one_base() -> None:
    for kind in (ModelNotInstalled, ContentError, CurationError):
        assert issubclass(kind, NewsError)


def test_a_missing_model_is_a_message_not_a_traceback(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.txt").write_text("Headline\n\nSomeone said it rained.\n", encoding="utf-8")
    code = main(["annotate", str(content), "--model", "no_such_model_xyz", "--no-cache",
                 "--out", str(tmp_path / "c.json")])
    assert code == 2
    err = capsys.readouterr().err
    assert "no_such_model_xyz" in err and "is not installed" in err and "Traceback" not in err
