"""Full-page capture of pages of any height, retaken until it is stable.

A full page is shot in tiles: each tile is a clip of the whole page rendered beyond the viewport,
which is how Chromium takes a single full-page screenshot too, so the tiles put together are the
single shot's pixels (fixed and sticky elements appear once, where the single shot has them). A
single shot above ~130 million pixels comes back blank below that area; tiles stay far below it.
On Chromium the tiles are taken through the DevTools protocol: one call each, no traced action (a
Playwright screenshot is a traced action with DOM snapshots, costly on a huge page) and the fast
PNG encoding (scene stitches and re-encodes them). Other browsers use Playwright's own clip.

Tiles are written as `<name>.tiles/NNN.png` when a page needs more than one; scene stitches them
into `<name>.png` (streaming, bounded memory). A page of one tile is written as `<name>.png` as is.
"""

import asyncio
import base64
import hashlib
import math
import os
from fractions import Fraction

from steps import write_atomically

# Device pixels per tile: 64 MP is 1280 x 52,428 CSS px at scale 1. Fewer, larger tiles are
# cheaper (every tile lays the whole page out again: ~0.7 s on a 80,000 px reference page); a
# single Chromium shot comes back blank below ~138 MP (1280 x 108,000).
TILE_PIXELS = 64 * 1024 * 1024

# Time allowed for a capture beyond the base timeout: per million device pixels of one shot.
MS_PER_MEGAPIXEL = 250

# Where the page cannot be captured whole: a striped band with a caption, drawn by the page
# itself at the bottom of the captured part (absolute, document coordinates).
_MARKER_HEIGHT = 32
_CUT_MARKER_JS = """
([top, text]) => {
  const band = document.createElement('div');
  band.id = '__scene_cut_marker';
  band.textContent = text;
  band.setAttribute('style', [
    'position:absolute', 'left:0', 'top:' + top + 'px', 'width:' + document.documentElement.scrollWidth + 'px',
    'height:32px', 'z-index:2147483647', 'box-sizing:border-box', 'padding:6px 12px', 'margin:0',
    'font:bold 14px/20px sans-serif', 'color:#fff', 'white-space:nowrap', 'overflow:hidden',
    'background:repeating-linear-gradient(135deg,#b0006b 0 16px,#000 16px 32px)'].map(s => s + ' !important').join(';'));
  document.documentElement.appendChild(band);
}
"""
_REMOVE_MARKER_JS = "() => { const m = document.getElementById('__scene_cut_marker'); if (m) m.remove(); }"

# The document's size as Playwright measures a full page.
_PAGE_SIZE_JS = """
() => {
  const d = document.documentElement, b = document.body || d;
  return [Math.max(b.scrollWidth, d.scrollWidth, b.offsetWidth, d.offsetWidth, b.clientWidth, d.clientWidth),
          Math.max(b.scrollHeight, d.scrollHeight, b.offsetHeight, d.offsetHeight, b.clientHeight, d.clientHeight)];
}
"""

# Masks on the DevTools path: #FF00FF boxes over every matching element, in document coordinates;
# finite Web Animations finished and infinite ones cancelled (what Playwright's `animations:
# "disabled"` does). Returns the selectors that are not valid CSS.
_PREPARE_JS = """
(selectors) => {
  for (const a of document.getAnimations ? document.getAnimations() : []) {
    try { const t = a.effect && a.effect.getComputedTiming(); if (t && t.endTime !== Infinity) a.finish(); else a.cancel(); } catch (e) {}
  }
  const bad = [];
  for (const sel of selectors) {
    let found;
    try { found = document.querySelectorAll(sel); } catch (e) { bad.push(sel); continue; }
    for (const el of found) {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height) continue;
      const box = document.createElement('div');
      box.className = '__scene_mask';
      box.setAttribute('style', `position:absolute !important;left:${r.left + scrollX}px !important;top:${r.top + scrollY}px !important;` +
        `width:${r.width}px !important;height:${r.height}px !important;background:#FF00FF !important;` +
        'z-index:2147483646 !important;pointer-events:none !important;margin:0 !important;border:0 !important;');
      document.documentElement.appendChild(box);
    }
  }
  return bad;
}
"""
_REMOVE_MASKS_JS = "() => document.querySelectorAll('.__scene_mask').forEach(m => m.remove())"

# Boxes kept per selector: a selector that matches more (`*`, `img` on a gallery) is noted, and
# the elements past the limit count as the rest of the page does.
MAX_IGNORED_BOXES = 500

