// The network view: organisations linked by shared projects, laid out by a small force
// simulation in SVG. No library and no CDN; the ranked list beside it works without JS.
(function () {
  "use strict";
  var svg = document.getElementById("network");
  if (!svg || !window.fetch) { return; }
  var NS = "http://www.w3.org/2000/svg", W = 800, H = 600;

  function node(tag, attrs) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function layout(nodes, edges) {
    // Deterministic start on a circle, so the same data draws the same picture.
    nodes.forEach(function (n, i) {
      var a = 2 * Math.PI * i / Math.max(1, nodes.length);
      n.x = W / 2 + 220 * Math.cos(a); n.y = H / 2 + 200 * Math.sin(a); n.vx = 0; n.vy = 0;
    });
    var byId = {}; nodes.forEach(function (n) { byId[n.id] = n; });
    var links = edges.map(function (e) { return { s: byId[e.source], t: byId[e.target], w: e.weight }; })
      .filter(function (l) { return l.s && l.t; });
    for (var step = 0; step < 300; step++) {
      var cool = 1 - step / 300;
      for (var i = 0; i < nodes.length; i++) {
        for (var j = i + 1; j < nodes.length; j++) {
          var a = nodes[i], b = nodes[j], dx = a.x - b.x, dy = a.y - b.y;
          var d2 = dx * dx + dy * dy + 0.01, f = 900 / d2;
          a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
        }
      }
      links.forEach(function (l) {
        var dx = l.t.x - l.s.x, dy = l.t.y - l.s.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
        var f = (d - 60) * 0.02 * Math.min(3, l.w);
        l.s.vx += dx / d * f; l.s.vy += dy / d * f; l.t.vx -= dx / d * f; l.t.vy -= dy / d * f;
      });
      nodes.forEach(function (n) {
        n.vx += (W / 2 - n.x) * 0.005; n.vy += (H / 2 - n.y) * 0.005;
        n.x = Math.max(20, Math.min(W - 20, n.x + Math.max(-20, Math.min(20, n.vx)) * cool));
        n.y = Math.max(20, Math.min(H - 20, n.y + Math.max(-20, Math.min(20, n.vy)) * cool));
        n.vx *= 0.5; n.vy *= 0.5;
      });
    }
    return links;
  }
  function draw(data) {
    var links = layout(data.nodes, data.edges);
    var g = node("g", { "class": "edges" });
    links.forEach(function (l) {
      g.appendChild(node("line", { x1: l.s.x, y1: l.s.y, x2: l.t.x, y2: l.t.y,
                                   "stroke-width": Math.min(6, l.w) }));
    });
    svg.appendChild(g);
    var top = data.nodes.slice().sort(function (a, b) { return b.degree - a.degree; }).slice(0, 12)
      .map(function (n) { return n.id; });
    data.nodes.forEach(function (n) {
      var a = node("a", { href: "/entities/" + n.id, "class": "node" });
      var title = node("title", {}); title.textContent = n.name + " (" + n.projects + ")";
      a.appendChild(title);
      a.appendChild(node("circle", { cx: n.x, cy: n.y, r: 4 + 2 * Math.sqrt(n.projects) }));
      if (top.indexOf(n.id) >= 0) {
        var label = node("text", { x: n.x + 8, y: n.y + 4 });
        label.textContent = n.name.length > 28 ? n.name.slice(0, 27) + "…" : n.name;
        a.appendChild(label);
      }
      svg.appendChild(a);
    });
    svg.setAttribute("data-drawn", String(data.nodes.length));
  }
  fetch(svg.getAttribute("data-src"), { headers: { Accept: "application/json" } })
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(draw)
    .catch(function () { svg.setAttribute("data-drawn", "error"); });
})();
