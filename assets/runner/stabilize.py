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

# Installed in every page before its own scripts: remembers what the page watches to load content on
# scrolling (IntersectionObserver targets, scroll listeners on the window or document), so that
# auto-scroll visits only those places (weak references: the page's memory is not held).
WATCH_SCRIPT = """
(() => {
  if (window.__sceneWatch) return;
  const watch = window.__sceneWatch = {targets: [], scrollListeners: 0};
  const Observer = window.IntersectionObserver;
  if (Observer && window.WeakRef) {
    const observe = Observer.prototype.observe;
    Observer.prototype.observe = function (target) {
      if (watch.targets.length < 20000) watch.targets.push(new WeakRef(target));
      return observe.apply(this, arguments);
    };
  }
  const listen = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type) {
    if (type === 'scroll' && (this === window || this === document)) watch.scrollListeners++;
    return listen.apply(this, arguments);
  };
})();
"""

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
    // Lazy content without scrolling through the whole page: lazy images and frames are made eager,
    // and the page is scrolled only to where it watches scrolling (IntersectionObserver targets, or
    // everywhere when it listens to scroll events), a viewport at a time, down to the maximum height.
    const began = performance.now();
    const lazy = document.querySelectorAll('img[loading="lazy"], iframe[loading="lazy"]');
    for (const el of lazy) el.loading = 'eager';
    const watch = window.__sceneWatch || {targets: [], scrollListeners: 0};
    const view = Math.max(200, window.innerHeight), limit = Math.min(o.maxHeight, document.documentElement.scrollHeight);
    const stops = new Set();
    if (watch.scrollListeners > 0) {
      for (let y = view; y < limit; y += view) stops.add(y);
    } else {
      for (const ref of watch.targets) {
        const el = ref.deref();
        if (!el || !el.isConnected) continue;
        const top = el.getBoundingClientRect().top + window.scrollY;
        if (top >= view && top < limit) stops.add(Math.floor(top / view) * view);
      }
    }
    for (const y of [...stops].sort((a, b) => a - b)) {
      window.scrollTo(0, y);
      await new Promise(r => requestAnimationFrame(() => setTimeout(r, 50)));
    }
    if (stops.size) window.scrollTo(0, 0);
    const pending = Array.from(document.images).filter(img => !img.complete);
    await Promise.race([
      Promise.all(pending.map(img => new Promise(r => { img.addEventListener('load', r); img.addEventListener('error', r); }))),
      new Promise(r => setTimeout(r, 3000)),
    ]);
    if (stops.size || pending.length || lazy.length) await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    result.scroll = {ms: performance.now() - began, stops: stops.size, images: pending.length};
  }
  const each = (sel, fn) => { try { document.querySelectorAll(sel).forEach(fn); } catch (e) { result.bad.push(sel); } };
  o.hide.forEach(sel => each(sel, el => el.style.setProperty('visibility', 'hidden', 'important')));
  o.remove.forEach(sel => each(sel, el => el.remove()));
  result.title = document.title;
  return result;
}
"""


async def stabilize(page, settings, page_spec, timeout_ms, max_height, log):
    """Applies the stabilisation settings and the page's hide/remove rules. Returns (notes for the log,
    the page's title, the auto-scroll's {ms, stops, images} or None)."""
    notes = []
    ready = page_spec.get("readySelector")
    if ready:
        try:
            await page.locator(ready).filter(visible=True).first.wait_for(state="visible", timeout=timeout_ms)
        except Exception:
            raise CaptureError(f"readySelector '{ready}' had no visible match within {timeout_ms} ms (stepTimeout)")
    suppress = settings.get("suppressCookieBanners", True)
    selectors = list(settings.get("cookieBannerSelectors") or []) + (CONSENT_FRAMEWORK_SELECTORS if suppress else [])
    freeze = settings.get("disableAnimations", True) or settings.get("hideCaret", True)
    result = await page.evaluate(_STABILIZE_JS, {
        "freezeCss": _FREEZE_CSS if freeze else None,
        "banners": bool(suppress or selectors), "bannerSelectors": selectors,
        "fonts": bool(settings.get("waitForFonts", True)), "autoScroll": bool(settings.get("autoScroll", True)),
        "maxHeight": max_height,
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
    return notes, result["title"], result.get("scroll")


class CaptureError(Exception):
    """Stabilisation or capture failed; the message is shown to the user as is."""
