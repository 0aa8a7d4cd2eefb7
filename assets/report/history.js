// Scene history: the strip of the last runs on an execution page (#history-strip) and the
// grid of executions that changed on history.html (#history-grid), both drawn from
// window.SCENE_HISTORY (data/history.js, the same as history.json). Each cell links to that
// execution's page in that run's report, wherever that report is published.
(function () {
  "use strict";
  var H = window.SCENE_HISTORY;
  if (!H || !H.runs || !H.ids) { return; }
  var STATUS = H.codes.statuses, LEVEL = H.codes.levels;
  var strip = document.getElementById("history-strip"), grid = document.getElementById("history-grid");
  // Relative report folders are relative to the site folder; execution pages sit one below it.
  var up = strip ? "../" : "";

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) { n.className = cls; }
    if (text !== undefined) { n.textContent = text; }
    return n;
  }
  function folder(run) {
    if (run.report === undefined || run.report === null) { return null; }
    return run.report.indexOf("://") >= 0 ? run.report : up + run.report;
  }
  function page(run, i) {
    var base = folder(run), path = (run.pages && run.pages[String(i)]) || H.pages[i];
    return base !== null && path ? base + path : null;
  }
  function when(run) { return String(run.run.startedAt).slice(0, 16).replace("T", " "); }
  function cell(run, i, isCurrent) {
    var status = STATUS[run.statuses.charAt(i)], level = LEVEL[run.levels.charAt(i)];
    var href = status ? page(run, i) : null;
    var c = el(href ? "a" : "span", "hcell h-" + (status || "absent") + (level ? " l-" + level : "") + (isCurrent ? " now" : ""));
    if (href) { c.href = href; }
    c.title = run.run.runId + " (" + when(run) + "): " + (status ? status + (level && level !== "none" ? ", " + level + " difference" : "") : "not in this run");
    c.setAttribute("aria-label", c.title);
    return c;
  }
  var oldestFirst = H.runs.slice().reverse();

  if (strip) {
    var i = H.ids.indexOf(strip.getAttribute("data-id"));
    if (i >= 0) {
      strip.appendChild(el("span", null, "Last " + H.runs.length + " run(s), oldest first:"));
      var cells = el("span", "cells");
      oldestFirst.forEach(function (run, k) { cells.appendChild(cell(run, i, k === oldestFirst.length - 1)); });
      strip.appendChild(cells);
      var all = el("a", null, "history"); all.href = "../history.html";
      strip.appendChild(all);
    }
  }

  if (grid) {
    var QUIET = { passed: 1, newBaseline: 1 }, LIMIT = 300;
    var rows = [];
    H.ids.forEach(function (id, i) {
      var changed = 0;
      H.runs.forEach(function (run) {
        var s = STATUS[run.statuses.charAt(i)], l = LEVEL[run.levels.charAt(i)];
        if ((s && !QUIET[s]) || (l && l !== "none")) { changed++; }
      });
      if (changed > 0) { rows.push({ id: id, i: i, changed: changed }); }
    });
    rows.sort(function (a, b) { return b.changed - a.changed || (a.id < b.id ? -1 : 1); });
    if (!rows.length) { grid.appendChild(el("p", "sub", "No execution failed or changed in these runs.")); return; }
    grid.appendChild(el("p", "sub", rows.length + " execution(s) failed or changed in at least one of the last " + H.runs.length +
      " runs (oldest left)" + (rows.length > LIMIT ? "; the " + LIMIT + " that changed most often are shown." : ".")));
    var table = el("table"), head = el("tr");
    head.appendChild(el("th", null, "execution")); head.appendChild(el("th", null, "changed")); head.appendChild(el("th", null, "runs"));
    table.appendChild(head);
    rows.slice(0, LIMIT).forEach(function (r) {
      var tr = el("tr"), name = el("td"), href = page(H.runs[0], r.i);
      var label = el(href ? "a" : "span", null, r.id); if (href) { label.href = href; }
      name.appendChild(label); tr.appendChild(name);
      tr.appendChild(el("td", null, r.changed + "×"));
      var td = el("td"), line = el("span", "cells");
      oldestFirst.forEach(function (run, k) { line.appendChild(cell(run, r.i, k === oldestFirst.length - 1)); });
      td.appendChild(line); tr.appendChild(td);
      table.appendChild(tr);
    });
    var wrap = el("div", "hgrid"); wrap.appendChild(table); grid.appendChild(wrap);
  }
})();
