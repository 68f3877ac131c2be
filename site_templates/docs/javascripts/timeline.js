// The timeline page: lists timeline.json (dated events, oldest first), filtered by actor.
// Summaries and names come from articles: they are printed with textContent, never as HTML.
(function () {
  "use strict";
  var list = document.getElementById("news-timeline");
  var select = document.getElementById("news-timeline-actor");
  if (!list || list.dataset.drawn) return;
  list.dataset.drawn = "1";
  var src = new URL(list.dataset.src, document.baseURI);
  var root = new URL("./", src);
  fetch(src).then(function (r) { return r.json(); }).then(function (data) {
    data.actors.forEach(function (a, i) {
      var o = document.createElement("option");
      o.value = String(i); o.textContent = a.name;
      select.appendChild(o);
    });
    function draw() {
      var actor = select.value === "" ? null : Number(select.value);
      list.textContent = "";
      data.events.forEach(function (e) {
        if (actor !== null && e.actors.indexOf(actor) < 0) return;
        var li = document.createElement("li");
        var time = document.createElement("time");
        time.textContent = e.date; time.dateTime = e.date;
        var a = document.createElement("a");
        a.href = new URL(e.url, root).href; a.textContent = e.summary;
        li.appendChild(time); li.appendChild(document.createTextNode(" — ")); li.appendChild(a);
        list.appendChild(li);
      });
      list.dataset.shown = String(list.children.length);
    }
    select.addEventListener("change", draw);
    draw();
  });
})();
