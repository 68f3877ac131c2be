"""Screenshots of the main pages of a built site, on desktop and phone widths.

``python -m quality.screenshots --site site --out docs/screenshots`` serves the built site on
a local port, opens the home page, an actor page and an article page (with ``--events``, the
events index and an event page too) in chromium (through Playwright) at 1280 and 390 pixels
wide, writes ``<page>-<width>.png`` (the full page) into
``--out`` and prints each page's height. Nothing is fetched from the network.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import shutil
import threading
from pathlib import Path

WIDTHS = {"desktop": (1280, 800), "phone": (390, 844)}
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def biggest_page(site: Path, folder: str) -> str:
    """The page of ``folder`` with the most HTML (the actor with the most to show)."""
    pages = [p for p in (site / folder).glob("*/index.html") if p.parent.name != "index"]
    if not pages:
        raise SystemExit(f"no pages in {site / folder}")
    return max(pages, key=lambda p: (p.stat().st_size, p.parent.name)).parent.name


def shoot(site: Path, out: Path, pages: dict[str, str], *, scheme: str = "light"
          ) -> dict[str, int]:
    """Screenshot each {name: path under the site} at every width; return the heights."""
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_Quiet, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    server = f"http://127.0.0.1:{httpd.server_address[1]}"
    heights: dict[str, int] = {}
    out.mkdir(parents=True, exist_ok=True)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"),
                                        args=LAUNCH_ARGS)
            for width_name, (width, height) in WIDTHS.items():
                context = browser.new_context(viewport={"width": width, "height": height},
                                              color_scheme=scheme)
                context.route("**/*", lambda route: route.continue_()
                              if route.request.url.startswith(server) else route.abort())
                page = context.new_page()
                for name, path in pages.items():
                    page.goto(f"{server}/{path}", wait_until="load")
                    page.wait_for_timeout(200)
                    key = f"{name}-{width_name}"
                    heights[key] = page.evaluate("document.documentElement.scrollHeight")
                    page.screenshot(path=str(out / f"{key}.png"), full_page=True)
                context.close()
            browser.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
    return heights


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=Path("site"))
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--actor", help="the actor's slug (default: the biggest actor page)")
    parser.add_argument("--article", help="the article's slug (default: the biggest one)")
    parser.add_argument("--events", action="store_true",
                        help="also the events index and an event page")
    parser.add_argument("--event", help="the event's slug (default: the biggest event page)")
    parser.add_argument("--dark", action="store_true", help="the dark colour scheme")
    args = parser.parse_args(argv)
    pages = {
        "home": "index.html",
        "actor": f"actors/{args.actor or biggest_page(args.site, 'actors')}/",
        "article": f"articles/{args.article or biggest_page(args.site, 'articles')}/",
    }
    if args.events or args.event:
        pages["events"] = "events/"
        pages["event"] = f"events/{args.event or biggest_page(args.site, 'events')}/"
    heights = shoot(args.site, args.out, pages, scheme="dark" if args.dark else "light")
    for key, px in heights.items():
        print(f"{key}: {px} px")


if __name__ == "__main__":
    main()
