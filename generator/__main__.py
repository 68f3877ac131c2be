"""Command line: ``python -m generator {annotate,build,search-index,evaluate,bench}``."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

from . import settings as build_settings
from . import urls
from .build import Builder, write_pages
from .corpus_json import dump_corpus, load_corpus
from .errors import NewsError
from .output import asset_files
from .progress import ensure_handler
from .render import TEMPLATES_DIR, search_terms
from .settings import BuildSettings
from .site_search import mark_built_site, run_pagefind, vendored_files

EVALUATIONS = {
    "polnear": "quality.evaluate.polnear",
    "conll": "quality.evaluate.conll",
    "gum": "quality.evaluate.gum",
    "ecb": "quality.evaluate.ecb",
    "crossdoc": "quality.evaluate.crossdoc",
}


def _settings(args: argparse.Namespace) -> BuildSettings:
    options = {name: getattr(args, name) for name, *_ in build_settings.declared()}
    if args.no_cache:
        options["cache_dir"] = None
    return build_settings.from_options(options)


def _report(result, quiet: bool = False) -> int:
    for problem in result.corpus.problems:
        print(f"{problem.level}: {problem}", file=sys.stderr)
    if not quiet:
        s = result.stats
        print(f"{s.articles} articles ({s.cached} cached, {s.annotated} annotated), "
              f"{len(result.corpus.actors)} actors, {len(result.corpus.claims)} claims, "
              f"{len(result.corpus.events)} events, {len(result.corpus.sources)} sources",
              file=sys.stderr)
    return 1 if result.errors else 0


def cmd_annotate(args: argparse.Namespace) -> int:
    """Annotate CONTENT_DIR and write the corpus JSON."""
    ensure_handler()
    result = Builder(_settings(args)).build_corpus()
    text = dump_corpus(result.corpus)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")
    status = _report(result)
    return status if args.strict else 0


def cmd_build(args: argparse.Namespace) -> int:
    """Write the site's Markdown pages to a folder, without MkDocs."""
    ensure_handler()
    result, pages = Builder(_settings(args)).build_site(args.templates)
    # The theme's own assets (extra CSS) go beside the pages, so the folder is a whole docs_dir;
    # they are written like the pages: listed in the manifest, never over a user's file.
    static = Path(args.templates or TEMPLATES_DIR) / "docs"
    files: dict[str, str | bytes] = dict(pages)
    if static.is_dir():
        files.update(asset_files(static))
    # The graph page's library, as the plugin copies it (a renderer without plugins needs it).
    files.update({path: source.read_bytes() for path, source in vendored_files().items()})
    written = write_pages(files, args.out)
    print(f"{len(pages)} pages in {args.out} ({written} changed)", file=sys.stderr)
    status = _report(result)
    return status if args.strict else 0


def cmd_search_index(args: argparse.Namespace) -> int:
    """Index a site built from the CLI's pages with Pagefind (what the plugin does after a
    build): entity pages by their names, from the site's ``downloads/corpus.json``."""
    site = Path(args.site)
    if not site.is_dir():
        print(f"no such folder: {site}", file=sys.stderr)
        return 2
    exported = site / "downloads" / "corpus.json"
    terms = search_terms(load_corpus(exported)) if exported.is_file() else {}
    marked = mark_built_site(site, terms)
    try:
        run_pagefind(str(site))
    except PluginError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(f"{marked} pages marked for search; index in {site / urls.PAGEFIND_DIR}",
          file=sys.stderr)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    """Run a quality measurement against a gold corpus."""
    module = _quality_module(EVALUATIONS[args.dataset])
    return int(module.main(args.rest) or 0)


def cmd_bench(args: argparse.Namespace) -> int:
    """Run the speed and memory benchmark."""
    return int(_quality_module("quality.bench").main(args.rest) or 0)


def _quality_module(name: str):
    """Import a module of ``quality/`` (a checkout's tools, not part of the installed product)."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and (exc.name == "quality" or exc.name.startswith("quality.")):
            raise SystemExit(
                f"{name} is not importable: evaluation and benchmark tools live in the "
                "project checkout's quality/ folder; run this from the checkout's root."
            ) from exc
        raise


def _add_build_options(p: argparse.ArgumentParser) -> None:
    """One option per declared build setting (generator.settings), plus the CLI's own."""
    for name, kind, default, meta in build_settings.declared():
        if name == "content_dir":
            p.add_argument(name, help=meta["help"])
            continue
        flag = "--" + name.replace("_", "-")
        if kind is bool:
            p.add_argument(flag, action=argparse.BooleanOptionalAction, default=default,
                           help=meta["help"])
        else:
            p.add_argument(flag, type=kind, default=default, choices=meta.get("choices"),
                           help=meta["help"])
    p.add_argument("--no-cache", action="store_true", help="annotate everything afresh")
    p.add_argument("--strict", action="store_true", help="exit 1 when a file could not be read")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the command line."""
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("annotate", help="annotate articles and export the corpus JSON")
    _add_build_options(p)
    p.add_argument("--out", default="corpus.json", help="JSON file to write ('-': stdout)")
    p.set_defaults(func=cmd_annotate)

    p = sub.add_parser("build", help="write the site's Markdown pages to a folder")
    _add_build_options(p)
    p.add_argument("--out", required=True, help="folder for the pages")
    p.add_argument("--templates", default=None, help="templates folder (default: built in)")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("search-index", help="index a built site folder with Pagefind")
    p.add_argument("site", help="the built site (HTML), e.g. the folder zensical build wrote")
    p.set_defaults(func=cmd_search_index)

    p = sub.add_parser("evaluate", help="measure quality on a gold corpus")
    p.add_argument("dataset", choices=sorted(EVALUATIONS))
    p.add_argument("rest", nargs=argparse.REMAINDER, help="arguments of the evaluation")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("bench", help="speed and memory benchmark on the BBC corpus")
    p.add_argument("rest", nargs=argparse.REMAINDER, help="arguments of the benchmark")
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if args.command == "bench":
        # argparse.REMAINDER does not capture a first argument that looks like an option
        # ("bench --limit 6"): hand the benchmark everything after its command word.
        args.rest = argv[argv.index("bench") + 1:]
    elif unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.func(args)
    except NewsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
