"""Write a Wikinews article of the GUM corpus into ``content/`` as a sample article.

``python -m quality.samples ../shared/corpora/gum-news GUM_news_election --out content``

GUM's Wikinews texts are CC BY 2.5 (annotations CC BY 4.0): the article keeps its headline,
paragraphs and sentences as GUM records them (``# text`` lines, ``# newpar`` breaks), with the
Wikinews address, date and license in its front matter, which the article page shows. The
dateline paragraph ("Friday, September 9, 2016") becomes the ``date``; image captions are left
out; nothing else changes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import yaml

LICENSE = "CC BY 2.5"
LICENSE_URL = "https://creativecommons.org/licenses/by/2.5/"


def read_gum_article(conllu: Path) -> dict:
    """Headline, date, address and paragraphs of one GUM news document."""
    meta: dict[str, str] = {}
    blocks: list[tuple[str, list[str]]] = []
    for line in conllu.read_text(encoding="utf-8").splitlines():
        if line.startswith("# meta::"):
            key, _, value = line[len("# meta::"):].partition(" = ")
            meta[key] = value
        elif line.startswith("# newpar_block = "):
            blocks.append((line.split(" = ", 1)[1].split()[0], []))
        elif line.startswith("# text = ") and blocks:
            blocks[-1][1].append(line[len("# text = "):])
    # figure captions ("... Image: Mark Rathbun.") are not the article's text
    paragraphs = [(kind, " ".join(sents)) for kind, sents in blocks
                  if sents and kind != "figure"]
    title = paragraphs[0][1] if paragraphs and paragraphs[0][0] == "head" else meta["title"]
    body = paragraphs[1:] if paragraphs and paragraphs[0][0] == "head" else paragraphs
    date = meta.get("dateCreated")
    if body:
        try:  # the dateline: "Friday, September 9, 2016"
            date = dt.datetime.strptime(body[0][1], "%A, %B %d, %Y").date().isoformat()
            body = body[1:]
        except ValueError:
            pass
    return {"title": title, "date": date, "url": meta.get("sourceURL"), "paragraphs": body}


def sample_markdown(article: dict) -> str:
    """The article as a content/ Markdown file with its attribution in the front matter."""
    front = {
        "title": article["title"],
        "date": article["date"],
        "publisher": "Wikinews",
        "author": "Wikinews contributors",
        "url": article["url"],
        "license": f"{LICENSE} ({LICENSE_URL}); text from Wikinews via the GUM corpus",
    }
    head = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=1000)
    body = "\n\n".join(text for _, text in article["paragraphs"])
    return f"---\n{head}---\n{body}\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m quality.samples", description=__doc__)
    p.add_argument("gum_dir", type=Path, help="the gum-news folder (with dep/)")
    p.add_argument("documents", nargs="+", help="GUM document names (GUM_news_election)")
    p.add_argument("--out", type=Path, required=True, help="content folder to write into")
    args = p.parse_args(argv)
    for name in args.documents:
        article = read_gum_article(args.gum_dir / "dep" / f"{name}.conllu")
        target = args.out / f"wikinews-{name.removeprefix('GUM_news_')}.md"
        target.write_text(sample_markdown(article), encoding="utf-8")
        print(f"{target}: {article['title']} ({article['date']})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
