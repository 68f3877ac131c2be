"""What the published site weighs: ``mkdocs build`` of BBC articles, then its size by kind.

``python -m quality.site_size --limit 250 --work /tmp/size`` copies 250 BBC articles (spread
over the topics, as ``quality.bench`` picks them) into ``WORK/content``, writes the project's
``mkdocs.yml`` with the news plugin reading them (the annotation cache in ``WORK/cache``: a
second run is warm), runs ``mkdocs build`` in a subprocess (timed: wall and CPU) and prints
the site's size: everything, the HTML pages, Pagefind's index, the theme's assets.
``--code DIR`` builds with another checkout's generator and templates (a before/after on the
same articles).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from . import bench


def sizes(site: Path) -> dict[str, float]:
    """MB on disk (file sizes): all, HTML, the search index, the theme's assets; the file
    count."""
    files = [p for p in site.rglob("*") if p.is_file()]
    mb = 1_000_000

    def total(paths) -> float:
        return sum(p.stat().st_size for p in paths) / mb

    return {"site_mb": total(files), "html_mb": total(p for p in files if p.suffix == ".html"),
            "pagefind_mb": total(p for p in files if p.relative_to(site).parts[0] == "pagefind"),
            "assets_mb": total(p for p in files if p.relative_to(site).parts[0] == "assets"),
            "maps": sum(1 for p in files if p.suffix == ".map"), "files": len(files)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(bench.DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=250)
    parser.add_argument("--work", type=Path, required=True, help="a folder for the build")
    parser.add_argument("--code", type=Path, default=bench.ROOT,
                        help="the checkout whose generator and templates build the site")
    parser.add_argument("--model", default=None)
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args(argv)
    corpus, work, code = Path(args.corpus), args.work.resolve(), args.code.resolve()
    content = work / "content"
    if not content.is_dir():
        bench.copy_articles(bench.select_articles(corpus, args.limit), corpus, content)
    model = args.model or bench.news_options().get("model", "en_core_web_sm")
    pages = work / "pages"
    shutil.rmtree(pages, ignore_errors=True)
    config, _ = bench.mkdocs_configs(work, content, work / "cache", pages, model,
                                     args.n_process, code=code)
    shutil.rmtree(work / "site", ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(code), "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)],
                         env=env, cwd=work, check=False)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_seconds = after.ru_utime + after.ru_stime - cpu.ru_utime - cpu.ru_stime
    if run.returncode != 0:
        return run.returncode
    figures = sizes(work / "site")
    print(f"mkdocs build of {len(list(content.rglob('*.txt')))} articles: {seconds:.1f} s "
          f"({cpu_seconds:.1f} s of CPU, Pagefind's included: a loaded machine's wall time "
          "varies)")
    for key, value in figures.items():
        print(f"{key}: {value:.1f}" if isinstance(value, float) else f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
