// The graph page: draws graph.json with vis-network (vendored into the site at build time).
// Names come from articles: they are data, shown as text by vis-network (no HTML labels).
// Positions come with the data (laid out at build time, render/graph_layout.py): physics stays
// off, so the browser draws once. box.dataset.drawMs says how long drawing took.
(function () {
  "use strict";
  var box = document.getElementById("news-graph");
  if (!box || box.dataset.drawn) return;
  box.dataset.drawn = "1";
  var COLORS = {person: "#3f51b5", organization: "#009688", place: "#8bc34a",
                event: "#ff9800", thing: "#9c27b0", group: "#e91e63"};
  function load(src) {
    return new Promise(function (resolve, reject) {
      if (window.vis) return resolve();
      var s = document.createElement("script");
      s.src = src; s.onload = resolve; s.onerror = reject;
      document.head.appendChild(s);
    });
  }
  Promise.all([load(box.dataset.library), fetch(box.dataset.src).then(function (r) { return r.json(); })])
    .then(function (parts) {
      var data = parts[1];
      var placed = data.nodes.length > 0 && data.nodes[0].x !== undefined;
      // A node's size (and its label's) grows with its links; a label too small to read at
      // the current zoom is not drawn, so the whole graph shows its hubs by name and zooming
      // in names the rest. Events are squares with the label under them: drawn as boxes
      // around their summaries, 600 of them covered the graph in orange.
      var degree = {};
      data.edges.forEach(function (e) {
        degree[e.from] = (degree[e.from] || 0) + 1; degree[e.to] = (degree[e.to] || 0) + 1;
      });
      // vis-network draws the nodes in their order, each with its label: the biggest go last,
      // so that no small node is drawn over a hub's name; a white halo keeps a label
      // readable over the edges and nodes under it.
      function value(n) { return n.kind === "more" ? 10 : 1 + (degree[n.id] || 0); }
      var ordered = data.nodes.slice().sort(function (a, b) { return value(a) - value(b); });
      var nodes = new vis.DataSet(ordered.map(function (n) {
        var more = n.kind === "more";
        return {id: n.id, label: n.label.length > 40 ? n.label.slice(0, 39) + "…" : n.label,
                title: n.label, ntype: n.type, url: n.url, x: n.x, y: n.y,
                value: value(n),
                shape: more ? "diamond" : n.kind === "event" ? "square" : "dot",
                color: more ? "#9e9e9e" : COLORS[n.type] || "#607d8b"};
      }));
      var edges = new vis.DataSet(data.edges);
      var hidden = {};
      var view = new vis.DataView(nodes, {filter: function (n) { return !hidden[n.ntype]; }});
      var start = performance.now();
      var network = new vis.Network(box, {nodes: view, edges: edges}, {
        physics: placed ? false : {stabilization: {iterations: 120}, barnesHut: {gravitationalConstant: -3000}},
        layout: {improvedLayout: false},
        edges: {smooth: false},
        interaction: {hover: true, tooltipDelay: 150, hideEdgesOnDrag: placed},
        nodes: {size: 12, font: {size: 14, strokeWidth: 3, strokeColor: "#ffffff"},
                scaling: {min: 6, max: 30,
                          label: {enabled: true, min: 12, max: 32, drawThreshold: 9, maxVisible: 28}}}
      });
      function drawn() {
        network.once("afterDrawing", function () {
          box.dataset.drawMs = String(Math.round(performance.now() - start));
        });
        network.redraw();
      }
      if (placed) drawn();
      else network.once("stabilizationIterationsDone", function () { network.setOptions({physics: false}); drawn(); });
      network.on("click", function (e) {
        if (!e.nodes.length) return;
        var n = nodes.get(e.nodes[0]);
        var root = new URL("./", new URL(box.dataset.src, document.baseURI));
        window.location.href = new URL(n.url, root).href;
      });
      var types = {};
      data.nodes.forEach(function (n) { types[n.type] = (types[n.type] || 0) + 1; });
      var filters = document.getElementById("news-graph-filters");
      Object.keys(types).sort().forEach(function (t) {
        var label = document.createElement("label");
        var box2 = document.createElement("input");
        box2.type = "checkbox"; box2.checked = true; box2.value = t;
        box2.addEventListener("change", function () { hidden[t] = !box2.checked; view.refresh(); });
        var swatch = document.createElement("span");
        swatch.className = "news-swatch"; swatch.style.background = COLORS[t] || "#607d8b";
        label.appendChild(box2); label.appendChild(swatch);
        label.appendChild(document.createTextNode(t + " (" + types[t] + ")"));
        filters.appendChild(label);
      });
      box.dataset.ready = String(data.nodes.length);
      window.newsGraph = network;
    });
})();
