// Scene review: the reviewer's selection (changes and executions to approve, changes marked
// flaky), kept in this browser's localStorage under the run's id so a reload or another page
// of the report keeps it, and downloaded as approvals.json for `scene approve RUN --from`
// (docs/REVIEW.md). Also the report's copy buttons. Loaded by the dashboard (before
// dashboard.js, which asks it for the boxes of the executions it draws) and by every
// execution page. Ids and fingerprints are only ever set as properties, never parsed as HTML.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };

  // Copy buttons: data-target names the element whose text is copied.
  Array.prototype.forEach.call(document.querySelectorAll("button.copy"), function (b) {
    b.addEventListener("click", function () {
      var source = $(b.getAttribute("data-target"));
      if (!source) { return; }
      var done = function () { b.classList.add("done"); b.textContent = "Copied"; };
      var fallback = function () {
        var range = document.createRange(); range.selectNodeContents(source);
        var sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
        try { if (document.execCommand("copy")) { done(); } } catch (err) { /* selection stays for manual copy */ }
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(source.textContent).then(done, fallback);
      } else { fallback(); }
    });
  });

  // The run: from the dashboard's data, or the execution page's <body data-run-id>.
  var index = window.SCENE_INDEX && window.SCENE_INDEX.run;
  var runId = index ? index.runId : document.body.getAttribute("data-run-id");
  if (!runId) { return; }
  var configDigest = index ? index.configDigest : null;
  var KEY = "scene.approvals." + runId;
  // The three lists of approvals.json, each as a set: groups and executions approved, changes flaky.
  var LISTS = ["groups", "executions", "flaky"];
  var picked = {};
  // On the dashboard, what this report can decide: its executions and its change cards. A stored
  // entry outside them (left by another report under the same run id: pages from file:// share
  // one storage) is dropped rather than downloaded unseen.
  var known = null;
  if (index) {
    known = { groups: Object.create(null), executions: Object.create(null) };
    var at = {};
    window.SCENE_INDEX.fields.forEach(function (name, i) { at[name] = i; });
    window.SCENE_INDEX.rows.forEach(function (r) {
      known.executions[[r[at.page], r[at.task], r[at.viewport], r[at.browser]].join("~")] = true;
    });
    Array.prototype.forEach.call(document.getElementsByClassName("pick-group"), function (box) {
      known.groups[box.getAttribute("data-fingerprint")] = true;
    });
    known.flaky = known.groups;
  }

  function load() {
    LISTS.forEach(function (list) { picked[list] = Object.create(null); });
    var stored = null;
    try { stored = JSON.parse(localStorage.getItem(KEY) || "null"); } catch (err) { stored = null; }
    if (!stored || typeof stored !== "object") { return; }
    LISTS.forEach(function (list) {
      if (!Array.isArray(stored[list])) { return; }
      stored[list].forEach(function (v) { if (typeof v === "string" && (!known || known[list][v])) { picked[list][v] = true; } });
    });
  }
  function listed(list) { return Object.keys(picked[list]).sort(); }
  function save() {
    var doc = {};
    LISTS.forEach(function (list) { doc[list] = listed(list); });
    try {
      if (doc.groups.length || doc.executions.length || doc.flaky.length) { localStorage.setItem(KEY, JSON.stringify(doc)); }
      else { localStorage.removeItem(KEY); }
    } catch (err) { /* storage disabled or full: the selection lasts as long as the page */ }
  }
  function plural(n, noun) { return n + " " + noun + (n === 1 ? "" : "s"); }
  function describe() {
    var g = listed("groups").length, x = listed("executions").length, f = listed("flaky").length;
    if (!g && !x && !f) { return "nothing selected"; }
    var parts = [];
    if (g) { parts.push(plural(g, "change") + " approved"); }
    if (x) { parts.push(plural(x, "execution") + " approved"); }
    if (f) { parts.push(plural(f, "change") + " flaky"); }
    return parts.join(" · ");
  }

  // Every box on the page shows the selection: .pick-group and .pick-flaky carry
  // data-fingerprint, .pick-x data-id.
  var BOXES = { "pick-group": ["groups", "fingerprint"], "pick-flaky": ["flaky", "fingerprint"], "pick-x": ["executions", "id"] };
  function boxList(box) { var kind = BOXES[box.className]; return kind && kind[0]; }
  function boxValue(box) { var kind = BOXES[box.className]; return kind && box.getAttribute("data-" + kind[1]); }
  function refresh() {
    Object.keys(BOXES).forEach(function (cls) {
      Array.prototype.forEach.call(document.getElementsByClassName(cls), function (box) {
        box.checked = !!picked[boxList(box)][boxValue(box)];
      });
    });
    var text = describe(), empty = text === "nothing selected";
    Array.prototype.forEach.call(document.getElementsByClassName("review-count"), function (n) { n.textContent = text; });
    document.body.setAttribute("data-selected", empty ? "0" : String(listed("groups").length + listed("executions").length + listed("flaky").length));
    if ($("review-download")) { $("review-download").disabled = empty; $("review-clear").disabled = empty; }
  }
  // One listener for every box, those drawn later included.
  document.addEventListener("change", function (ev) {
    var box = ev.target, list = boxList(box), value = boxValue(box);
    if (!list || !value) { return; }
    load();  // another page of the report may have changed the selection since
    if (box.checked) {
      picked[list][value] = true;
      // A change is either approved or flaky.
      if (list === "groups") { delete picked.flaky[value]; }
      if (list === "flaky") { delete picked.groups[value]; }
    } else { delete picked[list][value]; }
    save();
    refresh();
  });
  window.addEventListener("storage", function (ev) { if (ev.key === KEY || ev.key === null) { load(); refresh(); } });

  function download() {
    var doc = { runId: runId };
    if (configDigest) { doc.configDigest = configDigest; }
    LISTS.forEach(function (list) { doc[list] = listed(list); });
    var url = URL.createObjectURL(new Blob([JSON.stringify(doc, null, 2) + "\n"], { type: "application/json" }));
    var a = document.createElement("a");
    a.href = url; a.download = "approvals.json"; a.className = "hidden";
    document.body.appendChild(a);
    a.click();
    a.remove();
    // Revoked once the download has surely started with it.
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  load();
  document.body.classList.add("review-on");
  var bar = $("review");
  if (bar) {
    bar.classList.remove("hidden");
    $("review-download").addEventListener("click", download);
    $("review-clear").addEventListener("click", function () {
      LISTS.forEach(function (list) { picked[list] = Object.create(null); });
      save();
      refresh();
    });
  }

  /// For dashboard.js: a box approving the execution `id`, checked as the selection says.
  window.SceneReview = {
    executionBox: function (id) {
      var label = document.createElement("label"), box = document.createElement("input");
      label.className = "pick";
      box.type = "checkbox"; box.className = "pick-x"; box.setAttribute("data-id", id);
      box.checked = !!picked.executions[id];
      box.title = "approve this execution";
      label.appendChild(box);
      label.appendChild(document.createTextNode(" approve"));
      return label;
    }
  };
  refresh();
})();
