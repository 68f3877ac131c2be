// The search page over Pagefind's index (written by `mkdocs build`, generator/plugin.py).
// pagefind.js and the index shards are fetched only when the reader searches. Actors, then
// sources, then events matching the query come first (their names and aliases are indexed
// with a filter `kind`), then every other page. Titles and excerpts come from articles: they
// are shown as text, never as HTML.
(function () {
  "use strict";
  var box = document.getElementById("news-search");
  var input = document.getElementById("news-search-input");
  var status = document.getElementById("news-search-status");
  if (!box || !input || box.dataset.bound) return;
  box.dataset.bound = "1";
  var bundle = new URL(box.dataset.bundle, document.baseURI);
  var KINDS = [["actor", "Actors", 8], ["source", "Sources", 5], ["event", "Events", 5]];
  var pagefind = null;
  function engine() {
    if (!pagefind) {
      pagefind = import(new URL("pagefind.js", bundle).href).then(function (pf) {
        return pf.options({baseUrl: new URL("../", bundle).pathname}).then(function () {
          return pf;
        });
      });
    }
    return pagefind;
  }
  function text(html) {
    return new DOMParser().parseFromString(html || "", "text/html").body.textContent;
  }
  function group(title, items) {
    if (!items.length) return;
    var h = document.createElement("h2");
    h.textContent = title;
    var ol = document.createElement("ol");
    ol.className = "news-results";
    items.forEach(function (d) {
      var li = document.createElement("li");
      li.className = "news-result";
      var a = document.createElement("a");
      a.href = d.url;
      a.textContent = (d.meta && d.meta.title) || d.url;
      var p = document.createElement("p");
      p.textContent = text(d.excerpt);
      li.appendChild(a);
      li.appendChild(p);
      ol.appendChild(li);
    });
    box.appendChild(h);
    box.appendChild(ol);
  }
  var latest = 0;
  function run(query) {
    var ticket = ++latest;
    if (!query.trim()) { box.textContent = ""; status.textContent = ""; return; }
    status.textContent = "Searching…";
    engine().then(function (pf) {
      var searches = KINDS.map(function (k) {
        return pf.search(query, {filters: {kind: k[0]}});
      });
      searches.push(pf.search(query));
      return Promise.all(searches).then(function (found) {
        var seen = {};
        var picked = found.map(function (r, i) {
          var limit = i < KINDS.length ? KINDS[i][2] : 20;
          var rest = (r && r.results ? r.results : []).filter(function (x) { return !seen[x.id]; });
          rest.forEach(function (x) { if (i < KINDS.length) seen[x.id] = true; });
          if (i === 0) {
            // Actors whose name or alias matches: the most mentioned first (Tony Blair before
            // Cherie Blair for "Blair"), among the 30 Pagefind ranks best.
            return Promise.all(rest.slice(0, 30).map(function (x) { return x.data(); }))
              .then(function (d) {
                return d.map(function (x, n) { return [x, n]; }).sort(function (a, b) {
                  var ma = Number((a[0].meta || {}).mentions) || 0;
                  var mb = Number((b[0].meta || {}).mentions) || 0;
                  return mb - ma || a[1] - b[1];
                }).slice(0, limit).map(function (p) { return p[0]; });
              });
          }
          return Promise.all(rest.slice(0, limit).map(function (x) { return x.data(); }));
        });
        return Promise.all(picked).then(function (data) {
          if (ticket !== latest) return;
          box.textContent = "";
          KINDS.forEach(function (k, i) { group(k[1], data[i]); });
          group("Articles and pages", data[KINDS.length]);
          var total = data.reduce(function (n, d) { return n + d.length; }, 0);
          status.textContent = total ? "" : "Nothing found.";
          box.dataset.query = query;
        });
      });
    }).catch(function () { status.textContent = "Search is not available here."; });
  }
  var form = document.getElementById("news-search-form");
  if (form) form.addEventListener("submit", function (e) { e.preventDefault(); run(input.value); });
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); }, 200);
  });
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) { input.value = q; run(q); }
})();
