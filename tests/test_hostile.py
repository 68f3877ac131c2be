"""Hostile input cannot reach the reader: build the real site, open every page in Chromium.

Every payload tries to set ``window.__pwned`` (or open a dialog); the test loads each built HTML
page over HTTP and checks that nothing ran, that no injected element exists, that the page
``<title>`` holds no markup, and that the hostile text is shown as text.
"""

from __future__ import annotations

import functools
import http.server
import threading

import pytest
from sitekit import article, html_pages, is_inside, mkdocs_build, site_config, write_files

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.model]

SET = "window.__pwned=1"
TITLE = (f"Minister </title><script>{SET}</script> &lt/title&gt&lt;script&gt; Resigns "
         "{{ 7*7 }} {% raw %} [x](javascript:alert(1)) <img src=x onerror=alert(1)>")
BODY = f"""Dr <b>Evil</b> said on Monday that <script>{SET}</script> the plan was ready.

<div onclick="{SET}">a raw HTML block</div>

<script>
{SET}
</script>

Prime Minister Boris Johnson told Reuters that [click me](javascript:{SET}) was a trap, and
so were ![pic](x) and <img src=x onerror="{SET}"> and <svg onload="{SET}"></svg>.

A [data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==), an autolink
<javascript:{SET}>, a reference [ref][1] and <a href="javascript:{SET}">a raw anchor</a>.

[1]: javascript:{SET}

Jinja in the text: {{{{ 7*7 }}}} {{% include "base.html" %}} {{# comment #}} and a snippet:

--8<-- "/etc/passwd"

;--8<-- "mkdocs.yml"

An attribute list {{: onclick="{SET}" }} and a heading id {{#evil}} and {{ .cls }}.

```html
<script>{SET}</script>
```

~~~
<script>{SET}</script>
~~~

!!! danger "<img src=x onerror={SET}>"
    admonition

# Not a heading <script>{SET}</script>

<!-- a comment --> &lt;script&gt;{SET}&lt;/script&gt; &#60;script&#62;

Angela Merkel met Emmanuel Macron in Paris, the White House said on Tuesday.
"""

HOSTILE_ARTICLES = {
    "hostile.md": article(
        TITLE, BODY, date="2024-03-01",
        publisher=f'<img src=x onerror="{SET}"> Daily',
        url=f"javascript:{SET}",
        author=f"[Evil](javascript:{SET}) <script>{SET}</script>",
        tags=["<b>bold</b>", f"[t](javascript:{SET})", "{{ config }}", "--8<-- x"],
    ),
    "data-url.md": article(
        '"><svg onload=alert(1)> Second "quoted" title', "Jack Ma visited Hangzhou on Friday.",
        url="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        publisher="{% if true %}jinja{% endif %}", author="&lt;script&gt;alert(1)&lt;/script&gt;",
    ),
    "quote-url.md": article(
        "A page with a tricky URL", "Jensen Huang spoke in Taipei on Monday.",
        url=f'https://example.com/"><script>{SET}</script>?a=1&b=(2)',
    ),
    f'<img src=x onerror="{SET}">.md': article(
        "A file named like markup", "Liang Wenfeng said the model was ready, Reuters reported."),
    "headline.txt": f"<script>{SET}</script> Headline from a .txt file\n\n"
                    f"Xi Jinping met Li Qiang in Beijing. <img src=x onerror={SET}>\n",
    "broken.md": f"---\ntitle: <script>{SET}</script>\ndate: [\n---\nBroken <script>{SET}"
                 "</script> article.\n",
}

CURATION = f"""rename:
  Angela Merkel: "Angela <script>{SET}</script> Merkel"
  Emmanuel Macron: "Emmanuel [Macron](javascript:{SET})"
types:
  Dr Evil: person
drop:
  - "<b>nobody</b>"
"""

