// Scene findings list: "what changed" beside the viewer. Hovering (or focusing) a finding outlines
// its element in every pane — where it is now in the observed image, where it was in the expected
// one; clicking zooms the viewer to it. Boxes come from data-* attributes the report wrote; the
// findings' text is already in the page as text, never parsed as HTML.
(function () {
  "use strict";
  var stage = document.getElementById("stage");
  if (!stage) { return; }

  function rect(b, prefix) {
    var x = b.getAttribute("data-" + prefix + "x");
    if (x === null) { return null; }
    return { x: +x, y: +b.getAttribute("data-" + prefix + "y"), w: +b.getAttribute("data-" + prefix + "w"), h: +b.getAttribute("data-" + prefix + "h") };
  }

  // A pane showing the expected image (baseline or reference) alone gets the element's old box.
  function expectedPane(canvas) {
    return !!canvas.querySelector(".expected") && !canvas.querySelector(".observed");
  }

  function clear() {
    Array.prototype.forEach.call(stage.querySelectorAll(".finding-box"), function (n) { n.remove(); });
  }

  function show(button) {
    clear();
    var now = rect(button, ""), before = rect(button, "b");
    Array.prototype.forEach.call(stage.querySelectorAll(".canvas"), function (canvas) {
      var r = expectedPane(canvas) ? (before || now) : (now || before);
      if (!r) { return; }
      var box = document.createElement("div");
      box.className = "finding-box" + (now ? "" : " gone");
      box.style.left = r.x + "px"; box.style.top = r.y + "px";
      box.style.width = Math.max(r.w, 2) + "px"; box.style.height = Math.max(r.h, 2) + "px";
      canvas.appendChild(box);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("button.finding"), function (b) {
    b.addEventListener("mouseenter", function () { show(b); });
    b.addEventListener("focus", function () { show(b); });
    b.addEventListener("mouseleave", clear);
    b.addEventListener("blur", clear);
    b.addEventListener("click", function () {
      var r = rect(b, "") || rect(b, "b");
      if (!r) { return; }
      document.dispatchEvent(new CustomEvent("scene:focus", { detail: r }));
      show(b);
    });
  });
})();
