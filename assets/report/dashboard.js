// Scene dashboard: draws the matrix and the list from window.SCENE_INDEX (data/index.js).
// Data is only ever inserted with textContent / property assignment, never as HTML.
(function () {
  "use strict";
  var data = window.SCENE_INDEX;
  if (!data || !data.rows) { return; }
  var PAGE_ROWS = 100, PAGE_MATRIX = 30;
  var FAILING = { failed: 1, error: 1, timedOut: 1 };
  var F = {}; data.fields.forEach(function (name, i) { F[name] = i; });
  var rows = data.rows.map(function (r) {
    var e = {};
    data.fields.forEach(function (name, i) { e[name] = r[i]; });
    e.id = [e.page, e.task, e.viewport, e.browser].join("~");
    e.hay = (e.id + "\n" + e.title + "\n" + e.url + "\n" + e.error).toLowerCase();
    e.col = e.viewport + " · " + e.browser;
    e.rowKey = e.page + " · " + e.task;
    return e;
  });
  var $ = function (id) { return document.getElementById(id); };
  var filters = ["status", "level", "page", "task", "viewport", "browser"];
  var state = { q: "", fo: false, sort: "id", view: "matrix", p: 0 };
  filters.forEach(function (f) { state[f] = ""; });

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) { n.className = cls; }
    if (text !== undefined && text !== null) { n.textContent = String(text); }
    return n;
  }
  function pct(p) { return p === 0 ? "0 %" : (p < 0.01 ? "<0.01 %" : p.toFixed(2) + " %"); }
  function dur(ms) { return ms < 1000 ? Math.round(ms) + " ms" : (ms / 1000).toFixed(1) + " s"; }
  function pageHref(e) { return "x/" + e.file + ".html"; }

  // Options of the selects, from the data.
  filters.forEach(function (f) {
    var seen = {}, values = [];
    rows.forEach(function (e) { if (!seen[e[f]]) { seen[e[f]] = 1; values.push(e[f]); } });
    values.sort();
    var select = $("f-" + f);
    values.forEach(function (v) { var o = el("option", null, v); o.value = v; select.appendChild(o); });
  });

  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    filters.forEach(function (f) { state[f] = params.get(f) || ""; });
    state.q = params.get("q") || "";
    state.fo = params.get("fo") === "1";
    state.sort = params.get("sort") || "id";
    state.view = params.get("view") === "list" ? "list" : "matrix";
    state.p = Math.max(0, parseInt(params.get("p") || "0", 10) || 0);
    filters.forEach(function (f) { $("f-" + f).value = state[f]; });
    $("f-text").value = state.q;
    $("f-failures").checked = state.fo;
    $("f-sort").value = state.sort;
  }
  function writeHash() {
    var params = new URLSearchParams();
    filters.forEach(function (f) { if (state[f]) { params.set(f, state[f]); } });
    if (state.q) { params.set("q", state.q); }
    if (state.fo) { params.set("fo", "1"); }
    if (state.sort !== "id") { params.set("sort", state.sort); }
    if (state.view !== "matrix") { params.set("view", state.view); }
    if (state.p) { params.set("p", String(state.p)); }
    var hash = "#" + params.toString();
    if (hash !== location.hash && !(hash === "#" && !location.hash)) {
      try { history.replaceState(null, "", hash); } catch (err) { location.replace(hash); }
    }
  }

  function selected() {
    var q = state.q.toLowerCase();
    var out = rows.filter(function (e) {
      for (var i = 0; i < filters.length; i++) {
        var f = filters[i];
        if (state[f] && e[f] !== state[f]) { return false; }
      }
      if (state.fo && !FAILING[e.status]) { return false; }
      return !q || e.hay.indexOf(q) >= 0;
    });
    if (state.sort === "diff") { out.sort(function (a, b) { return b.diffPercentage - a.diffPercentage || b.diffPixels - a.diffPixels; }); }
    else if (state.sort === "diff-asc") { out.sort(function (a, b) { return a.diffPercentage - b.diffPercentage || a.diffPixels - b.diffPixels; }); }
    else if (state.sort === "duration") { out.sort(function (a, b) { return b.durationMs - a.durationMs; }); }
    return out;
  }

  function thumb(e, cls) {
    if (!e.thumb) { return el("span", "noimg", "no screenshot"); }
    var img = el("img", cls);
    img.loading = "lazy"; img.decoding = "async"; img.alt = e.id; img.src = e.thumb;
    return img;
  }
  function badges(parent, e) {
    parent.appendChild(el("span", "badge st-" + e.status, e.status));
    if (e.level !== "none") { parent.appendChild(el("span", "badge lv-" + e.level, e.level)); }
    if (e.diffPixels > 0) { parent.appendChild(el("span", "badge", pct(e.diffPercentage))); }
  }

  function drawMatrix(list, root) {
    var cols = [], colSeen = {};
    rows.forEach(function (e) { if (!colSeen[e.col]) { colSeen[e.col] = 1; cols.push(e.col); } });
    cols.sort();
    var keys = [], byKey = {};
    list.forEach(function (e) {
      if (!byKey[e.rowKey]) { byKey[e.rowKey] = {}; keys.push(e.rowKey); }
      byKey[e.rowKey][e.col] = e;
    });
    var pages = Math.max(1, Math.ceil(keys.length / PAGE_MATRIX));
    state.p = Math.min(state.p, pages - 1);
    var table = el("table"), head = el("tr");
    head.appendChild(el("th", null, "page · task"));
    cols.forEach(function (c) { head.appendChild(el("th", null, c)); });
    table.appendChild(head);
    keys.slice(state.p * PAGE_MATRIX, (state.p + 1) * PAGE_MATRIX).forEach(function (k) {
      var tr = el("tr");
      tr.appendChild(el("th", "row", k));
      cols.forEach(function (c) {
        var td = el("td"), e = byKey[k][c];
        if (e) {
          var a = el("a", "cell f-" + e.status);
          a.href = pageHref(e); a.title = e.id;
          a.appendChild(thumb(e));
          var meta = el("span", "meta"); badges(meta, e); a.appendChild(meta);
          td.appendChild(a);
        }
        tr.appendChild(td);
      });
      table.appendChild(tr);
    });
    root.appendChild(table);
    return pages;
  }

  function drawList(list, root) {
    var pages = Math.max(1, Math.ceil(list.length / PAGE_ROWS));
    state.p = Math.min(state.p, pages - 1);
    var table = el("table"), head = el("tr");
    ["", "execution", "status", "diff", "time"].forEach(function (h) { head.appendChild(el("th", null, h)); });
    table.appendChild(head);
    list.slice(state.p * PAGE_ROWS, (state.p + 1) * PAGE_ROWS).forEach(function (e) {
      var tr = el("tr", "r-" + e.status);
      var t = el("td", "t"), link = el("a"); link.href = pageHref(e); link.appendChild(thumb(e)); t.appendChild(link);
      tr.appendChild(t);
      var main = el("td"), a = el("a", null, e.id); a.href = pageHref(e); main.appendChild(a);
      if (e.title) { main.appendChild(el("div", "sub", e.title)); }
      main.appendChild(el("div", "sub", e.url));
      if (e.error) { main.appendChild(el("div", "sub error-text", e.error)); }
      tr.appendChild(main);
      var st = el("td"); badges(st, e); tr.appendChild(st);
      tr.appendChild(el("td", "num", e.diffPixels ? pct(e.diffPercentage) + " · " + e.diffPixels + " px" : "–"));
      tr.appendChild(el("td", "num", dur(e.durationMs)));
      table.appendChild(tr);
    });
    root.appendChild(table);
    return pages;
  }

  function drawPager(pages) {
    var nav = $("pager");
    nav.textContent = "";
    if (pages <= 1) { return; }
    var prev = el("button", null, "‹ previous"), next = el("button", null, "next ›");
    prev.type = next.type = "button";
    prev.disabled = state.p === 0; next.disabled = state.p >= pages - 1;
    prev.addEventListener("click", function () { state.p--; update(false); });
    next.addEventListener("click", function () { state.p++; update(false); });
    nav.appendChild(prev);
    nav.appendChild(el("span", null, "page " + (state.p + 1) + " of " + pages));
    nav.appendChild(next);
  }

  function update(resetPage) {
    if (resetPage) { state.p = 0; }
    var list = selected();
    var matrix = $("matrix"), table = $("list");
    matrix.textContent = ""; table.textContent = "";
    matrix.classList.toggle("hidden", state.view !== "matrix");
    table.classList.toggle("hidden", state.view !== "list");
    $("v-matrix").setAttribute("aria-pressed", String(state.view === "matrix"));
    $("v-list").setAttribute("aria-pressed", String(state.view === "list"));
    var pages = state.view === "matrix" ? drawMatrix(list, matrix) : drawList(list, table);
    drawPager(pages);
    $("f-count").textContent = list.length + " of " + rows.length + " shown";
    document.body.setAttribute("data-shown", String(list.length));
    writeHash();
  }

  filters.forEach(function (f) {
    $("f-" + f).addEventListener("change", function (ev) { state[f] = ev.target.value; update(true); });
  });
  var timer = 0;
  $("f-text").addEventListener("input", function (ev) {
    clearTimeout(timer);
    timer = setTimeout(function () { state.q = ev.target.value; update(true); }, 60);
  });
  $("f-failures").addEventListener("change", function (ev) { state.fo = ev.target.checked; update(true); });
  $("f-sort").addEventListener("change", function (ev) { state.sort = ev.target.value; update(true); });
  ["matrix", "list"].forEach(function (v) {
    $("v-" + v).addEventListener("click", function () { state.view = v; update(true); });
  });
  window.addEventListener("hashchange", function () { readHash(); update(false); });
  readHash();
  update(false);
})();
