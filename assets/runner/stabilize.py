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

# Everything that runs inside the page, in one call: each Playwright call is a traced action with a
# DOM snapshot before and after it, so one call instead of four saves the browser that work and the
# round trips. Order: freeze, banners, fonts, auto-scroll, hide/remove; the title comes back with the
# result (the runner reports it without another call).
# Generic banners are only hidden when they float over the page (fixed or sticky), so an in-flow
# "cookie policy" section stays visible.
_STABILIZE_JS = """
async (o) => {
  const result = {hidden: 0, fonts: true, bad: []};
  if (o.freezeCss) {
    const style = document.createElement('style');
    style.textContent = o.freezeCss;
    (document.head || document.documentElement).appendChild(style);
  }
  if (o.banners) {
    const generic = '[id*="cookie" i], [class*="cookie" i], [id*="consent" i], [class*="consent" i], [aria-label*="cookie" i]';
    for (const el of document.querySelectorAll(generic)) {
      const pos = getComputedStyle(el).position;
      if (pos === 'fixed' || pos === 'sticky') { el.style.setProperty('display', 'none', 'important'); result.hidden++; }
    }
    for (const sel of o.bannerSelectors) {
      try {
        for (const el of document.querySelectorAll(sel)) { el.style.setProperty('display', 'none', 'important'); result.hidden++; }
      } catch (e) { /* an invalid selector must not stop the capture */ }
    }
    if (result.hidden) {
      for (const el of [document.documentElement, document.body]) {
        if (el && getComputedStyle(el).overflow === 'hidden') el.style.setProperty('overflow', 'auto', 'important');
      }
    }
  }
  if (o.fonts) {
    result.fonts = await Promise.race([document.fonts.ready.then(() => true), new Promise(r => setTimeout(() => r(false), 5000))]);
  }
  if (o.autoScroll) {
    const step = Math.max(200, window.innerHeight);
    let y = 0, steps = 0;
    while (steps < 60 && y + window.innerHeight < document.documentElement.scrollHeight) {
      y += step; steps++;
      window.scrollTo(0, y);
      await new Promise(r => setTimeout(r, 60));
    }
    window.scrollTo(0, 0);
    const pending = Array.from(document.images).filter(img => !img.complete);
    await Promise.race([
      Promise.all(pending.map(img => new Promise(r => { img.addEventListener('load', r); img.addEventListener('error', r); }))),
      new Promise(r => setTimeout(r, 3000)),
    ]);
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
  const each = (sel, fn) => { try { document.querySelectorAll(sel).forEach(fn); } catch (e) { result.bad.push(sel); } };
  o.hide.forEach(sel => each(sel, el => el.style.setProperty('visibility', 'hidden', 'important')));
  o.remove.forEach(sel => each(sel, el => el.remove()));
  result.title = document.title;
  return result;
}
"""


async def stabilize(page, settings, page_spec, timeout_ms, log):
    """Applies the stabilisation settings and the page's hide/remove rules. Returns (notes for the log,
    the page's title)."""
    notes = []
    ready = page_spec.get("readySelector")
    if ready:
        try:
            await page.wait_for_selector(ready, state="visible", timeout=timeout_ms)
        except Exception:
            raise CaptureError(f"readySelector '{ready}' did not appear within {timeout_ms} ms")
    suppress = settings.get("suppressCookieBanners", True)
    selectors = list(settings.get("cookieBannerSelectors") or []) + (CONSENT_FRAMEWORK_SELECTORS if suppress else [])
    freeze = settings.get("disableAnimations", True) or settings.get("hideCaret", True)
    result = await page.evaluate(_STABILIZE_JS, {
        "freezeCss": _FREEZE_CSS if freeze else None,
        "banners": bool(suppress or selectors), "bannerSelectors": selectors,
        "fonts": bool(settings.get("waitForFonts", True)), "autoScroll": bool(settings.get("autoScroll", True)),
        "hide": page_spec.get("hide") or [], "remove": page_spec.get("remove") or [],
    })
    if result["hidden"]:
        notes.append(f"hid {result['hidden']} cookie/consent element(s)")
    if not result["fonts"]:
        notes.append("web fonts still loading after 5 s")
    if result["bad"]:
        notes.append("invalid hide/remove selector(s): " + ", ".join(result["bad"]))
    wait_ms = int(page_spec.get("waitMs") or 0)
    if wait_ms > 0:
        await asyncio.sleep(wait_ms / 1000)
    for note in notes:
        log(note)
    return notes, result["title"]


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
