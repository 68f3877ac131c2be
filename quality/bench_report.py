"""The benchmark's report: ratios against the baselines of the same run, against the targets,
as a table (``python -m generator bench``)."""

from __future__ import annotations

TARGETS = {"annotation_overhead": 1.10, "warm_rebuild": 0.05, "render_overhead": 1.15,
           "serve_new_article": 2.0}
PEAK_MEMORY_LIMIT_MB = 2048


def serve_rows(r: dict) -> list[tuple[str, str, str]]:
    """The serve stage's rows of the table."""
    q, sv = r["ratios"], r["serve"]
    ok = "yes" if q["serve_new_article"] <= TARGETS["serve_new_article"] else "**no**"
    new = sv["new"]
    return [
        ("**Serve: one new article** (rebuild / rebuild with nothing changed)",
         f"{q['serve_new_article']:.2f} ({new['seconds']:.2f} s / {sv['warm']['seconds']:.2f} s)",
         f"≤ {TARGETS['serve_new_article']}: {ok}"),
        ("Serve: new article's page served / its search index ready (s)",
         f"{new['seconds']:.2f} / {new.get('search_ready_seconds', float('nan')):.2f}", ""),
        ("Serve: pages rendered by MkDocs / kept (first; nothing changed; new article)",
         "; ".join(f"{sv[k]['rendered']} / {sv[k]['kept']}" for k in ("first", "warm", "new")),
         ""),
        ("Serve: first build; new-article stages (s)",
         f"{sv['first']['seconds']:.1f}; " + ", ".join(
             f"{k} {v:.2f}" for k, v in new["timings"].items()), ""),
    ]


def ratios(r: dict) -> dict:
    """The figures compared with targets, each against a baseline of the same run."""
    sc = r["scaling"]
    return {
        "annotation_overhead": annotation_overhead(r),
        "warm_rebuild": r["warm"]["seconds"] / r["cold"]["seconds"],
        "one_new_article": r["new"]["seconds"] / r["warm"]["seconds"],
        "render_overhead": r["mkdocs_plugin"]["seconds"] / r["mkdocs_plain"]["seconds"],
        "serve_new_article": r["serve"]["new"]["seconds"] / r["serve"]["warm"]["seconds"],
        "merge_scaling_2x": sc["full"]["merge"] / max(sc["half"]["merge"], 1e-9),
        "related_scaling_2x": sc["full"]["related"] / max(sc["half"]["related"], 1e-9),
        "render_scaling_2x": sc["full"]["render"] / max(sc["half"]["render"], 1e-9),
    }


def annotation_overhead(r: dict) -> float:
    """Cold annotation (model load included) against plain spaCy (``spacy.load`` included)."""
    return r["cold"]["timings"]["annotate"] / r["baseline"]["seconds"]


def annotation_table(r: dict) -> str:
    """The figures of ``--annotation-only``: plain spaCy against the generator's annotation."""
    q, b, c = r["ratios"], r["baseline"], r["cold"]
    ann = c["timings"]["annotate"]
    ok = "yes" if q["annotation_overhead"] <= TARGETS["annotation_overhead"] else "**no**"
    rows = [
        ("Articles read / annotated (cold)", f"{c['articles']} / {c['annotated']} "
         f"({r['files']} files; duplicates skipped)", ""),
        ("**Annotation overhead** (cold annotate / plain `nlp.pipe`, model load included)",
         f"{q['annotation_overhead']:.3f} ({ann:.1f} s / {b['seconds']:.1f} s)",
         f"≤ {TARGETS['annotation_overhead']}: {ok}"),
        ("Runs: plain `nlp.pipe` / cold annotate (s)",
         f"{' '.join(f'{x:.1f}' for x in r['baseline_runs'])} / "
         f"{' '.join(f'{x:.1f}' for x in r['cold_annotate_runs'])}", "fastest kept"),
        ("Plain spaCy: model load (s); articles/s, tokens/s",
         f"{b['load_seconds']:.1f}; {b['texts'] / b['seconds']:.1f}, "
         f"{b['tokens'] / b['seconds']:,.0f}", ""),
        ("Generator cold annotation: articles/s, tokens/s",
         f"{c['annotated'] / ann:.1f}, {c['tokens'] / ann:,.0f}", ""),
        ("Cold build stages (s)", ", ".join(f"{k} {v:.2f}" for k, v in c["timings"].items()),
         ""),
        ("Workers (both sides)", str(r["n_process"]), ""),
    ]
    for label, x in (("baseline (plain spaCy)", b), ("cold build", c)):
        rows.append((f"Peak RSS: {label} (process + workers)",
                     f"{x['rss_mb']:,.0f} MB + {x['workers_rss_mb']:,.0f} MB", ""))
    lines = ["| Figure | Value | Target |", "|---|---|---|"]
    lines += [f"| {a} | {v} | {t} |" for a, v, t in rows]
    return "\n".join(lines)