# The boxes of every visible element each selector matches (at most `limit`), in screenshot pixels:
# document coordinates on a full page, viewport ones otherwise; null for a selector that is not
# valid CSS.
_IGNORED_BOXES_JS = """
([selectors, fullPage, scale, limit]) => selectors.map(sel => {
  let found;
  try { found = document.querySelectorAll(sel); } catch (e) { return null; }
  const boxes = [];
  for (const el of found) {
    if (boxes.length > limit) break;
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    const left = (r.left + (fullPage ? scrollX : 0)) * scale, top = (r.top + (fullPage ? scrollY : 0)) * scale;
    const x = Math.floor(left), y = Math.floor(top);
    boxes.push([x, y, Math.ceil(left + r.width * scale) - x, Math.ceil(top + r.height * scale) - y]);
  }
  return boxes;
})
"""


class Shot:
    """One capture of a page: its tiles (PNG bytes, top to bottom) and what they cover."""

    def __init__(self, tiles, page_height, captured_height, cut_by=None):
        self.tiles = tiles
        self.page_height = page_height          # CSS px, the document's height
        self.captured_height = captured_height  # CSS px, at most the maximum height
        self.cut_by = cut_by                    # the limit that cut a taller page
        hasher = hashlib.sha256()
        for tile in tiles:
            hasher.update(len(tile).to_bytes(8, "big"))
            hasher.update(tile)
        self.digest = hasher.hexdigest()


def tile_plan(height, width, scale, budget=TILE_PIXELS):
    """(top, height) of each tile, CSS px. A tile's height times `scale` is a whole number of device
    pixels (fractional scales such as 2.625 take multiples of the scale's denominator)."""
    step = Fraction(scale).limit_denominator(64).denominator
    rows = int(budget / max(1.0, width * scale * scale))
    rows = max(step, rows - rows % step)
    return [(top, min(rows, height - top)) for top in range(0, height, rows)]


