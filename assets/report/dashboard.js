// Scene dashboard: draws the matrix and the list from window.SCENE_INDEX (data/index.js).
// Data is only ever inserted with textContent / property assignment, never as HTML.
(function () {
  "use strict";
  var started = performance.now();
  var data = window.SCENE_INDEX;
  if (!data || !data.rows) { return; }
  var PAGE_ROWS = 100, PAGE_MATRIX = 30;
  var FAILING = { failed: 1, error: 1, timedOut: 1 };
  var F = {}; data.fields.forEach(function (name, i) { F[name] = i; });
  var rows = data.rows.map(function (r) {
    var e = {};
    data.fields.forEach(function (name, i) { e[name] = r[i]; });
    e.id = [e.page, e.task, e.viewport, e.browser].join("~");
    e.hay = (e.id + "\n" + e.title + "\n" + e.url + "\n" + e.error + "\n" + (e.warnings || "")).toLowerCase();
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
    state.view = VIEWS[params.get("view")] ? params.get("view") : "matrix";
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
    // Execution pages link back to the dashboard with this selection (Esc, back link).
    try { sessionStorage.setItem("scene.dashboard", hash === "#" ? "" : hash); } catch (err) { /* storage disabled */ }
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

  // Thumbnails load when they come within 300 px of the window: the browser's own lazy
  // loading starts thousands of pixels ahead, a whole page of the matrix on the first screen.
  var watcher = window.IntersectionObserver ? new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) { return; }
      entry.target.src = entry.target.getAttribute("data-src");
      watcher.unobserve(entry.target);
    });
  }, { rootMargin: "300px 0px" }) : null;
  function thumb(e, cls) {
    if (!e.thumb) { return el("span", "noimg", "no screenshot"); }
    var img = el("img", cls);
    img.decoding = "async"; img.alt = e.id;
    if (watcher) { img.setAttribute("data-src", e.thumb); watcher.observe(img); } else { img.loading = "lazy"; img.src = e.thumb; }
    return img;
  }
  function badges(parent, e) {
    parent.appendChild(el("span", "badge st-" + e.status, e.status));
    if (e.level !== "none") { parent.appendChild(el("span", "badge lv-" + e.level, e.level)); }
    if (e.diffPixels > 0) { parent.appendChild(el("span", "badge", pct(e.diffPercentage))); }
    if (e.unstable) { var u = el("span", "badge unstable", "unstable"); u.title = e.unstable; parent.appendChild(u); }
    if (e.warnings) { var w = el("span", "badge warning", "warning"); w.title = e.warnings; parent.appendChild(w); }
  }

  // A box approving the execution (review.js) where the report offers it: drawn with the
  // page of rows on screen, never for all rows at once.
  function reviewBox(parent, e) {
    if (e.review && window.SceneReview) { parent.appendChild(window.SceneReview.executionBox(e.id)); }
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
          reviewBox(td, e);
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
      var st = el("td"); badges(st, e); reviewBox(st, e); tr.appendChild(st);
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

  // The views: each draws the selected rows into the section of its name and returns its
  // page count. Another view (grouped changes, layout findings) is one entry here, a
  // <section id="name"> and a button with data-view="name" in index.html.
  var VIEWS = { matrix: drawMatrix, list: drawList };

  function update(resetPage) {
    if (resetPage) { state.p = 0; }
    var list = selected();
    Object.keys(VIEWS).forEach(function (name) {
      var section = $(name);
      section.textContent = "";
      section.classList.toggle("hidden", state.view !== name);
      $("v-" + name).setAttribute("aria-pressed", String(state.view === name));
    });
    var pages = VIEWS[state.view](list, $(state.view));
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
  Object.keys(VIEWS).forEach(function (v) {
    $("v-" + v).addEventListener("click", function () { state.view = v; update(true); });
  });
  window.addEventListener("hashchange", function () { readHash(); update(false); });
  readHash();
  update(false);
  // For the benchmark: script time of the first render, and time since navigation start.
  document.body.setAttribute("data-render-ms", String(Math.round(performance.now() - started)));
  document.body.setAttribute("data-rendered-at", String(Math.round(performance.now())));
})();
