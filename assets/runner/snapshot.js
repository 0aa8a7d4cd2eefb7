// Scene element snapshot: ONE JavaScript expression (an arrow function) for Playwright's
// page.evaluate(source[, options]). Returns {url, title, elements: [...]} describing the
// visible interactive elements and the text-bearing elements of the page, its open
// shadow roots and its same-origin iframes. Read-only: it never changes the page.
// Password-field values are never read. Contract: docs in contracts.md / SceneLocate.Element.
// Called as locator.evaluate(source[, options]) it receives the element first and returns
// that one element in the same shape (index 0), or null; `values: false` leaves out field
// values (what a baseline stores must not hold typed text).
(first, second) => {
  const one = first && first.nodeType === 1 ? first : null;
  const opts = Object.assign({ maxElements: 5000, maxText: 160, values: true }, (one ? second : first) || {});
  const out = [];
  const clip = (s, n) => {
    const t = (s || '').replace(/\s+/g, ' ').trim();
    return t.length > n ? t.slice(0, n) : t;
  };
  const WIDGET_ROLES = new Set(['button', 'link', 'checkbox', 'radio', 'tab', 'menuitem', 'menuitemcheckbox',
    'menuitemradio', 'option', 'switch', 'textbox', 'combobox', 'listbox', 'slider', 'spinbutton', 'searchbox',
    'treeitem', 'gridcell']);
  // Text-bearing blocks kept for "wait for" / "assert" even when their text sits in inline children;
  // other elements are kept only for text of their own (a list item around a link adds nothing).
  const TEXT_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'TH', 'LEGEND', 'CAPTION', 'FIGCAPTION',
    'BLOCKQUOTE', 'LABEL']);
  const NAME_FROM_CONTENT = new Set(['button', 'link', 'checkbox', 'radio', 'tab', 'menuitem', 'menuitemcheckbox',
    'menuitemradio', 'option', 'switch', 'heading', 'cell', 'columnheader', 'rowheader', 'treeitem', 'gridcell',
    'tooltip', 'row']);
  const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'META', 'LINK', 'SVG', 'svg']);
  // A form's named fields shadow its properties (a field named "children" or "id" replaces
  // form.children or form.id): read them through the prototypes' getters.
  const ELEMENT_CHILDREN = Object.getOwnPropertyDescriptor(Element.prototype, 'children').get;
  const kidsOf = (n) => { try { return ELEMENT_CHILDREN.call(n); } catch (e) { return n.children || []; } };
  const idOf = (n) => Element.prototype.getAttribute.call(n, 'id') || '';

  // Implicit ARIA role, following the choices of Playwright's role engine so generated
  // getByRole locators resolve the same way.
  const implicitRole = (el) => {
    const tag = el.tagName;
    switch (tag) {
      case 'A': case 'AREA': return el.hasAttribute('href') ? 'link' : null;
      case 'BUTTON': return 'button';
      case 'INPUT': {
        const type = (el.getAttribute('type') || 'text').toLowerCase();
        if (type === 'hidden') return null;
        const map = { button: 'button', image: 'button', reset: 'button', submit: 'button', checkbox: 'checkbox',
          radio: 'radio', range: 'slider', number: 'spinbutton', file: 'button' };
        if (map[type]) return map[type];
        if (el.hasAttribute('list')) return 'combobox';
        return type === 'search' ? 'searchbox' : 'textbox';
      }
      case 'SELECT': return (el.multiple || el.size > 1) ? 'listbox' : 'combobox';
      case 'TEXTAREA': return 'textbox';
      case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6': return 'heading';
      case 'IMG': return el.getAttribute('alt') === '' ? 'presentation' : 'img';
      case 'NAV': return 'navigation';
      case 'MAIN': return 'main';
      case 'UL': case 'OL': return 'list';
      case 'LI': return 'listitem';
      case 'P': return 'paragraph';
      case 'TABLE': return 'table';
      case 'TR': return 'row';
      case 'TD': return 'cell';
      case 'TH': return 'columnheader';
      case 'OPTION': return 'option';
      case 'DIALOG': return 'dialog';
      case 'FORM': return 'form';
      case 'ARTICLE': return 'article';
      case 'ASIDE': return 'complementary';
      case 'DETAILS': return 'group';
      case 'FIELDSET': return 'group';
      case 'PROGRESS': return 'progressbar';
      case 'HR': return 'separator';
      default: return null;
    }
  };
  const roleOf = (el) => {
    const explicit = (el.getAttribute('role') || '').trim().split(/\s+/)[0];
    return explicit || implicitRole(el);
  };

  const rootOf = (el) => el.getRootNode();
  const byId = (el, id) => {
    const root = rootOf(el);
    return root.getElementById ? root.getElementById(id) : (root.querySelector ? root.querySelector('#' + CSS.escape(id)) : null);
  };

  // Text of a subtree as a screen reader would read it (alt text and aria-label included).
  const contentText = (node, budget) => {
    let acc = '';
    const visit = (n, depth) => {
      if (acc.length > budget || depth > 30) return;
      if (n.nodeType === 3) { acc += n.nodeValue; return; }
      if (n.nodeType !== 1) return;
      if (SKIP_TAGS.has(n.tagName)) return;
      if (n.getAttribute('aria-hidden') === 'true') return;
      const st = n.ownerDocument.defaultView.getComputedStyle(n);
      if (st.display === 'none' || st.visibility === 'hidden') return;
      if (n !== node && n.hasAttribute('aria-label')) { acc += ' ' + n.getAttribute('aria-label') + ' '; return; }
      if (n.tagName === 'IMG') { acc += ' ' + (n.getAttribute('alt') || '') + ' '; return; }
      if (n.tagName === 'BR') { acc += ' '; return; }
      if (n.tagName === 'INPUT' || n.tagName === 'SELECT' || n.tagName === 'TEXTAREA') return;
      const block = st.display !== 'inline';
      if (block) acc += ' ';
      const kids = n.shadowRoot ? n.shadowRoot.childNodes : (n.tagName === 'SLOT' ? n.assignedNodes({ flatten: true }) : n.childNodes);
      for (const c of kids) visit(c, depth + 1);
      if (block) acc += ' ';
    };
    visit(node, 0);
    return clip(acc, budget);
  };

  const labelElementsOf = (el) => {
    if (el.labels && el.labels.length) return Array.from(el.labels);
    if (!idOf(el)) return [];
    const root = rootOf(el);
    const l = root.querySelector && root.querySelector('label[for="' + CSS.escape(idOf(el)) + '"]');
    return l ? [l] : [];
  };
  const labelsOf = (el) => clip(labelElementsOf(el).map((l) => contentText(l, opts.maxText)).filter(Boolean).join(' '), opts.maxText);
  // Labels only screen readers get (a 1-pixel clipped "visually hidden" label): a person reads the placeholder instead.
  const labelHidden = (el) => {
    const labels = labelElementsOf(el);
    return labels.length > 0 && labels.every((l) => { const r = l.getBoundingClientRect(); return r.width <= 2 || r.height <= 2; });
  };

  const accessibleName = (el, role, label) => {
    const ids = (el.getAttribute('aria-labelledby') || '').trim();
    if (ids) {
      const t = ids.split(/\s+/).map((id) => byId(el, id)).filter(Boolean).map((n) => contentText(n, opts.maxText)).join(' ');
      if (t.trim()) return clip(t, opts.maxText);
    }
    const aria = (el.getAttribute('aria-label') || '').trim();
    if (aria) return clip(aria, opts.maxText);
    const tag = el.tagName;
    if (tag === 'INPUT') {
      const type = (el.getAttribute('type') || 'text').toLowerCase();
      if (type === 'submit' || type === 'reset' || type === 'button') {
        return clip(el.getAttribute('value') || (type === 'submit' ? 'Submit' : type === 'reset' ? 'Reset' : ''), opts.maxText);
      }
      if (type === 'image') return clip(el.getAttribute('alt') || el.getAttribute('value') || 'Submit', opts.maxText);
    }
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
      if (label) return label;
      return clip(el.getAttribute('title') || el.getAttribute('placeholder') || '', opts.maxText);
    }
    if (tag === 'IMG') return clip(el.getAttribute('alt') || el.getAttribute('title') || '', opts.maxText);
    if (tag === 'FIELDSET') {
      const lg = el.querySelector(':scope > legend');
      if (lg) return contentText(lg, opts.maxText);
    }
    if (role && NAME_FROM_CONTENT.has(role)) {
      const t = contentText(el, opts.maxText);
      if (t) return t;
    }
    return clip(el.getAttribute('title') || '', opts.maxText);
  };

  // Direct text: only the element's own text nodes (a container's children speak for themselves).
  const ownText = (el) => {
    let t = '';
    for (const c of el.childNodes) if (c.nodeType === 3) t += c.nodeValue;
    return clip(t, opts.maxText);
  };

  const isInteractive = (el, role, st) => {
    const tag = el.tagName;
    if (tag === 'A' && el.hasAttribute('href')) return true;
    if (tag === 'BUTTON' || tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'SUMMARY') return true;
    if (tag === 'INPUT') return (el.getAttribute('type') || '').toLowerCase() !== 'hidden';
    if (role && WIDGET_ROLES.has(role)) return true;
    if (el.hasAttribute('onclick') || el.isContentEditable && el.getAttribute('contenteditable') !== null) return true;
    const ti = el.getAttribute('tabindex');
    if (ti !== null && parseInt(ti, 10) >= 0) return true;
    if (st.cursor === 'pointer') {
      const p = el.parentElement;
      const pc = p ? p.ownerDocument.defaultView.getComputedStyle(p).cursor : '';
      if (pc !== 'pointer') return true;
    }
    return false;
  };

  const nthOfType = (el) => {
    let i = 1;
    for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (s.tagName === el.tagName) i++;
    return i;
  };
  const hasTwinOfType = (el) => {
    const p = el.parentNode;
    if (!p) return false;
    let n = 0;
    for (const c of kidsOf(p)) if (c.tagName === el.tagName) n++;
    return n > 1;
  };
  // XPath from the element's root (document, or the shadow root that holds it).
  const xpathOf = (el) => {
    const parts = [];
    for (let n = el; n && n.nodeType === 1; n = n.parentNode) {
      const tag = n.localName;
      parts.unshift(hasTwinOfType(n) ? tag + '[' + nthOfType(n) + ']' : tag);
    }
    return '/' + parts.join('/');
  };
  const idSelector = (n) => {
    if (!idOf(n)) return null;
    const sel = '#' + CSS.escape(idOf(n));
    try { return rootOf(n).querySelectorAll(sel).length === 1 ? sel : null; } catch (e) { return null; }
  };
  // CSS path inside one root; hosts of shadow roots are joined with Playwright's ' >> '.
  const cssInRoot = (el) => {
    const parts = [];
    for (let n = el; n && n.nodeType === 1; n = n.parentNode) {
      const id = idSelector(n);
      if (id) { parts.unshift(id); break; }
      const tag = n.localName;
      parts.unshift(hasTwinOfType(n) ? tag + ':nth-of-type(' + nthOfType(n) + ')' : tag);
    }
    return parts.join(' > ');
  };

  // -- Where an element sits, in the words a person would use: the row, card or list item around
  // it (repeated units), the landmarks and named groups it is in (nearest first), the heading it
  // sits under. Cached per ancestor: siblings share them.
  const parentOf = (n) => n.parentElement || (n.parentNode && n.parentNode.host) || null;
  const nameOfGroup = (n) => {
    const ids = (n.getAttribute('aria-labelledby') || '').trim();
    if (ids) {
      const t = ids.split(/\s+/).map((id) => byId(n, id)).filter(Boolean).map((x) => contentText(x, 60)).join(' ');
      if (t.trim()) return clip(t, 60);
    }
    const aria = n.getAttribute('aria-label');
    if (aria) return clip(aria, 60);
    const first = n.querySelector(':scope > legend, :scope > caption, :scope > h1, :scope > h2, :scope > h3, :scope > h4, ' +
      ':scope > header h1, :scope > header h2, :scope > header h3, :scope > div > h2, :scope > div > h3');
    return first ? contentText(first, 60) : '';
  };
  // Class or id words that name a region when the markup has no landmark role.
  const REGION_WORDS = { footer: 'contentinfo', header: 'banner', masthead: 'banner', topbar: 'banner', navbar: 'navigation',
    nav: 'navigation', menu: 'navigation', sidebar: 'complementary', modal: 'dialog', dialog: 'dialog', popup: 'dialog' };
  const regionCache = new Map();
  const regionOf = (n) => {
    if (regionCache.has(n)) return regionCache.get(n);
    const tag = n.tagName, role = (n.getAttribute('role') || '').trim().split(/\s+/)[0];
    let kind = null, named = false;
    if (role === 'navigation' || (!role && tag === 'NAV')) { kind = 'navigation'; named = true; }
    else if (role === 'banner' || (!role && tag === 'HEADER' && !n.closest('article, section, main, aside'))) kind = 'banner';
    else if (role === 'contentinfo' || (!role && tag === 'FOOTER' && !n.closest('article, section, main, aside'))) kind = 'contentinfo';
    else if (role === 'complementary' || (!role && tag === 'ASIDE')) { kind = 'complementary'; named = true; }
    else if (role === 'main' || (!role && tag === 'MAIN')) kind = 'main';
    else if (role === 'search') { kind = 'search'; named = true; }
    else if (role === 'form' || (!role && tag === 'FORM')) { kind = 'form'; named = true; }
    else if (role === 'dialog' || role === 'alertdialog' || (!role && tag === 'DIALOG')) { kind = 'dialog'; named = true; }
    else if (role === 'group' || role === 'radiogroup' || (!role && tag === 'FIELDSET')) { kind = 'group'; named = true; }
    else if (role === 'region' || (!role && tag === 'SECTION' && (n.hasAttribute('aria-label') || n.hasAttribute('aria-labelledby')))) { kind = 'region'; named = true; }
    else if (['table', 'grid', 'treegrid'].includes(role) || (!role && tag === 'TABLE')) { kind = 'table'; named = true; }
    else if (['tablist', 'menu', 'menubar', 'toolbar', 'list', 'listbox'].includes(role) && n.hasAttribute('aria-label')) { kind = role; named = true; }
    else if (role === 'columnheader' || (!role && tag === 'TH' && n.closest('thead'))) kind = 'columnheader';
    else if (!role && (tag === 'DIV' || tag === 'SECTION' || tag === 'UL')) {
      const words = ((idOf(n) + ' ' + (typeof n.className === 'string' ? n.className : '')).toLowerCase().match(/[a-z]+/g)) || [];
      const hit = words.find((w) => REGION_WORDS[w]);
      if (hit) kind = REGION_WORDS[hit];
    }
    const region = kind ? (named && nameOfGroup(n) ? kind + ': ' + nameOfGroup(n) : kind) : null;
    regionCache.set(n, region);
    return region;
  };
  const regionsOf = (el) => {
    const found = [];
    for (let n = parentOf(el), depth = 0; n && depth < 40 && n.tagName !== 'BODY'; n = parentOf(n), depth++) {
      const r = regionOf(n);
      if (r && !found.includes(r)) found.push(r);
    }
    return found.slice(0, 6);
  };
  // The nearest repeated unit around the element: a row, list item, article, or one of several
  // siblings with the same tag and classes (product cards, comments, form fields). Cells are not
  // units: the row is.
  const UNIT_ROLES = new Set(['row', 'listitem', 'article', 'option', 'treeitem']);
  const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);
  const STOP_TAGS = new Set(['BODY', 'MAIN', 'FORM', 'NAV', 'TABLE', 'DIALOG', 'HEADER', 'FOOTER', 'ASIDE']);
  const looksRepeated = (n) => {
    const p = n.parentElement;
    if (!p || typeof n.className !== 'string' || !n.className.trim()) return false;
    let twins = 0;
    for (const c of kidsOf(p)) if (c !== n && c.tagName === n.tagName && c.className === n.className) twins++;
    return twins > 0;
  };
  const containerOf = (el) => {
    for (let n = parentOf(el), depth = 0; n && depth < 8; n = parentOf(n), depth++) {
      if (STOP_TAGS.has(n.tagName)) return null;
      const role = roleOf(n);
      if (CELL_ROLES.has(role)) continue;
      if (UNIT_ROLES.has(role) || looksRepeated(n)) return [n, role || n.localName];
    }
    return null;
  };
  // The element's place among the controls of its kind in its nearest named area (a form, a
  // dialog, a group, the footer...; not the whole main content): [index, count]. "The only button
  // of the newsletter form" stays that after its words change.
  const nearestArea = (el) => {
    for (let n = parentOf(el), depth = 0; n && depth < 40 && n.tagName !== 'BODY'; n = parentOf(n), depth++) {
      const r = regionOf(n);
      if (r && !r.startsWith('main') && !r.startsWith('columnheader')) return n;
      if (r && r.startsWith('main')) return null;
    }
    return null;
  };
  const peersCache = new Map();
  const peersOf = (el, role) => {
    const area = nearestArea(el);
    if (!area || !role) return null;
    const key = area;
    if (!peersCache.has(key)) peersCache.set(key, new Map());
    const byRole = peersCache.get(key);
    if (!byRole.has(role)) {
      const list = [];
      for (const n of area.querySelectorAll('*')) {
        if (roleOf(n) !== role) continue;
        const r = n.getBoundingClientRect();
        if (r.width > 0 && r.height > 0 && n.ownerDocument.defaultView.getComputedStyle(n).visibility === 'visible') list.push(n);
        if (list.length > 50) break;
      }
      byRole.set(role, list);
    }
    const list = byRole.get(role);
    const i = list.indexOf(el);
    return i < 0 ? null : [i, list.length];
  };
  // The element's place among the controls of its kind in its row or card: [index, count]. The
  // second button of a product card stays the second after its words change.
  const FAMILY = { button: 'click', link: 'click', menuitem: 'click', tab: 'click', textbox: 'field', searchbox: 'field',
    spinbutton: 'field', combobox: 'field', checkbox: 'toggle', switch: 'toggle', radio: 'radio' };
  const unitPeersCache = new Map();
  const unitPeersOf = (el, unit, role) => {
    const family = FAMILY[role];
    if (!family) return null;
    if (!unitPeersCache.has(unit)) unitPeersCache.set(unit, new Map());
    const byFamily = unitPeersCache.get(unit);
    if (!byFamily.has(family)) {
      const list = [];
      for (const n of unit.querySelectorAll('a[href], button, input, select, textarea, [role]')) {
        if (FAMILY[roleOf(n)] !== family) continue;
        const r = n.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) list.push(n);
        if (list.length > 20) break;
      }
      byFamily.set(family, list);
    }
    const list = byFamily.get(family);
    const i = list.indexOf(el);
    return i < 0 ? null : [i, list.length];
  };
  const containerText = new Map();
  const textOfContainer = (n) => {
    if (!containerText.has(n)) containerText.set(n, contentText(n, 120));
    return containerText.get(n);
  };
  // The last heading before the element inside its nearest section (article, section, form,
  // dialog, landmark...): the title of the card, form part or page area it sits under.
  const SECTION_TAGS = new Set(['ARTICLE', 'SECTION', 'ASIDE', 'NAV', 'MAIN', 'FORM', 'FIELDSET', 'DIALOG', 'HEADER', 'FOOTER', 'BODY']);
  const headingsIn = new Map();
  // A section without a heading before the element (a form under its section's title) defers to the one around it.
  const isSection = (n) => SECTION_TAGS.has(n.tagName) || ['dialog', 'region', 'article', 'form', 'group'].includes(n.getAttribute('role'));
  const headingOf = (el) => {
    for (let section = parentOf(el), depth = 0; section && depth < 40; section = parentOf(section), depth++) {
      if (!isSection(section)) continue;
      if (!headingsIn.has(section)) headingsIn.set(section, Array.from(section.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading], legend')));
      const list = headingsIn.get(section);
      for (let i = list.length - 1; i >= 0; i--) {
        const h = list[i];
        if (h !== el && !h.contains(el) && (h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) {
          const t = contentText(h, 80);
          if (t) return t;
        }
      }
      if (section.tagName === 'BODY') break;
    }
    return null;
  };

  // The header of the table column a cell's element sits in ("Tue 10 Mar" for a time in that
  // day's column): what a person reads above it, as a heading is read above a section's controls.
  const CELL = 'td, th, [role=cell], [role=gridcell]';
  const headerRows = new Map();
  const headerOf = (table) => {
    if (!headerRows.has(table)) {
      let row = null;
      if (table.tagName === 'TABLE') row = table.tHead ? table.tHead.rows[table.tHead.rows.length - 1] : Array.from(table.rows).find((r) => r.cells.length && Array.from(r.cells).every((c) => c.tagName === 'TH')) || null;
      else row = Array.from(table.querySelectorAll('[role=row]')).find((r) => r.querySelector('[role=columnheader]')) || null;
      const cells = [];
      if (row) for (const c of (row.tagName === 'TR' ? Array.from(row.cells) : Array.from(row.querySelectorAll('[role=columnheader], [role=rowheader], [role=cell], [role=gridcell]')))) {
        const text = contentText(c, 60);
        for (let span = Math.max(1, c.colSpan || 1); span > 0; span--) cells.push(text);
      }
      headerRows.set(table, { row, cells });
    }
    return headerRows.get(table);
  };
  const columnOf = (el) => {
    const cell = el.closest(CELL);
    if (!cell || cell === el) return null;
    const table = cell.closest('table, [role=table], [role=grid], [role=treegrid]');
    const row = cell.closest('tr, [role=row]');
    if (!table || !row) return null;
    let index = 0;
    if (cell.tagName === 'TD' || cell.tagName === 'TH') {
      for (const c of Array.from(row.cells || [])) { if (c === cell) break; index += Math.max(1, c.colSpan || 1); }
    } else {
      index = Array.from(row.querySelectorAll('[role=cell], [role=gridcell], [role=columnheader], [role=rowheader]')).indexOf(cell);
    }
    const header = headerOf(table);
    // A control in the header row (a sort button) is its own column's header.
    if (row === header.row || row.closest('thead')) return null;
    return header.cells[index] || null;
  };

  const pushElement = (el, ctx, role, interactive, st, rect) => {
    const tag = el.localName;
    const type = tag === 'input' ? (el.getAttribute('type') || 'text').toLowerCase() : (el.getAttribute('type') || null);
    const label = (tag === 'input' || tag === 'select' || tag === 'textarea') ? labelsOf(el) : '';
    const name = accessibleName(el, role, label);
    const box = { x: rect.left + ctx.offsetX, y: rect.top + ctx.offsetY, width: rect.width, height: rect.height };
    const vw = ctx.topWindow.innerWidth, vh = ctx.topWindow.innerHeight;
    const inViewport = box.x < vw && box.y < vh && box.x + box.width > 0 && box.y + box.height > 0;
    // Top-most: what elementFromPoint finds at the centre is this element, inside it, or its label.
    let isTop = true;
    const cx = rect.left + rect.width / 2, cy = rect.top + rect.height / 2;
    const win = el.ownerDocument.defaultView;
    if (cx >= 0 && cy >= 0 && cx < win.innerWidth && cy < win.innerHeight) {
      const hit = rootOf(el).elementFromPoint ? rootOf(el).elementFromPoint(cx, cy) : null;
      isTop = !!hit && (hit === el || el.contains(hit) || (el.labels ? Array.from(el.labels).some((l) => l === hit || l.contains(hit)) : false));
    }
    let testId = null, testIdAttr = null;
    for (const a of ['data-testid', 'data-test-id', 'data-test']) {
      const v = el.getAttribute(a);
      if (v !== null && v !== '') { testId = v; testIdAttr = a; break; }
    }
    const e = {
      index: out.length,
      tag,
      role: role || null,
      name: name || null,
      text: (interactive ? contentText(el, opts.maxText) : (TEXT_TAGS.has(el.tagName) ? contentText(el, opts.maxText) : ownText(el))) || null,
      id: idOf(el) || null,
      testId,
      ariaLabel: el.getAttribute('aria-label') || null,
      placeholder: el.getAttribute('placeholder') || null,
      nameAttr: el.getAttribute('name') || null,
      type,
      classes: Array.from(el.classList || []),
      href: el.getAttribute('href') || null,
      label: label || null,
      xpath: ctx.xpathPrefix + xpathOf(el),
      cssPath: ctx.cssPrefix + cssInRoot(el),
      box,
      inViewport,
      isTop,
      interactive,
      ancestors: ctx.ancestors.concat(ancestorTags(el)),
      frame: ctx.frame || null,
    };
    const title = el.getAttribute('title');
    if (title) e.title = clip(title, opts.maxText);
    // A unit that holds nothing but the element (a list item around a link) says nothing more.
    const unit = containerOf(el);
    const unitText = unit ? textOfContainer(unit[0]) : '';
    if (unitText && unitText !== e.text && unitText !== e.name) {
      e.container = unitText; e.containerRole = unit[1];
      const place = interactive ? unitPeersOf(el, unit[0], role) : null;
      if (place) e.unitPeers = place;
    }
    const regions = regionsOf(el);
    if (regions.length) e.regions = regions;
    const heading = headingOf(el);
    if (heading) e.heading = heading;
    const column = columnOf(el);
    if (column && column !== e.text && column !== e.name) e.column = column;
    if (interactive) {
      const peers = peersOf(el, role);
      if (peers) e.peers = peers;
    }
    if (tag === 'select') e.options = Array.from(el.options || []).slice(0, 50).map((o) => clip(o.textContent, 60));
    if (label && labelHidden(el)) e.labelHidden = true;
    if (testIdAttr && testIdAttr !== 'data-testid') e.testIdAttr = testIdAttr;
    if (opts.values && ((tag === 'input' && type !== 'password') || tag === 'textarea' || tag === 'select')) {
      if (tag === 'select') {
        const o = el.selectedOptions && el.selectedOptions[0];
        e.value = o ? clip(o.textContent, opts.maxText) : null;
      } else if (type === 'checkbox' || type === 'radio') {
        e.checked = el.checked;
      } else {
        e.value = clip(el.value, opts.maxText) || null;
      }
    }
    if (tag === 'input' && (type === 'checkbox' || type === 'radio') && e.checked === undefined) e.checked = el.checked;
    if (el.hasAttribute('aria-checked')) e.checked = el.getAttribute('aria-checked') === 'true';
    if (el.disabled === true || el.getAttribute('aria-disabled') === 'true') e.disabled = true;
    out.push(e);
  };

  // Tags from the element's root down to its parent (within one root).
  const ancestorTags = (el) => {
    const tags = [];
    for (let n = el.parentNode; n && n.nodeType === 1; n = n.parentNode) tags.unshift(n.localName);
    return tags;
  };

  // Where a walk stands: offsets and frame chain of an iframe's document, prefixes of a shadow root.
  const topContext = (win) => ({
    topWindow: win, offsetX: 0, offsetY: 0, frame: null, xpathPrefix: '', cssPrefix: '',
    ancestors: [], insideInteractive: false,
  });
  const frameContext = (ctx, iframe) => {
    const rect = iframe.getBoundingClientRect();
    const cs = iframe.ownerDocument.defaultView.getComputedStyle(iframe);
    const frameSel = cssInRoot(iframe);
    return {
      topWindow: ctx.topWindow,
      offsetX: ctx.offsetX + rect.left + iframe.clientLeft + parseFloat(cs.paddingLeft || '0'),
      offsetY: ctx.offsetY + rect.top + iframe.clientTop + parseFloat(cs.paddingTop || '0'),
      frame: ctx.frame ? ctx.frame + ' >> ' + frameSel : frameSel,
      xpathPrefix: '', cssPrefix: '', ancestors: [], insideInteractive: false,
    };
  };
  const shadowContext = (ctx, host, interactive) => Object.assign({}, ctx, {
    xpathPrefix: '', cssPrefix: ctx.cssPrefix + cssInRoot(host) + ' >> ',
    ancestors: ctx.ancestors.concat(ancestorTags(host), [host.localName]),
    insideInteractive: ctx.insideInteractive || interactive,
  });
  // The context a walk from the top would have reached `el` with: up through shadow hosts and
  // same-origin frame elements (a cross-origin parent is out of reach: that frame counts as top).
  const contextOf = (el) => {
    const root = rootOf(el);
    if (root.host) return shadowContext(contextOf(root.host), root.host, false);
    const win = root.defaultView;
    let holder = null;
    try { holder = win.frameElement; } catch (e) { holder = null; }
    return holder ? frameContext(contextOf(holder), holder) : topContext(win);
  };

  const walk = (root, ctx) => {
    const stack = [];
    const pushKids = (parent, hidden) => {
      const kids = kidsOf(parent);
      for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], hidden]);
    };
    pushKids(root, false);
    while (stack.length && out.length < opts.maxElements) {
      const [el, ariaHidden] = stack.pop();
      if (SKIP_TAGS.has(el.tagName)) continue;
      const win = el.ownerDocument.defaultView;
      const st = win.getComputedStyle(el);
      if (st.display === 'none') continue;
      const hidden = ariaHidden || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert');
      const rect = el.getBoundingClientRect();
      const visible = !hidden && st.visibility === 'visible' && rect.width > 0 && rect.height > 0 && parseFloat(st.opacity) > 0;
      const role = roleOf(el);
      let interactive = false;
      if (visible) {
        interactive = isInteractive(el, role, st);
        if (interactive) {
          pushElement(el, ctx, role, true, st, rect);
        } else if ((TEXT_TAGS.has(el.tagName) && el.tagName !== 'LABEL') || ownText(el)) {
          if (!ctx.insideInteractive) pushElement(el, ctx, role, false, st, rect);
        }
      }
      if (el.tagName === 'IFRAME') {
        let doc = null;
        try { doc = el.contentDocument; } catch (e) { doc = null; }
        if (doc && doc.documentElement && visible) walk({ children: [doc.documentElement] }, frameContext(ctx, el));
        continue;
      }
      if (el.shadowRoot) walk(el.shadowRoot, shadowContext(ctx, el, interactive));
      if (interactive && !ctx.insideInteractive) {
        // Children of an interactive element are part of it: walk them without emitting text-only nodes.
        walk(el, Object.assign({}, ctx, { insideInteractive: true }));
        continue;
      }
      pushKids(el, hidden);
    }
  };

  if (one) {
    const role = roleOf(one);
    const st = one.ownerDocument.defaultView.getComputedStyle(one);
    pushElement(one, contextOf(one), role, isInteractive(one, role, st), st, one.getBoundingClientRect());
    return out[0] || null;
  }
  walk({ children: [document.documentElement] }, topContext(window));
  return { url: location.href, title: document.title, elements: out, truncated: out.length >= opts.maxElements };
}
