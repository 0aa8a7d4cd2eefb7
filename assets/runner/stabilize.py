"""Making a page repeatable before its screenshot, and the settle-checked capture itself."""

import asyncio

# Animations, transitions and the caret are what most often make two shots of one page differ.
_FREEZE_CSS = """
*, *::before, *::after {
  animation-duration: 0s !important; animation-delay: 0s !important; animation-iteration-count: 1 !important;
  animation-play-state: paused !important; transition: none !important; scroll-behavior: auto !important;
}
* { caret-color: transparent !important; }
"""

# Containers of common consent frameworks: OneTrust, Cookiebot, Didomi, Quantcast, Usercentrics,
# TrustArc, Osano, Complianz, CookieYes, Klaro.
CONSENT_FRAMEWORK_SELECTORS = [
    "#onetrust-consent-sdk", "#onetrust-banner-sdk", ".onetrust-pc-dark-filter",
    "#CybotCookiebotDialog", "#CybotCookiebotDialogBodyUnderlay",
    "#didomi-host", ".didomi-popup-backdrop",
    ".qc-cmp2-container", "#qc-cmp2-container", "#qc-cmp2-ui",
    "#usercentrics-root", "#usercentrics-cmp-ui",
    "#truste-consent-track", ".truste_overlay", ".osano-cm-window", ".cmplz-cookiebanner",
    ".cky-consent-container", ".cky-overlay", ".klaro",
]

# Generic banners: only hidden when they float over the page (fixed or sticky), so an
# in-flow "cookie policy" section stays visible.
_GENERIC_BANNER_JS = """
(selectors) => {
  let hidden = 0;
  const generic = '[id*="cookie" i], [class*="cookie" i], [id*="consent" i], [class*="consent" i], [aria-label*="cookie" i]';
  for (const el of document.querySelectorAll(generic)) {
    const pos = getComputedStyle(el).position;
    if (pos === 'fixed' || pos === 'sticky') { el.style.setProperty('display', 'none', 'important'); hidden++; }
  }
  for (const sel of selectors) {
    try {
      for (const el of document.querySelectorAll(sel)) { el.style.setProperty('display', 'none', 'important'); hidden++; }
    } catch (e) { /* an invalid selector must not stop the capture */ }
  }
  if (hidden) {
    for (const el of [document.documentElement, document.body]) {
      if (el && getComputedStyle(el).overflow === 'hidden') el.style.setProperty('overflow', 'auto', 'important');
    }
  }
  return hidden;
}
"""

_AUTO_SCROLL_JS = """
async ([maxSteps, pauseMs]) => {
  const step = Math.max(200, window.innerHeight);
  let y = 0, steps = 0;
  while (steps < maxSteps && y + window.innerHeight < document.documentElement.scrollHeight) {
    y += step; steps++;
    window.scrollTo(0, y);
    await new Promise(r => setTimeout(r, pauseMs));
  }
  window.scrollTo(0, 0);
  const pending = Array.from(document.images).filter(img => !img.complete);
  await Promise.race([
    Promise.all(pending.map(img => new Promise(r => { img.addEventListener('load', r); img.addEventListener('error', r); }))),
    new Promise(r => setTimeout(r, 3000)),
  ]);
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  return steps;
}
"""

_HIDE_REMOVE_JS = """
([hide, remove]) => {
  const bad = [];
  const each = (sel, fn) => { try { document.querySelectorAll(sel).forEach(fn); } catch (e) { bad.push(sel); } };
  hide.forEach(sel => each(sel, el => el.style.setProperty('visibility', 'hidden', 'important')));
  remove.forEach(sel => each(sel, el => el.remove()));
  return bad;
}
"""

_FONTS_JS = "() => Promise.race([document.fonts.ready.then(() => true), new Promise(r => setTimeout(() => r(false), 5000))])"


async def stabilize(page, settings, page_spec, timeout_ms, log):
    """Applies the stabilisation settings and the page's hide/remove rules. Returns notes for the log."""
    notes = []
    ready = page_spec.get("readySelector")
    if ready:
        try:
            await page.wait_for_selector(ready, state="visible", timeout=timeout_ms)
        except Exception:
            raise CaptureError(f"readySelector '{ready}' did not appear within {timeout_ms} ms")
    if settings.get("disableAnimations", True) or settings.get("hideCaret", True):
        await page.add_style_tag(content=_FREEZE_CSS)
    if settings.get("suppressCookieBanners", True) or settings.get("cookieBannerSelectors"):
        selectors = list(settings.get("cookieBannerSelectors") or [])
        if settings.get("suppressCookieBanners", True):
            selectors += CONSENT_FRAMEWORK_SELECTORS
        hidden = await page.evaluate(_GENERIC_BANNER_JS, selectors)
        if hidden:
            notes.append(f"hid {hidden} cookie/consent element(s)")
    if settings.get("waitForFonts", True):
        if not await page.evaluate(_FONTS_JS):
            notes.append("web fonts still loading after 5 s")
    if settings.get("autoScroll", True):
        await page.evaluate(_AUTO_SCROLL_JS, [60, 60])
    bad = await page.evaluate(_HIDE_REMOVE_JS, [page_spec.get("hide") or [], page_spec.get("remove") or []])
    if bad:
        notes.append("invalid hide/remove selector(s): " + ", ".join(bad))
    wait_ms = int(page_spec.get("waitMs") or 0)
    if wait_ms > 0:
        await asyncio.sleep(wait_ms / 1000)
    for note in notes:
        log(note)
    return notes


class CaptureError(Exception):
    """Stabilisation or capture failed; the message is shown to the user as is."""


async def capture(page, page_spec, settle_shots, timeout_ms):
    """Screenshots until two in a row are byte-identical, at most `settle_shots` (>= 1).
    Returns (png bytes, settled, shots taken)."""
    masks = [page.locator(sel) for sel in (page_spec.get("mask") or [])]
    options = dict(full_page=page_spec.get("fullPage", True), animations="disabled", caret="hide",
                   mask=masks, mask_color="#FF00FF", timeout=timeout_ms)
    shots = max(1, int(settle_shots))
    previous = await page.screenshot(**options)
    taken = 1
    while taken < shots:
        await asyncio.sleep(0.1)
        current = await page.screenshot(**options)
        taken += 1
        if current == previous:
            return current, True, taken
        previous = current
    return previous, shots == 1, taken
