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
    // Fruchterman-Reingold: repulsion k^2/d between all nodes, attraction d^2/k along
    // links, moves capped by a cooling temperature; deterministic start on a circle.
    var n = Math.max(1, nodes.length), k = 0.5 * Math.sqrt(W * H / n);
    nodes.forEach(function (nd, i) {
      var a = 2 * Math.PI * i / n;
      nd.x = W / 2 + 200 * Math.cos(a); nd.y = H / 2 + 200 * Math.sin(a);
    });
    var byId = {}; nodes.forEach(function (nd) { byId[nd.id] = nd; });
    var links = edges.map(function (e) { return { s: byId[e.source], t: byId[e.target], w: e.weight }; })
      .filter(function (l) { return l.s && l.t; });
    var temp = W / 8, steps = 250;
    for (var step = 0; step < steps; step++) {
      nodes.forEach(function (nd) { nd.dx = 0; nd.dy = 0; });
      for (var i = 0; i < nodes.length; i++) {
        for (var j = i + 1; j < nodes.length; j++) {
          var a = nodes[i], b = nodes[j], dx = a.x - b.x, dy = a.y - b.y;
          var d = Math.sqrt(dx * dx + dy * dy) || 0.01, f = k * k / d;
          a.dx += dx / d * f; a.dy += dy / d * f; b.dx -= dx / d * f; b.dy -= dy / d * f;
        }
      }
      links.forEach(function (l) {
        var dx = l.s.x - l.t.x, dy = l.s.y - l.t.y, d = Math.sqrt(dx * dx + dy * dy) || 0.01;
        var f = d * d / k * Math.min(3, l.w);
        l.s.dx -= dx / d * f; l.s.dy -= dy / d * f; l.t.dx += dx / d * f; l.t.dy += dy / d * f;
      });
      nodes.forEach(function (nd) {
        // gravity keeps unlinked organisations from drifting to the frame
        nd.dx += (W / 2 - nd.x) * 1.2; nd.dy += (H / 2 - nd.y) * 1.2;
        var len = Math.sqrt(nd.dx * nd.dx + nd.dy * nd.dy) || 1, m = Math.min(len, temp);
        nd.x = Math.max(20, Math.min(W - 20, nd.x + nd.dx / len * m));
        nd.y = Math.max(20, Math.min(H - 20, nd.y + nd.dy / len * m));
      });
      temp = Math.max(1, temp * 0.98);
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
