// Scene execution viewer: comparison modes with synced zoom/pan, region and block jumps,
// and the keyboard (copy buttons are review.js's). Images come as strips (data-* attributes the report
// wrote: "width height rows strip strip ..."), loaded only when they come into view.
// Nothing from the page under test is ever parsed as HTML.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var MODES = ["side", "slider", "onion", "heatmap", "diff", "single"];
  var NAMES = ["side by side", "slider", "onion", "heatmap", "diff", "single"];
  var KEYS = [
    ["1 – 6", "side by side, slider, onion, heatmap, diff, single image"],
    ["+ / − / 0", "zoom in, zoom out, fit the width"],
    ["wheel, drag", "zoom at the pointer, pan"],
    ["← / →", "previous / next execution (same mode); on the slider handle: move it"],
    ["Esc", "back to the dashboard and its selection"],
    ["?", "show or hide these keys"]
  ];

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) { n.className = cls; }
    if (text !== undefined) { n.textContent = text; }
    return n;
  }

  var viewer = $("viewer");
  var back = $("back"), prev = $("prev"), next = $("next");
  try {
    var selection = sessionStorage.getItem("scene.dashboard");
    if (back && selection) { back.href = back.getAttribute("href").split("#")[0] + selection; }
  } catch (err) { /* storage disabled: plain link */ }
  // zoomed: the person zoomed or panned; then mode switches and resizes keep the same
  // place and zoom relative to the fitted width instead of fitting again.
  var st = { mode: "side", single: "observed", cmp: "", opacity: 50, s: 1, tx: 0, ty: 0, split: 0.5, zoomed: false, active: null };

  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    if (MODES.indexOf(params.get("m")) >= 0) { st.mode = params.get("m"); }
    if (params.get("c")) { st.cmp = params.get("c"); }
    if (params.get("i")) { st.single = params.get("i"); }
  }
  function hash() {
    var p = new URLSearchParams();
    p.set("m", st.mode); if (st.cmp) { p.set("c", st.cmp); } p.set("i", st.single);
    return "#" + p.toString();
  }
  function writeHash() {
    var h = hash();
    try { history.replaceState(null, "", h); } catch (err) { location.replace(h); }
    // Neighbours open in the same mode.
    [prev, next].forEach(function (a) { if (a) { a.href = a.getAttribute("href").split("#")[0] + h; } });
  }

  // Keyboard help: the "?" button of the toolbar and the "?" key (also on pages without a viewer).
  var help = el("div", "keys hidden");
  help.id = "keys"; help.setAttribute("role", "dialog"); help.setAttribute("aria-label", "Keyboard shortcuts");
  help.appendChild(el("h3", null, "Keyboard shortcuts"));
  var list = el("dl");
  KEYS.forEach(function (k) { list.appendChild(el("dt", null, k[0])); list.appendChild(el("dd", null, k[1])); });
  help.appendChild(list);
  var closeHelp = el("button", null, "close"); closeHelp.type = "button";
  closeHelp.addEventListener("click", function () { toggleHelp(false); });
  help.appendChild(closeHelp);
  document.body.appendChild(help);
  function toggleHelp(show) {
    var open = show === undefined ? help.classList.contains("hidden") : show;
    help.classList.toggle("hidden", !open);
    var b = $("keys-button"); if (b) { b.setAttribute("aria-expanded", String(open)); }
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) { return; }
    var t = ev.target, tag = t && t.tagName;
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") { return; }
    if (ev.key === "?") { toggleHelp(); ev.preventDefault(); return; }
    if (ev.key === "Escape" && !help.classList.contains("hidden")) { toggleHelp(false); return; }
    if (ev.key === "Escape" && back) { location.href = back.href; return; }
    if (ev.key === "ArrowLeft" && prev) { location.href = prev.href; return; }
    if (ev.key === "ArrowRight" && next) { location.href = next.href; return; }
    if (!viewer) { return; }
    var n = parseInt(ev.key, 10);
    if (n >= 1 && n <= 6) { setMode(MODES[n - 1]); ev.preventDefault(); }
    else if (ev.key === "+" || ev.key === "=") { zoomBy(1.25); }
    else if (ev.key === "-") { zoomBy(0.8); }
    else if (ev.key === "0") { fit(); }
  });

  if (!viewer) { return; }
  function parseLayer(attr) {
    if (!attr) { return null; }
    var parts = attr.split(" ");
    return { w: +parts[0], h: +parts[1], rows: +parts[2], strips: parts.slice(3) };
  }
  buildToolbar($("toolbar"));
  var stage = $("stage");
  var comparisons = Array.prototype.map.call(document.querySelectorAll(".cmp-data"), function (d) {
    return {
      node: d, name: d.getAttribute("data-name"),
      marks: parseLayer(d.getAttribute("data-marks")), heatmap: parseLayer(d.getAttribute("data-heatmap")),
      regions: Array.prototype.map.call(d.querySelectorAll("button.region"), function (b) {
        return { button: b, x: +b.getAttribute("data-x"), y: +b.getAttribute("data-y"), w: +b.getAttribute("data-w"), h: +b.getAttribute("data-h"),
                 known: b.classList.contains("known"), ignored: b.classList.contains("ignored"),
                 exceeded: b.classList.contains("exceeded") };
      }),
      bands: Array.prototype.map.call(d.querySelectorAll("button.band"), function (b) {
        return { button: b, y: +b.getAttribute("data-y"), h: +b.getAttribute("data-h"), ey: +b.getAttribute("data-ey"),
                 eh: +b.getAttribute("data-eh"), kind: b.getAttribute("data-kind") };
      })
    };
  });
  var images = { observed: parseLayer(viewer.getAttribute("data-observed")), baseline: parseLayer(viewer.getAttribute("data-baseline")),
                 reference: parseLayer(viewer.getAttribute("data-reference")) };
  var opacity = $("opacity"), boxes = $("show-boxes"), cmpSelect = $("cmp");
  if (comparisons.length < 2) { cmpSelect.parentNode.classList.add("hidden"); }

  // The toolbar is the same on every page, so it is built here rather than repeated in 10k pages.
  function buildToolbar(bar) {
    function button(label, attr, value, title) {
      var b = el("button", null, label); b.type = "button";
      if (attr) { b.setAttribute(attr, value); }
      if (title) { b.title = title; }
      return b;
    }
    function group(cls, label, children) {
      var g = el("span", cls); g.setAttribute("role", "group"); g.setAttribute("aria-label", label);
      children.forEach(function (c) { g.appendChild(c); });
      return g;
    }
    function labelled(text, control, cls) { var l = el("label", cls, text + " "); l.appendChild(control); return l; }
    bar.appendChild(group("modes", "Mode", MODES.map(function (m, i) { return button((i + 1) + " " + NAMES[i], "data-mode", m, "key " + (i + 1)); })));
    bar.appendChild(group("singles", "Image", ["observed", "baseline", "reference"].map(function (n) { return button(n, "data-single", n); })));
    var select = el("select"); select.id = "cmp";
    Array.prototype.forEach.call(document.querySelectorAll(".cmp-data"), function (d) {
      var o = el("option", null, d.getAttribute("data-name")); o.value = d.getAttribute("data-name"); select.appendChild(o);
    });
    bar.appendChild(labelled("against", select));
    var range = el("input"); range.type = "range"; range.id = "opacity"; range.min = "0"; range.max = "100"; range.value = "50";
    bar.appendChild(labelled("opacity", range, "opacity"));
    var check = el("input"); check.type = "checkbox"; check.id = "show-boxes"; check.checked = true;
    var boxLabel = el("label"); boxLabel.appendChild(check); boxLabel.appendChild(document.createTextNode(" boxes")); bar.appendChild(boxLabel);
    var level = el("output", null, "100%"); level.id = "zoom-level";
    bar.appendChild(group("zoom", "Zoom", [button("−", "id", "zoom-out", "Zoom out (-)"), level, button("+", "id", "zoom-in", "Zoom in (+)"), button("fit", "id", "zoom-fit", "Fit width (0)")]));
    var keys = button("? keys", "id", "keys-button", "Keyboard shortcuts (?)");
    keys.setAttribute("aria-controls", "keys"); keys.setAttribute("aria-expanded", "false");
    keys.addEventListener("click", function () { toggleHelp(); });
    bar.appendChild(keys);
  }

  function current() {
    for (var i = 0; i < comparisons.length; i++) { if (comparisons[i].name === st.cmp) { return comparisons[i]; } }
    return comparisons[0] || null;
  }

  // One image as absolutely placed strips; each strip gets its src once it is near the view.
  function layer(image, cls) {
    var node = el("div", "layer " + cls);
    node.style.width = image.w + "px"; node.style.height = image.h + "px";
    image.strips.forEach(function (src, i) {
      var img = el("img", "strip");
      var top = i * image.rows, h = Math.min(image.rows, image.h - top);
      img.alt = ""; img.draggable = false; img.decoding = "async";
      img.style.top = top + "px"; img.style.width = image.w + "px"; img.style.height = h + "px";
      img.setAttribute("data-src", src); img.setAttribute("data-top", String(top)); img.setAttribute("data-h", String(h));
      node.appendChild(img);
    });
    return node;
  }

  var shown = { w: 1, h: 1 };  // the largest layer of the current mode, in image pixels
  // `expectedFrame`: the pane shows the expected image alone, in its own rows: blocks are
  // marked where they were (or go) in it, and regions, found in observed rows, only when
  // nothing shifted.
  function pane(label, layers, cls, expectedFrame) {
    var p = el("div", "pane" + (cls ? " " + cls : "")), canvas = el("div", "canvas");
    p.appendChild(el("span", "label", label));
    var w = 1, h = 1;
    layers.forEach(function (l) {
      canvas.appendChild(l.node);
      w = Math.max(w, l.image.w); h = Math.max(h, l.image.h);
    });
    var c = current();
    if (c) {
      if (!expectedFrame || !c.bands.length) {
        c.regions.forEach(function (r, i) {
          var b = el("div", "box" + (r.known ? " known" : "") + (r.ignored ? " ignored" : "") + (r.exceeded ? " exceeded" : "") +
                             (st.active === i ? " active" : ""));
          b.style.left = r.x + "px"; b.style.top = r.y + "px"; b.style.width = r.w + "px"; b.style.height = r.h + "px";
          canvas.appendChild(b);
        });
      }
      c.bands.forEach(function (band) {
        var m = el("div", "bandmark band-" + band.kind);
        m.style.top = (expectedFrame ? band.ey : band.y) + "px"; m.style.height = Math.max(2, expectedFrame ? band.eh : band.h) + "px";
        canvas.appendChild(m);
      });
    }
    canvas.style.width = w + "px"; canvas.style.height = h + "px";
    shown.w = Math.max(shown.w, w); shown.h = Math.max(shown.h, h);
    p.appendChild(canvas);
    attachPanZoom(p);
    stage.appendChild(p);
    return p;
  }
  function L(image, cls) { return { image: image, node: layer(image, cls) }; }

  function note(text) { var p = el("div", "pane"); p.appendChild(el("span", "label", text)); stage.appendChild(p); return p; }
  function missing(label) { return note(label + ": not available"); }

  function render() {
    var keep = st.zoomed ? relativeView() : null;
    stage.textContent = "";
    shown = { w: 1, h: 1 };
    var c = current();
    var expectedName = c ? c.name : (images.baseline ? "baseline" : "reference");
    var expected = images[expectedName] || images.baseline || images.reference;
    var observed = images.observed;
    viewer.setAttribute("data-mode", st.mode);
    var top = null;
    if (st.mode === "side") {
      if (expected) { pane(expectedName, [L(expected, "expected")], null, true); } else { missing(expectedName); }
      if (observed) { pane("observed", [L(observed, "observed")]); } else { missing("observed"); }
    } else if (st.mode === "slider" || st.mode === "onion") {
      if (!expected || !observed) { missing(st.mode + " needs both images"); }
      else {
        top = L(observed, "observed overlay");
        var p = pane(st.mode === "slider" ? expectedName + " | observed" : "onion: " + expectedName + " + observed", [L(expected, "expected"), top]);
        if (st.mode === "slider") { addHandle(p, top.node); }
      }
    } else if (st.mode === "heatmap") {
      if (c && !c.heatmap && !c.marks) { note("heatmap: none, the screenshot is byte-identical to the " + c.name); }
      else if (!c || !c.heatmap || !observed) { missing("heatmap"); }
      else { top = L(c.heatmap, "heatmap overlay"); pane("heatmap over observed", [L(observed, "observed"), top]); }
    } else if (st.mode === "diff") {
      if (c && !c.marks && !c.heatmap) { note("diff: none, the screenshot is byte-identical to the " + c.name); }
      else if (!c || !c.marks) { missing("diff"); }
      else {
        // pixelmatch's picture: the expected image faded to grey, the differing pixels exact on top.
        pane("diff: changed pixels over the " + expectedName, (expected ? [L(expected, "faded")] : []).concat([L(c.marks, "marks")]), "diff");
      }
    } else {
      var image = images[st.single];
      if (image) { pane(st.single, [L(image, st.single)], null, st.single !== "observed"); } else { missing(st.single); }
    }
    if (top && st.mode !== "slider") { top.node.style.opacity = String(st.opacity / 100); }
    Array.prototype.forEach.call(document.querySelectorAll("[data-mode]"), function (b) {
      if (b.tagName === "BUTTON") { b.setAttribute("aria-pressed", String(b.getAttribute("data-mode") === st.mode)); }
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-single]"), function (b) {
      var name = b.getAttribute("data-single");
      b.disabled = !images[name];
      b.setAttribute("aria-pressed", String(st.mode === "single" && name === st.single));
    });
    comparisons.forEach(function (x) { x.node.classList.toggle("hidden", x !== c); });
    opacity.parentNode.classList.toggle("hidden", st.mode !== "onion" && st.mode !== "heatmap");
    if (keep) { restoreView(keep); } else { fit(); }
    writeHash();
  }

  function setMode(m) { st.mode = m; render(); }

  // One transform for every canvas keeps both sides of side-by-side in sync.
  function apply() {
    Array.prototype.forEach.call(stage.querySelectorAll(".canvas"), function (cv) {
      cv.style.transform = "translate(" + st.tx + "px," + st.ty + "px) scale(" + st.s + ")";
    });
    $("zoom-level").textContent = Math.round(st.s * 100) + "%";
    var handle = stage.querySelector(".handle");
    if (handle) { placeHandle(handle); }
    loadVisible();
  }
  // Strips within half a pane of the visible area get their src; the rest wait.
  function loadVisible() {
    Array.prototype.forEach.call(stage.querySelectorAll(".pane"), function (p) {
      var h = p.clientHeight || 1;
      Array.prototype.forEach.call(p.querySelectorAll("img.strip[data-src]"), function (img) {
        var top = st.ty + (+img.getAttribute("data-top")) * st.s, bottom = top + (+img.getAttribute("data-h")) * st.s;
        if (bottom > -h / 2 && top < h * 1.5) { img.src = img.getAttribute("data-src"); img.removeAttribute("data-src"); }
      });
    });
  }
  function paneSize() {
    var p = stage.querySelector(".pane");
    return p ? { w: p.clientWidth || 1, h: p.clientHeight || 1 } : { w: 1, h: 1 };
  }
  function fitScale() { return Math.min(paneSize().w / shown.w, 4); }
  function fit() {
    var ps = paneSize();
    st.s = fitScale();
    st.tx = Math.max(0, (ps.w - shown.w * st.s) / 2); st.ty = 0; st.zoomed = false;
    apply();
  }
  // The view as the image point at the centre of the pane and the zoom relative to the fit.
  function relativeView() {
    var ps = paneSize();
    return { k: st.s / fitScale(), x: (ps.w / 2 - st.tx) / st.s, y: (ps.h / 2 - st.ty) / st.s };
  }
  function restoreView(v) {
    var ps = paneSize();
    st.s = Math.min(Math.max(fitScale() * v.k, 0.05), 32);
    st.tx = ps.w / 2 - v.x * st.s; st.ty = ps.h / 2 - v.y * st.s;
    apply();
  }
  function zoomBy(f, cx, cy) {
    var ps = paneSize();
    if (cx === undefined) { cx = ps.w / 2; cy = ps.h / 2; }
    var s = Math.min(Math.max(st.s * f, 0.05), 32);
    st.tx = cx - (cx - st.tx) * s / st.s; st.ty = cy - (cy - st.ty) * s / st.s; st.s = s; st.zoomed = true;
    apply();
  }
  function focusRect(x, y, w, h) {
    var ps = paneSize(), pad = 24;
    st.s = Math.min(Math.max(Math.min((ps.w - 2 * pad) / Math.max(w, 1), (ps.h - 2 * pad) / Math.max(h, 1)), 0.05), 8);
    st.tx = ps.w / 2 - (x + w / 2) * st.s; st.ty = ps.h / 2 - (y + h / 2) * st.s; st.zoomed = true;
    apply();
    stage.scrollIntoView({ block: "nearest" });
  }

  function attachPanZoom(p) {
    p.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var r = p.getBoundingClientRect();
      zoomBy(ev.deltaY < 0 ? 1.15 : 1 / 1.15, ev.clientX - r.left, ev.clientY - r.top);
    }, { passive: false });
    var drag = null;
    p.addEventListener("pointerdown", function (ev) {
      if (ev.target.classList.contains("handle")) { return; }
      drag = { x: ev.clientX, y: ev.clientY, tx: st.tx, ty: st.ty };
      p.setPointerCapture(ev.pointerId); p.classList.add("dragging");
    });
    p.addEventListener("pointermove", function (ev) {
      if (!drag) { return; }
      st.tx = drag.tx + ev.clientX - drag.x; st.ty = drag.ty + ev.clientY - drag.y; st.zoomed = true; apply();
    });
    var end = function () { drag = null; p.classList.remove("dragging"); };
    p.addEventListener("pointerup", end); p.addEventListener("pointercancel", end);
  }

  // Slider: the observed layer is clipped left of the split line, in screen space.
  function addHandle(p, top) {
    var h = el("div", "handle");
    h.tabIndex = 0;
    h.setAttribute("role", "slider"); h.setAttribute("aria-label", "Split position");
    h.setAttribute("aria-valuemin", "0"); h.setAttribute("aria-valuemax", "100");
    h.overlay = top;
    p.appendChild(h);
    var dragging = false;
    h.addEventListener("pointerdown", function (ev) { dragging = true; h.setPointerCapture(ev.pointerId); ev.stopPropagation(); });
    h.addEventListener("pointermove", function (ev) {
      if (!dragging) { return; }
      var r = p.getBoundingClientRect();
      st.split = Math.min(1, Math.max(0, (ev.clientX - r.left) / r.width)); placeHandle(h);
    });
    h.addEventListener("pointerup", function () { dragging = false; });
    h.addEventListener("keydown", function (ev) {
      var step = ev.shiftKey ? 0.1 : 0.02;
      if (ev.key === "ArrowLeft" || ev.key === "ArrowDown") { st.split = Math.max(0, st.split - step); }
      else if (ev.key === "ArrowRight" || ev.key === "ArrowUp") { st.split = Math.min(1, st.split + step); }
      else if (ev.key === "Home") { st.split = 0; } else if (ev.key === "End") { st.split = 1; }
      else { return; }
      ev.preventDefault(); ev.stopPropagation(); placeHandle(h);
    });
  }
  function placeHandle(h) {
    var w = paneSize().w;
    h.style.left = (st.split * w) + "px";
    h.setAttribute("aria-valuenow", String(Math.round(st.split * 100)));
    var cut = Math.max(0, (st.split * w - st.tx) / st.s);
    h.overlay.style.clipPath = "inset(0 0 0 " + cut + "px)";
  }

  Array.prototype.forEach.call(document.querySelectorAll("button[data-mode]"), function (b) {
    b.addEventListener("click", function () { setMode(b.getAttribute("data-mode")); });
  });
  Array.prototype.forEach.call(document.querySelectorAll("button[data-single]"), function (b) {
    b.addEventListener("click", function () { st.single = b.getAttribute("data-single"); setMode("single"); });
  });
  opacity.addEventListener("input", function () {
    st.opacity = +opacity.value;
    var top = stage.querySelector(".layer.overlay");
    if (top && st.mode !== "slider") { top.style.opacity = String(st.opacity / 100); }
  });
  boxes.addEventListener("change", function () { stage.classList.toggle("no-boxes", !boxes.checked); });
  if (cmpSelect) { cmpSelect.addEventListener("change", function () { st.cmp = cmpSelect.value; st.active = null; render(); }); }
  $("zoom-in").addEventListener("click", function () { zoomBy(1.25); });
  $("zoom-out").addEventListener("click", function () { zoomBy(0.8); });
  $("zoom-fit").addEventListener("click", fit);
  comparisons.forEach(function (c) {
    c.regions.forEach(function (r, i) {
      r.button.addEventListener("click", function () {
        st.active = i;
        c.regions.forEach(function (o, j) { o.button.classList.toggle("active", i === j); });
        var bx = stage.querySelectorAll(".box");
        Array.prototype.forEach.call(bx, function (b, j) { b.classList.toggle("active", j % c.regions.length === i); });
        focusRect(r.x, r.y, r.w, r.h);
      });
    });
    c.bands.forEach(function (band) {
      band.button.addEventListener("click", function () { focusRect(0, band.y, shown.w, Math.max(band.h, 1)); });
    });
  });
  // Other parts of the page (findings.js) ask for a rectangle of the image to be shown.
  document.addEventListener("scene:focus", function (ev) { var r = ev.detail || {}; focusRect(r.x, r.y, r.w, r.h); });
  // The pane's size follows the window: fit again, or keep the zoomed place.
  var resizeTimer = 0;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () { if (st.zoomed) { restoreView(relativeView()); } else { fit(); } }, 50);
  });

  readHash();
  if (!comparisons.some(function (c) { return c.name === st.cmp; })) { st.cmp = comparisons.length ? comparisons[0].name : ""; }
  if (cmpSelect) { cmpSelect.value = st.cmp; }
  if (!images[st.single]) { st.single = "observed"; }
  opacity.value = String(st.opacity);
  render();
})();