def estimate_100k(r: dict, n_target: int = 100_000) -> str:
    """Scale the full-N figures linearly (merge and render measured near-linear N/2 -> N):
    an estimate, stated as one."""
    c, sc = r["cold"], r["scaling"]
    f = n_target / max(c["articles"], 1)
    annotate = c["timings"]["annotate"] * n_target / max(c["annotated"], 1)
    return (f"annotate {annotate / 3600:.1f} h on {r['n_process']} processes, merge "
            f"{sc['full']['merge'] * f:.0f} s, render {sc['full']['render'] * f:.0f} s, "
            f"{c['pages'] * f:,.0f} pages")


def _mb(n: float) -> str:
    return f"{n / 1e6:,.2f} MB" if n >= 1e5 else f"{n / 1e3:,.1f} kB"


def table(r: dict) -> str:
    """The figures as a Markdown table."""
    if "cold" not in r:  # --only serve
        lines = ["| Figure | Value | Target |", "|---|---|---|"]
        return "\n".join(lines + [f"| {a} | {v} | {t} |" for a, v, t in serve_rows(r)])
    q, b, c, w, n = r["ratios"], r["baseline"], r["cold"], r["warm"], r["new"]
    site, sc = r["site"], r["scaling"]
    ok = lambda k: "yes" if q[k] <= TARGETS[k] else "**no**"  # noqa: E731
    peak = max(x["rss_mb"] + x["workers_rss_mb"] for x in
               (b, c, w, n, r["mkdocs_plain"], r["mkdocs_plugin"]))
    ann = c["timings"]["annotate"]
    rows = [
        ("Articles read / annotated (cold)", f"{c['articles']} / {c['annotated']} "
         f"({r['files']} files; duplicates skipped)", ""),
        ("**Annotation overhead** (cold annotate / plain `nlp.pipe`)",
         f"{q['annotation_overhead']:.3f} ({ann:.1f} s / {b['seconds']:.1f} s)",
         f"≤ {TARGETS['annotation_overhead']}: {ok('annotation_overhead')}"),
        ("**Warm rebuild** (warm build / cold build)",
         f"{q['warm_rebuild']:.4f} ({w['seconds']:.2f} s / {c['seconds']:.1f} s)",
         f"≤ {TARGETS['warm_rebuild']}: {ok('warm_rebuild')}"),
        ("Warm build loaded the model / imported spaCy",
         f"{w['model_loaded']} / {w['spacy_imported']}", "both False"),
        ("**One new article** (rebuild / warm rebuild)",
         f"{q['one_new_article']:.2f} ({n['seconds']:.2f} s / {w['seconds']:.2f} s); "
         f"annotated {n['annotated']}", "annotated 1"),
        ("**Render overhead** (`mkdocs build` plugin / plain)",
         f"{q['render_overhead']:.3f} ({r['mkdocs_plugin']['seconds']:.1f} s / "
         f"{r['mkdocs_plain']['seconds']:.1f} s)",
         f"≤ {TARGETS['render_overhead']}: {ok('render_overhead')}"),
        *serve_rows(r),
        ("Runs: plain `nlp.pipe` / cold annotate (s)",
         f"{' '.join(f'{x:.1f}' for x in r['baseline_runs'])} / "
         f"{' '.join(f'{x:.1f}' for x in r['cold_annotate_runs'])}", "fastest kept"),
        ("Plain spaCy: articles/s, tokens/s",
         f"{b['texts'] / b['seconds']:.1f}, {b['tokens'] / b['seconds']:,.0f}", ""),
        ("Generator cold annotation: articles/s, tokens/s",
         f"{c['annotated'] / ann:.1f}, {c['tokens'] / ann:,.0f}", ""),
        ("Cold build stages (s)", ", ".join(f"{k} {v:.2f}" for k, v in c["timings"].items()),
         ""),
        ("Warm build stages (s)", ", ".join(f"{k} {v:.2f}" for k, v in w["timings"].items()),
         ""),
        ("Pages (cold: written; warm: rewritten; new: rewritten)",
         f"{c['pages']}: {c['pages_written']}; {w['pages_written']}; {n['pages_written']}", ""),
        ("Actors, events, sources, claims",
         f"{c['actors']}, {c['events']}, {c['sources']}, {c['claims']}", ""),
        ("Largest Markdown page", f"{c['largest_markdown'][0]} ({_mb(c['largest_markdown'][1])})",
         ""),
        ("Site on disk (plugin build), HTML pages",
         f"{_mb(site['site_bytes'])}, {site['html_pages']}", ""),
        ("Largest HTML page", f"{site['largest_page'][0]} ({_mb(site['largest_page'][1])})", ""),
        ("Search index (raw / gzipped)",
         f"{_mb(site['search_index_bytes'])} / {_mb(site['search_index_gzip_bytes'])}", ""),
        ("Merge N/2 → N (s; ratio, ~2 is linear)",
         f"{sc['half']['merge']:.2f} → {sc['full']['merge']:.2f} "
         f"({q['merge_scaling_2x']:.2f}); mentions {sc['half']['mentions']} → "
         f"{sc['full']['mentions']}", "≈ 2"),
        ("Related-actor counting N/2 → N (s; ratio)",
         f"{sc['half']['related']:.2f} → {sc['full']['related']:.2f} "
         f"({q['related_scaling_2x']:.2f})", "≈ 2"),
        ("Render N/2 → N (s; ratio)",
         f"{sc['half']['render']:.2f} → {sc['full']['render']:.2f} "
         f"({q['render_scaling_2x']:.2f})", "≈ 2"),
        ("**Estimate** for 100,000 articles (linear from N; not measured)", estimate_100k(r),
         "estimate"),
    ]
    for label, key in (("baseline (plain spaCy)", "baseline"), ("cold build", "cold"),
                       ("warm build", "warm"), ("new-article build", "new"),
                       ("merge/render scaling", "scaling"),
                       ("mkdocs build, plain", "mkdocs_plain"),
                       ("mkdocs build, plugin", "mkdocs_plugin")):
        x = r[key]
        rows.append((f"Peak RSS: {label} (process + workers)",
                     f"{x['rss_mb']:,.0f} MB + {x['workers_rss_mb']:,.0f} MB", ""))
    fits = "yes" if peak < PEAK_MEMORY_LIMIT_MB else "**no**"
    rows.append(("Peak RSS of any stage", f"{peak:,.0f} MB",
                 f"< {PEAK_MEMORY_LIMIT_MB} MB: {fits}"))
    lines = ["| Figure | Value | Target |", "|---|---|---|"]
    lines += [f"| {a} | {v} | {t} |" for a, v, t in rows]
    return "\n".join(lines)
