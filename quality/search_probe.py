"""Search a built site in a real browser: the first results of each query and the bytes fetched.

    python -m quality.search_probe SITE_DIR Blair Tories "Abu Mazen"

Serves SITE_DIR on 127.0.0.1, opens its search page (``search/?q=QUERY``) in Debian Chromium
through Playwright, waits for the results and prints the first six (title <url>), the bytes of
Pagefind files fetched for that one search (everything under ``pagefind/``, and the index part
of it: index shards, filters, metadata and result fragments) and any console error. Each query
runs in a fresh page, so the figures are what a reader's first search costs.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import shutil
import threading
import urllib.parse


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def probe(site: str, queries: list[str], shown: int = 6) -> list[dict]:
    from playwright.sync_api import sync_playwright

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                            functools.partial(_Quiet, directory=site))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    out = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"])
            for query in queries:
                page = browser.new_page()
                sizes: dict[str, int] = {}
                errors: list[str] = []
                page.on("console", lambda m, e=errors: e.append(m.text) if m.type == "error"
                        else None)

                def done(request, sizes=sizes):
                    path = urllib.parse.urlparse(request.url).path.lstrip("/")
                    file = os.path.join(site, path)
                    if os.path.isfile(file):
                        sizes[path] = os.path.getsize(file)

                page.on("requestfinished", done)
                page.goto(base + "search/?q=" + urllib.parse.quote(query))
                page.wait_for_selector("#news-search[data-query]", timeout=30_000)
                results = page.eval_on_selector_all(
                    ".news-result a",
                    "els => els.map(e => [e.textContent, e.getAttribute('href')])")
                pagefind = {p: s for p, s in sizes.items() if p.startswith("pagefind/")}
                index = {p: s for p, s in pagefind.items()
                         if p.split("/")[1] in ("index", "fragment", "filter")
                         or p.endswith(".pf_meta")}
                out.append({"query": query, "results": results[:shown],
                            "pagefind_bytes": sum(pagefind.values()),
                            "index_bytes": sum(index.values()), "files": len(pagefind),
                            "errors": errors})
                page.close()
            browser.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site")
    parser.add_argument("queries", nargs="+")
    args = parser.parse_args()
    for r in probe(args.site, args.queries):
        print(f"== {r['query']}: {r['pagefind_bytes']:,} bytes of pagefind/ in {r['files']} "
              f"files, of which index, filters, metadata and fragments {r['index_bytes']:,}; "
              f"console errors: {r['errors'] or 'none'}")
        for title, href in r["results"]:
            print(f"   {title} <{href}>")


if __name__ == "__main__":
    main()