class Capturer:
    """Takes shots of one page; `full_page` false shoots the viewport only."""

    def __init__(self, page, page_spec, max_height, max_pixels, timeout_ms, scale, notes):
        self.page = page
        self.masks = list(page_spec.get("mask") or [])
        self.ignore = [area for area in page_spec.get("ignore") or [] if isinstance(area, dict)]
        self.full_page = bool(page_spec.get("fullPage", True))
        self.max_height = max_height
        self.max_pixels = max_pixels
        self.timeout_ms = timeout_ms
        self.scale = scale
        self.notes = notes
        browser = page.context.browser
        self.devtools = browser is not None and browser.browser_type.name == "chromium"
        self.session = None

    async def measure(self):
        """(width, height) of the document in CSS px."""
        width, height = await self.page.evaluate(_PAGE_SIZE_JS)
        return int(math.ceil(width)), int(math.ceil(height))

    def capturable_height(self, width, height):
        """CSS px of a page this tall that are captured: at most the maximum height, and no more
        rows than keep the whole screenshot within the pixel limit scene decodes — but never less
        than the first screen: a limit too small for that is an error scene reports, not a cut."""
        device_width = math.ceil(width * self.scale)
        fitting = int(self.max_pixels / max(1, device_width) / self.scale)
        first_screen = (self.page.viewport_size or {}).get("height") or 1
        return max(1, min(height, self.max_height, max(fitting, first_screen)))

    def allowance_ms(self, width, height):
        """Time one shot of this size may take beyond the base timeout."""
        if not self.full_page:
            return 0
        pixels = width * self.capturable_height(width, height) * self.scale * self.scale
        return int(pixels / 1e6 * MS_PER_MEGAPIXEL)

    async def shoot(self, width, height):
        """One capture of the page as it is now."""
        if not self.full_page:
            masks = [self.page.locator(sel) for sel in self.masks]
            data = await self.page.screenshot(animations="disabled", caret="hide", mask=masks, mask_color="#FF00FF",
                                              timeout=self.timeout_ms)
            return Shot([data], height, height)
        captured = self.capturable_height(width, height)
        cut_by = None
        if height > captured:
            cut_by = "stabilization.maxHeight" if captured == self.max_height else "maxImagePixels"
            text = f"Scene: capture cut here, at {captured:,} px of the page's {height:,} px ({cut_by})"
            await self.page.evaluate(_CUT_MARKER_JS, [captured - _MARKER_HEIGHT, text])
        try:
            tiles = []
            plan = tile_plan(captured, width, self.scale)
            if self.devtools:
                bad = await self.page.evaluate(_PREPARE_JS, self.masks)
                if bad:
                    self.notes.append("invalid mask selector(s): " + ", ".join(bad))
                try:
                    for top, rows in plan:
                        tiles.append(await self._devtools_tile(top, rows, width))
                finally:
                    if self.masks:
                        await self.page.evaluate(_REMOVE_MASKS_JS)
            else:
                masks = [self.page.locator(sel) for sel in self.masks]
                for top, rows in plan:
                    tiles.append(await self.page.screenshot(
                        full_page=True, clip={"x": 0, "y": top, "width": width, "height": rows}, animations="disabled",
                        caret="hide", mask=masks, mask_color="#FF00FF", timeout=self._tile_timeout(width, rows)))
        finally:
            if cut_by:
                await self.page.evaluate(_REMOVE_MARKER_JS)
        return Shot(tiles, height, captured, cut_by)

    async def ignored_areas(self):
        """The page's ignored areas (`ignore`) as they are now, one list of [x, y, width, height]
        boxes in screenshot pixels per area: a selector's visible matches, or the configured box."""
        selectors = [area.get("selector") for area in self.ignore if area.get("selector")]
        found = await self.page.evaluate(_IGNORED_BOXES_JS, [selectors, self.full_page, self.scale, MAX_IGNORED_BOXES]) if selectors else []
        bad = [sel for sel, boxes in zip(selectors, found) if boxes is None]
        if bad:
            self.notes.append("invalid ignore selector(s): " + ", ".join(bad))
        for sel, boxes in zip(selectors, found):
            if boxes and len(boxes) > MAX_IGNORED_BOXES:
                del boxes[MAX_IGNORED_BOXES:]
                self.notes.append(f"ignore selector {sel} matches more than {MAX_IGNORED_BOXES} visible elements: "
                                  f"the first {MAX_IGNORED_BOXES} are ignored areas, the others count")
        matched = iter(found)
        areas = []
        for area in self.ignore:
            if area.get("selector"):
                areas.append(next(matched) or [])
            else:
                box = area.get("box") or {}
                left, top = box.get("x", 0) * self.scale, box.get("y", 0) * self.scale
                x, y = math.floor(left), math.floor(top)
                areas.append([[x, y, math.ceil(left + box.get("width", 0) * self.scale) - x,
                               math.ceil(top + box.get("height", 0) * self.scale) - y]])
        return areas

    def _tile_timeout(self, width, rows):
        return self.timeout_ms + int(width * rows * self.scale * self.scale / 1e6 * MS_PER_MEGAPIXEL)

    async def _devtools_tile(self, top, rows, width):
        if self.session is None:
            self.session = await self.page.context.new_cdp_session(self.page)
        request = self.session.send("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True, "optimizeForSpeed": True, "fromSurface": True,
            "clip": {"x": 0, "y": top, "width": width, "height": rows, "scale": 1}})
        timeout = self._tile_timeout(width, rows) / 1000
        try:
            answer = await asyncio.wait_for(request, timeout)
        except asyncio.TimeoutError:
            raise TimeoutError(f"a {width}x{rows} px tile at y={top} took over {timeout:.0f} s") from None
        return base64.b64decode(answer["data"])


async def stable_capture(capturer, max_shots, baseline_digest):
    """Shots until two in a row are identical (like Playwright's toHaveScreenshot), or the first one
    equals the baseline's capture, at most `max_shots` (>= 1). Returns (shot, summary dict)."""
    width, height = await capturer.measure()
    shot = await capturer.shoot(width, height)
    shots = 1
    stable = None if max_shots <= 1 else False
    matched = baseline_digest is not None and shot.digest == baseline_digest
    if matched:
        stable = True
    while not matched and shots < max_shots:
        await asyncio.sleep(0.1)
        width, height = await capturer.measure()
        again = await capturer.shoot(width, height)
        shots += 1
        if again.digest == shot.digest:
            stable = True
            break
        shot = again
    summary = {"shots": shots, "stable": stable, "matchedBaseline": matched, "tiles": len(shot.tiles),
               "pageHeight": shot.page_height, "capturedHeight": shot.captured_height, "cut": shot.cut_by is not None,
               "cutBy": shot.cut_by, "digest": shot.digest}
    return shot, summary


def write_shot(output_dir, stem, shot):
    """Writes the shot's tiles; returns the artifact names (`<stem>.png`, or its tiles for scene to stitch)."""
    if len(shot.tiles) == 1:
        write_atomically(os.path.join(output_dir, stem + ".png"), shot.tiles[0])
        return [stem + ".png"]
    names = [f"{stem}.tiles/{index:03d}.png" for index in range(len(shot.tiles))]
    for name, tile in zip(names, shot.tiles):
        write_atomically(os.path.join(output_dir, name), tile)
    return names
