// The search page: Pagefind's UI over the index `mkdocs build` wrote (generator/plugin.py).
// The index is fetched in shards, only when the reader types.
(function () {
  "use strict";
  var box = document.getElementById("news-search");
  if (!box || box.dataset.ready || !window.PagefindUI) return;
  box.dataset.ready = "1";
  var ui = new PagefindUI({element: "#news-search", bundlePath: box.dataset.bundle,
                           showSubResults: false, showImages: false, resetStyles: false,
                           ranking: {termFrequency: 0.6, pageLength: 0.9}});
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) ui.triggerSearch(q);
})();
