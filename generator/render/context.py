"""What every page renderer shares: the settings, the Jinja2 environment and the site index.

The templates live in ``site_templates/`` (one per page kind, partials prefixed ``_``). The
environment is strict (an undefined name is an error), keeps the templates' whitespace rules
(``trim_blocks``, ``lstrip_blocks``, ``keep_trailing_newline``) and escapes every printed value
unless it is ``MD``. A page is its front matter (its title, and Material's search exclusion
when ``urls`` keeps it out of search and the settings do not ask for it) and its template's
Markdown, tidied.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2

from .. import urls
from .memo import InputMemo
from .site import SiteIndex
from .text import MD, finalize, front_matter, heading, tidy

TEMPLATES_DIR = Path(__file__).resolve().parent.parent.parent / "site_templates"


@dataclass(frozen=True)
class RenderSettings:
    """How pages are rendered (the plugin's and the command line's options map to these)."""

    # Actor, event and source pages and the parts of split listings are searchable too.
    search_entity_pages: bool = False
    # A listing longer than this is split into part pages reached from its index page.
    max_index_rows: int = 500


def make_environment(templates: Path | str | None = None) -> jinja2.Environment:
    """The Jinja2 environment of the templates in ``templates`` (default: the built-in ones).

    The environment of the last render is reused while no template file changed (name, size,
    modification time): a ``mkdocs serve`` rebuild does not compile the templates again, and
    an edited template is picked up at the next render."""
    folder = Path(templates) if templates else TEMPLATES_DIR
    key = (str(folder), _stamps(folder))
    if _LAST_ENVIRONMENT and _LAST_ENVIRONMENT[0] == key:
        return _LAST_ENVIRONMENT[1]
    env = _environment(folder)
    env.globals["_templates_key"] = key  # what memoised pages were rendered with
    _LAST_ENVIRONMENT[:] = [key, env]
    return env


_LAST_ENVIRONMENT: list = []  # [key, environment] of the last render


def _stamps(folder: Path) -> tuple:
    """The template files of ``folder`` as (name, size, modification time)."""
    try:
        entries = sorted(folder.rglob("*"))
    except OSError:
        return ()
    out = []
    for path in entries:
        try:
            st = path.stat()
        except OSError:
            continue
        out.append((str(path), st.st_size, st.st_mtime_ns))
    return tuple(out)


def counted(n: int, noun: str) -> str:
    """``33 events``, ``1 event``: a number with the plural ``noun`` it counts (bare when
    ``noun`` is "")."""
    if not noun:
        return str(n)
    return f"{n} {noun[:-1] if n == 1 and noun.endswith('s') else noun}"


def _environment(folder: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        auto_reload=False,  # make_environment checks the files once per render, not per page
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # Markdown, not HTML: escaping is done by finalize
        finalize=finalize,
    )
    env.filters["heading"] = heading
    env.filters["counted"] = counted
    # A macro's output is Markdown that the macro printed value by value, each one escaped
    # already (``{{ lists.mentions(actor) | assembled }}``): not escaped a second time.
    env.filters["assembled"] = MD
    return env


@dataclass(frozen=True)
class RenderContext:
    """The site index, the templates and the settings a page is rendered with."""

    site: SiteIndex
    env: jinja2.Environment
    settings: RenderSettings
    # Listing parts rendered from the same rows as at the last render are reused (serve).
    parts: InputMemo | None = None

    def page(self, path: str, title: str, template: str, *, page_tags: tuple[str, ...] = (),
             **context: object) -> str:
        """The Markdown of the page at ``path``: front matter (with ``page_tags``), then
        ``template`` rendered."""
        exclude = not self.settings.search_entity_pages and urls.excluded_from_search(path)
        markdown = self.env.get_template(template).render(**context)
        return front_matter(title, exclude_from_search=exclude, tags=page_tags) + tidy(markdown)

    def part_page(self, path: str, title: str, template: str, **context: object) -> str:
        """``page`` for a part of a split listing: reused when its title, template and
        context equal the last render's (``parts``)."""
        if self.parts is None:
            return self.page(path, title, template, **context)
        return self.parts.page(path, (title, template, context),
                               lambda: self.page(path, title, template, **context))