CHECK_PAGE = """() => {
  const bad = [];
  if (window.__pwned !== undefined) bad.push('window.__pwned = ' + window.__pwned);
  for (const sel of ['img[src="x"]', 'img[src^="javascript"]', 'a[href^="javascript:" i]',
                     'a[href^="data:" i]', 'a[href^="vbscript:" i]', 'iframe', 'object', 'embed',
                     'svg[onload]', 'div[onclick]', 'base', 'meta[http-equiv]']) {
    const n = document.querySelectorAll(sel).length;
    if (n) bad.push(sel + ' x' + n);
  }
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (a.name.startsWith('on')) bad.push('<' + el.tagName + ' ' + a.name + '>');
      if (/^\\s*(javascript|data|vbscript):/i.test(a.value) &&
          ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name))
        bad.push('<' + el.tagName + ' ' + a.name + '=' + a.value + '>');
    }
  }
  for (const s of document.querySelectorAll('script')) {
    if ((s.textContent || '').includes('__pwned')) bad.push('script holding __pwned');
  }
  return bad;
}"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    content = write_files(tmp / "content", {**HOSTILE_ARTICLES, "curation.yml": CURATION})
    config = site_config(tmp, content)
    run = mkdocs_build(config, strict=False, site=tmp / "site")
    assert run.returncode == 0, run.output
    return tmp / "site", run.output


@pytest.fixture(scope="module")
def server(hostile_site):
    site, _ = hostile_site
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output clean
        pass


def test_every_page_path_stays_inside_the_site(hostile_site):
    site, _ = hostile_site
    root = site.resolve()
    for path in site.rglob("*"):
        assert root in path.resolve().parents
        rel = path.relative_to(site).as_posix()
        assert is_inside(rel) and "<" not in rel and '"' not in rel, rel
    assert (site / "articles" / "hostile" / "index.html").is_file()


def test_the_broken_hostile_article_is_reported_not_built(hostile_site):
    site, output = hostile_site
    assert "skipped content/broken.md:3" in output
    assert not (site / "articles" / "broken").exists()


def test_no_injected_script_runs_and_no_injected_element_exists(hostile_site, server, browser):
    site, _ = hostile_site
    pages = html_pages(site)
    assert len(pages) > 10
    context = browser.new_context(java_script_enabled=True)
    # Nothing may leave the machine: every request that is not to the local server fails.
    context.route("**/*", lambda route: route.continue_()
                  if route.request.url.startswith(server) else route.abort())
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(f"{page.url}: {d.message}"), d.dismiss()))
    failures = {}
    for path in pages:
        rel = path.relative_to(site).as_posix()
        page.goto(f"{server}/{rel}", wait_until="load")
        page.wait_for_timeout(30)  # let onload/onerror handlers fire
        bad = page.evaluate(CHECK_PAGE)
        title = page.title()
        if "<" in title or ">" in title:
            bad.append(f"<title> holds markup: {title!r}")
        if bad:
            failures[rel] = bad
    context.close()
    assert not dialogs, dialogs
    assert not failures, failures


def test_hostile_text_is_shown_as_text(hostile_site, server, browser):
    page = browser.new_page()
    page.goto(f"{server}/articles/hostile/", wait_until="load")
    text = page.inner_text("article")
    for visible in ["Dr <b>Evil</b>", f"<script>{SET}</script>", f"[click me](javascript:{SET})",
                    "{{ 7*7 }}", '--8<-- "/etc/passwd"', f'{{: onclick="{SET}" }}',
                    "<img src=x onerror=", "![pic](x)", "# Not a heading",
                    "&lt;script&gt;", "&#60;script&#62;", '<img src=x onerror="window.__pwned=1">'
                    " Daily", "[t](javascript:"]:
        assert visible in text, visible
    heading = page.inner_text("h1")
    assert "Minister" in heading and "Resigns" in heading
    assert "script" in page.title() and "<" not in page.title()
    page.goto(f"{server}/articles/", wait_until="load")
    listing = page.inner_text("article")
    assert "Headline from a .txt file" in listing and "Second" in listing
    page.close()


def test_search_results_do_not_run_hostile_titles(hostile_site, server, browser):
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}/search/", wait_until="load")
    page.set_default_timeout(10_000)
    page.click("#news-search-input")
    page.keyboard.type("Minister")
    page.wait_for_selector(".news-result")  # results for the hostile titles
    page.wait_for_timeout(300)
    assert page.locator(".news-result").count() > 0
    assert page.evaluate(CHECK_PAGE) == []
    assert not dialogs
    page.close()


def test_the_checks_see_an_injection_when_there_is_one(browser):
    """A control: the same checks on a page that does hold the payloads report them."""
    page = browser.new_page()
    page.set_content(f'<title>x <b></title><img src=x onerror="{SET}">'
                     f'<a href="javascript:{SET}">a</a><a href="data:text/html,x">d</a>')
    page.wait_for_timeout(100)
    bad = page.evaluate(CHECK_PAGE)
    page.close()
    assert any("__pwned" in b for b in bad)
    assert any("javascript" in b for b in bad) and any("data" in b for b in bad)
    assert any("img" in b for b in bad)
