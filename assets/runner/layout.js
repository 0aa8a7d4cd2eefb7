// Scene layout snapshot: ONE JavaScript expression (an arrow function) taking {maxElements, maxText}
// and returning a JSON *string* (one string crosses the DevTools protocol far faster than an
// object tree). It describes every visible element of the page as it is painted in the full-page
// screenshot: boxes in screenshot pixels (document coordinates times devicePixelRatio), a stable
// path, identity (tag, id, classes, test id, role, accessible name), own text, image source and a
// fixed set of computed styles that change pixels. Read-only: it never changes the page.
//
// Never read: input/textarea/select values, any attribute but the ones named here. Columnar, with
// one table of strings and one table of distinct style rows, so 5,000 elements stay a few hundred KB.
// The format is SceneAnalyze.PageLayout (docs/RUNNER-PROTOCOL.md, "Layout snapshot").
(opts) => {
  const o = Object.assign({ maxElements: 20000, maxText: 80 }, opts || {});
  const started = performance.now();
  // Computed styles that change pixels. `border` and `outline` are composed below ("none" when no
  // line is drawn: their colour then follows `color` without painting anything).
  const STYLE_NAMES = ['color', 'background-color', 'background-image', 'border', 'border-radius', 'outline', 'box-shadow',
    'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'text-align',
    'text-decoration-line', 'text-transform', 'margin', 'padding', 'display', 'position', 'visibility', 'opacity',
    'transform', 'z-index', 'filter', 'object-fit'];
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'META', 'LINK', 'TITLE', 'BASE']);
  const NO_TEXT = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'OPTION']);  // values live there: never read
  const NAME_FROM_CONTENT = new Set(['A', 'BUTTON', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SUMMARY', 'LABEL', 'LEGEND', 'TH']);
  const IMPLICIT_ROLE = { A: 'link', BUTTON: 'button', H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading',
    H5: 'heading', H6: 'heading', IMG: 'img', NAV: 'navigation', MAIN: 'main', HEADER: 'banner', FOOTER: 'contentinfo',
    UL: 'list', OL: 'list', LI: 'listitem', TABLE: 'table', TR: 'row', TD: 'cell', TH: 'columnheader', FORM: 'form',
    SELECT: 'combobox', TEXTAREA: 'textbox', DIALOG: 'dialog', ASIDE: 'complementary', ARTICLE: 'article', P: 'paragraph' };

  const strings = [''];
  const stringIndex = new Map([['', 0]]);
  const str = (s) => {
    if (!s) return 0;
    let i = stringIndex.get(s);
    if (i === undefined) { i = strings.length; strings.push(s); stringIndex.set(s, i); }
    return i;
  };
  const clip = (s) => {
    const t = (s || '').replace(/\s+/g, ' ').trim();
    return t.length > o.maxText ? t.slice(0, o.maxText) + '…' : t;
  };
  const hex2 = (n) => (n < 16 ? '0' : '') + n.toString(16);
  // rgb(31, 41, 55) → #1f2937, rgba(…, 0.5) → #1f293780, fully transparent → transparent.
  const colours = (v) => v.indexOf('rgb') < 0 ? v : v.replace(/rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/g, (m, r, g, b, a) => {
    if (a !== undefined && +a === 0) return 'transparent';
    return '#' + hex2(+r) + hex2(+g) + hex2(+b) + (a !== undefined && +a < 1 ? hex2(Math.round(+a * 255)) : '');
  });
  // URLs are cut to their file name: no query or fragment (where tokens live), no host or folders
  // (the baseline may come from another server).
  const shortURL = (u) => {
    const bare = String(u).split(/[?#]/)[0];
    if (bare.startsWith('data:')) return 'data:' + bare.slice(5, 40);
    const parts = bare.split('/').filter(Boolean);
    return (parts.length ? parts[parts.length - 1] : '').slice(-120);
  };
  const urls = (v) => v === 'none' ? v : v.replace(/url\("?([^")]*)"?\)/g, (m, u) => 'url(' + shortURL(u) + ')');

  // The sides that draw a line: "2px solid #2f6fde" when all four agree, else "left 4px solid #0ea5e9; …".
  const SIDES = ['top', 'right', 'bottom', 'left'];
  const border = (st) => {
    const parts = [];
    for (const side of SIDES) {
      const style = st.getPropertyValue('border-' + side + '-style'), width = st.getPropertyValue('border-' + side + '-width');
      parts.push(style === 'none' || style === 'hidden' || width === '0px' ? '' : width + ' ' + style + ' ' + st.getPropertyValue('border-' + side + '-color'));
    }
    if (parts.every((p) => p === parts[0])) return parts[0] || 'none';
    return SIDES.map((side, i) => parts[i] ? side + ' ' + parts[i] : '').filter(Boolean).join('; ');
  };
  const styleRow = (st) => {
    const row = new Array(STYLE_NAMES.length);
    for (let i = 0; i < STYLE_NAMES.length; i++) {
      const name = STYLE_NAMES[i];
      let v;
      if (name === 'border') {
        v = border(st);
      } else if (name === 'outline') {
        v = (st.outlineStyle === 'none' || st.outlineWidth === '0px') ? 'none' : st.outlineWidth + ' ' + st.outlineStyle + ' ' + st.outlineColor;
      } else {
        v = st.getPropertyValue(name);
      }
      if (name === 'background-image') v = urls(v);
      row[i] = str(colours(v).slice(0, 240));
    }
    return row;
  };
  const styleRows = [];
  const styleRowIndex = new Map();
  const styleOf = (st) => {
    const row = styleRow(st);
    const key = row.join(',');
    let i = styleRowIndex.get(key);
    if (i === undefined) { i = styleRows.length; styleRows.push(row); styleRowIndex.set(key, i); }
    return i;
  };

  const scale = window.devicePixelRatio || 1;
  const de = document.documentElement, body = document.body || de;
  const pageWidth = Math.max(body.scrollWidth, de.scrollWidth, body.offsetWidth, de.offsetWidth, body.clientWidth, de.clientWidth);
  const pageHeight = Math.max(body.scrollHeight, de.scrollHeight, body.offsetHeight, de.offsetHeight, body.clientHeight, de.clientHeight);
  const sx = window.scrollX, sy = window.scrollY;

  const cols = { parent: [], path: [], tag: [], id: [], classes: [], testId: [], role: [], name: [], text: [], src: [], box: [], style: [] };
  let truncated = false;

  const ownText = (el) => {
    if (NO_TEXT.has(el.tagName)) return '';
    let t = '';
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) t += c.nodeValue;
    return clip(t);
  };
  const nameOf = (el, tag) => {
    const aria = el.getAttribute('aria-label');
    if (aria) return clip(aria);
    if (tag === 'IMG' || tag === 'AREA') return clip(el.getAttribute('alt') || el.getAttribute('title') || '');
    if (NAME_FROM_CONTENT.has(tag)) return clip(el.textContent);
    const title = el.getAttribute('title');
    if (title) return clip(title);
    if (tag === 'INPUT' || tag === 'TEXTAREA') return clip(el.getAttribute('placeholder') || '');
    return '';
  };
  const srcOf = (el, tag) => {
    if (tag === 'IMG') return shortURL(el.currentSrc || el.getAttribute('src') || '');
    if (tag === 'VIDEO' || tag === 'IFRAME' || tag === 'EMBED') return shortURL(el.getAttribute('src') || '');
    if (tag === 'OBJECT') return shortURL(el.getAttribute('data') || '');
    if (tag === 'svg' || tag === 'SVG') return 'svg';
    if (tag === 'CANVAS') return 'canvas';
    return '';
  };

  // Depth-first, document order: `prefix` is the path of skipped ancestors (no box of their own,
  // e.g. display: contents) since the nearest recorded one.
  const stack = [];
  const pushChildren = (parentEl, parentIndex, prefix) => {
    const kids = parentEl.children;
    if (!kids || !kids.length) return;
    const total = new Map();
    for (const k of kids) total.set(k.tagName, (total.get(k.tagName) || 0) + 1);
    const seen = new Map();
    const entries = [];
    for (const k of kids) {
      const n = (seen.get(k.tagName) || 0) + 1;
      seen.set(k.tagName, n);
      const tag = k.localName;
      entries.push([k, parentIndex, prefix + (total.get(k.tagName) > 1 ? tag + ':nth-of-type(' + n + ')' : tag)]);
    }
    for (let i = entries.length - 1; i >= 0; i--) stack.push(entries[i]);
  };
  pushChildren({ children: [de] }, -1, '');
  while (stack.length) {
    const [el, parentIndex, segment] = stack.pop();
    if (SKIP.has(el.tagName)) continue;
    const st = getComputedStyle(el);
    if (st.display === 'none' || parseFloat(st.opacity) === 0) continue;
    const r = el.getBoundingClientRect();
    const x = (r.left + sx) * scale, y = (r.top + sy) * scale, w = r.width * scale, h = r.height * scale;
    const onPage = w > 0 && h > 0 && x < pageWidth * scale && y < pageHeight * scale && x + w > 0 && y + h > 0;
    let index = parentIndex, next = segment + '>';
    if (onPage && st.visibility === 'visible') {
      if (cols.tag.length >= o.maxElements) { truncated = true; break; }
      index = cols.tag.length;
      const tag = el.tagName;
      cols.parent.push(parentIndex);
      cols.path.push(str(segment));
      cols.tag.push(str(el.localName));
      cols.id.push(str(el.id));
      cols.classes.push(str(typeof el.className === 'string' ? el.className.trim().replace(/\s+/g, ' ').slice(0, 200) : ''));
      cols.testId.push(str(el.getAttribute('data-testid') || el.getAttribute('data-test-id') || el.getAttribute('data-test') || ''));
      cols.role.push(str(el.getAttribute('role') || IMPLICIT_ROLE[tag] || ''));
      cols.name.push(str(nameOf(el, tag)));
      cols.text.push(str(ownText(el)));
      cols.src.push(str(srcOf(el, tag)));
      // Position and size rounded apart: an element moved by a fraction of a pixel keeps its size.
      cols.box.push(Math.round(x), Math.round(y), Math.max(1, Math.round(w)), Math.max(1, Math.round(h)));
      cols.style.push(styleOf(st));
      next = '';
    }
    if (el.tagName === 'IFRAME' || el.localName === 'svg') continue;  // their insides are the element's content
    pushChildren(el, index, next);
    if (el.shadowRoot) pushChildren(el.shadowRoot, index, next + '::shadow>');  // popped first: painted where its slots are
  }
  return JSON.stringify({
    schemaVersion: 1, scale, width: Math.ceil(pageWidth * scale), height: Math.ceil(pageHeight * scale), truncated,
    captureMs: Math.round(performance.now() - started), styleNames: STYLE_NAMES, strings, styles: styleRows, elements: cols,
  });
}
