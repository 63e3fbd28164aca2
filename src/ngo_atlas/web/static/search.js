// Live search: as the user types, fetch /api/v1/search and redraw results, facets and pages.
// The page works without this file; it only saves the round trip of a full page load.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var dataEl = document.getElementById("i18n-data");
  if (!form || !dataEl || !window.fetch) { return; }
  var msg = JSON.parse(dataEl.textContent);
  var FACETS = ["funder", "place", "year", "organization", "theme", "status", "language",
                "target_group", "org_type"];
  var CODED = { status: "status.", language: "langname.", org_type: "orgtype.", theme: "theme.",
                target_group: "tg." };
  var SHOWN = 30, VISIBLE = 8;  // as FACET_SHOWN and FACET_VISIBLE in pages.py
  var seq = 0, timer = null, controller = null;

  function t(key, vars) {
    var s = msg[key] || key;
    Object.keys(vars || {}).forEach(function (k) { s = s.split("{" + k + "}").join(vars[k]); });
    return s;
  }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function stateParams() {
    var p = new URLSearchParams();
    new FormData(form).forEach(function (v, k) { if (String(v).trim() !== "") { p.append(k, v); } });
    if (p.get("sort") === "relevance") { p.delete("sort"); }
    return p;
  }
  function urlWith(p) { var s = p.toString(); return "/" + (s ? "?" + s : ""); }
  function toggled(p, key, value) {
    var q = new URLSearchParams(p.toString()), vals = q.getAll(key);
    q.delete(key); q.delete("page");
    var on = vals.indexOf(value) < 0;
    vals.filter(function (v) { return v !== value; }).forEach(function (v) { q.append(key, v); });
    if (on) { q.append(key, value); }
    return q;
  }
  // The query's words in <mark>; every piece is a text node, so the snippet stays text.
  function snippet(text, spans) {
    var p = el("p", { "class": "snippet" }), at = 0;
    spans.forEach(function (s) {
      if (s[0] < at || s[1] <= s[0] || s[1] > text.length) { return; }
      p.appendChild(document.createTextNode(text.slice(at, s[0])));
      p.appendChild(el("mark", {}, text.slice(s[0], s[1])));
      at = s[1];
    });
    p.appendChild(document.createTextNode(text.slice(at)));
    return p;
  }
  function renderHit(h) {
    var li = el("li", { "class": "hit" }), h3 = el("h3");
    h3.appendChild(el("a", { href: h.url }, h.title || t("value.untitled")));
    li.appendChild(h3);
    var meta = el("p", { "class": "meta" });
    var years = [(h.start || "").slice(0, 4), (h.end || "").slice(0, 4)].filter(Boolean);
    if (years.length) { meta.appendChild(el("span", { "class": "years" }, Array.from(new Set(years)).join(" – "))); }
    if (h.status) { meta.appendChild(el("span", { "class": "status status-" + h.status }, t("status." + h.status))); }
    meta.appendChild(el("span", { "class": "doclang" }, t("langname." + h.language)));
    li.appendChild(meta);
    var dl = el("dl", { "class": "facts" });
    [["field.places", h.places], ["field.funders", h.funders], ["field.organizations", h.organizations]]
      .forEach(function (pair) {
        if (!pair[1] || !pair[1].length) { return; }
        var d = el("div"); d.appendChild(el("dt", {}, t(pair[0]))); d.appendChild(el("dd", {}, pair[1].join(", ")));
        dl.appendChild(d);
      });
    li.appendChild(dl);
    if (h.snippet) { li.appendChild(snippet(h.snippet, h.highlights || [])); }
    return li;
  }
  function facetItem(p, key, v, sel) {
    var a = el("a", { "class": "facet-value" + (sel ? " selected" : ""), href: urlWith(toggled(p, key, v.value)) });
    if (sel) { a.setAttribute("aria-current", "true"); }
    a.appendChild(el("span", { "class": "box", "aria-hidden": "true" }));
    a.appendChild(el("span", { "class": "label" }, CODED[key] ? (msg[CODED[key] + v.value] || v.value) : v.value));
    a.appendChild(document.createTextNode(" "));
    a.appendChild(el("span", { "class": "count" }, String(v.count)));
    if (sel) { a.appendChild(el("span", { "class": "vh" }, " (" + t("search.selected") + ")")); }
    var li = el("li"); li.appendChild(a);
    return li;
  }
  function renderFacets(data, p) {
    FACETS.forEach(function (key) {
      var sec = document.querySelector('.facet[data-facet="' + key + '"]');
      if (!sec) { return; }
      var top = sec.querySelector("ul.top"), more = sec.querySelector("details.more");
      var chosen = (data.query.filters[key] || []);
      var vals = (data.facets[key] || []).slice(0, SHOWN);
      chosen.forEach(function (c) { if (!vals.some(function (v) { return v.value === c; })) { vals.push({ value: c, count: 0 }); } });
      // chosen values first, as on the server, so they are never folded away
      vals = vals.filter(function (v) { return chosen.indexOf(v.value) >= 0; })
        .concat(vals.filter(function (v) { return chosen.indexOf(v.value) < 0; }));
      top.textContent = "";
      var restList = more.querySelector("ul");
      restList.textContent = "";
      vals.forEach(function (v, i) {
        (i < VISIBLE ? top : restList).appendChild(facetItem(p, key, v, chosen.indexOf(v.value) >= 0));
      });
      var rest = Math.max(0, vals.length - VISIBLE);
      more.hidden = rest === 0;
      more.querySelector("summary").textContent = t("search.more", { n: rest });
      sec.hidden = vals.length === 0;
    });
  }
  function renderPager(data, p) {
    var nav = document.getElementById("pager"), ul = nav.querySelector("ul");
    ul.textContent = "";
    nav.hidden = data.pages < 2;
    for (var n = 1; n <= data.pages; n++) {
      if (n !== 1 && n !== data.pages && Math.abs(n - data.page) > 2) { continue; }
      var q = new URLSearchParams(p.toString()); q.delete("page"); if (n > 1) { q.set("page", n); }
      var a = el("a", { href: urlWith(q), "aria-label": t("search.page", { n: n }) }, String(n));
      if (n === data.page) { a.setAttribute("aria-current", "page"); }
      var li = el("li"); li.appendChild(a); ul.appendChild(li);
    }
  }
  function render(data, p) {
    document.getElementById("result-count").textContent =
      data.total === 1 ? t("search.results_one") : t("search.results", { n: data.total.toLocaleString(document.documentElement.lang) });
    var states = document.getElementById("states");
    states.textContent = "";
    if (data.total === 0) {
      var box = el("div", { "class": "noresult" });
      var strong = el("strong", {}, t("search.no_results")), para = el("p");
      para.appendChild(strong); box.appendChild(para);
      box.appendChild(el("p", {}, t("search.no_results_hint")));
      var ul = el("ul"), li = el("li");
      li.appendChild(el("a", { href: "/" }, t("search.clear"))); ul.appendChild(li); box.appendChild(ul);
      states.appendChild(box);
    }
    var hits = document.getElementById("hits");
    hits.textContent = "";
    data.hits.forEach(function (h) { hits.appendChild(renderHit(h)); });
    renderFacets(data, p);
    renderPager(data, p);
    var charts = document.getElementById("charts-link");
    if (charts) {
      var cq = new URLSearchParams(p.toString()); cq.delete("page");
      charts.setAttribute("href", "/charts" + (cq.toString() ? "?" + cq.toString() : ""));
    }
    var exports = document.getElementById("exports");
    if (exports) {
      exports.hidden = data.total === 0;
      var q = new URLSearchParams(p.toString()); q.delete("page");
      exports.querySelectorAll("a[data-format]").forEach(function (a) {
        var s = q.toString();
        a.setAttribute("href", "/api/v1/export?format=" + a.getAttribute("data-format") + (s ? "&" + s : ""));
      });
    }
  }
  function update() {
    var p = stateParams(), mine = ++seq;
    if (controller) { controller.abort(); }
    controller = new AbortController();
    document.getElementById("result-count").textContent = t("search.updating");
    fetch("/api/v1/search?" + p.toString(), { headers: { Accept: "application/json" }, signal: controller.signal })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (data) {
        if (mine !== seq) { return; }
        render(data, p);
        history.replaceState(null, "", urlWith(p));
      })
      .catch(function (e) {
        if (e.name === "AbortError") { return; }
        document.getElementById("result-count").textContent = t("search.failed");
      });
  }
  function later() { clearTimeout(timer); timer = setTimeout(update, 300); }
  document.getElementById("q").addEventListener("input", later);
  ["sort", "year_from", "year_to"].forEach(function (id) {
    var e = document.getElementById(id); if (e) { e.addEventListener("change", update); }
  });
})();
