// Scene's in-page recorder. Injected into every frame by recorder.py (add_init_script);
// reports user actions to the binding window.__sceneRecord(action). Each action carries
// several selector strategies (test id, ARIA role + name, label, placeholder, id, text,
// CSS path) so a replay or the trace alignment can pick the one that still works.
// Deliberately not recorded: hovers, wheel scrolling, programmatic changes (no user
// event) and navigations (recorder.py records the first one) -- the trace merge adds
// the ones that were performed through Playwright.
(() => {
  if (window.__sceneRecorderInstalled) return;
  window.__sceneRecorderInstalled = true;

  const send = (action) => {
    try {
      if (typeof window.__sceneRecord === 'function') window.__sceneRecord(action);
    } catch (e) { /* page closing: nothing to do */ }
  };

  const clean = (s, max = 80) => {
    const t = (s || '').replace(/\s+/g, ' ').trim();
    return t.length > max ? '' : t;
  };

  const implicitRole = (el) => {
    const tag = el.tagName.toLowerCase();
    const type = (el.getAttribute('type') || '').toLowerCase();
    if (el.getAttribute('role')) return el.getAttribute('role').split(' ')[0];
    if (tag === 'button') return 'button';
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    if (tag === 'select') return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
    if (tag === 'textarea') return 'textbox';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'img' && el.getAttribute('alt')) return 'img';
    if (tag === 'input') {
      if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
      if (type === 'checkbox') return 'checkbox';
      if (type === 'radio') return 'radio';
      if (type === 'range') return 'slider';
      if (type === 'number') return 'spinbutton';
      if (type === 'search') return 'searchbox';
      if (['', 'text', 'email', 'tel', 'url', 'password'].includes(type)) return type === 'password' ? '' : 'textbox';
    }
    return '';
  };

  // Text of the <label>s of a form control, without the control's own text.
  const labelText = (el) => {
    const parts = [];
    const labels = el.labels ? Array.from(el.labels) : [];
    for (const label of labels) {
      const copy = label.cloneNode(true);
      copy.querySelectorAll('input,select,textarea,button').forEach((c) => c.remove());
      parts.push(copy.textContent);
    }
    const by = el.getAttribute('aria-labelledby');
    if (by) by.split(/\s+/).forEach((id) => { const n = document.getElementById(id); if (n) parts.push(n.textContent); });
    return clean(parts.join(' '));
  };

  const accessibleName = (el, role) => {
    const aria = clean(el.getAttribute('aria-label'));
    if (aria) return aria;
    const label = labelText(el);
    if (label) return label;
    if (['button', 'link', 'heading', 'tab', 'menuitem', 'option'].includes(role)) {
      const value = el.tagName === 'INPUT' ? el.value : el.textContent;
      const text = clean(value);
      if (text) return text;
    }
    return clean(el.getAttribute('alt')) || clean(el.getAttribute('title')) || clean(el.getAttribute('placeholder'));
  };

  const cssEscape = (s) => (window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/[^\w-]/g, '\\$&'));

  const cssPath = (el) => {
    const parts = [];
    for (let n = el; n && n.nodeType === 1 && parts.length < 6; n = n.parentElement) {
      if (n.id && document.querySelectorAll('#' + cssEscape(n.id)).length === 1) { parts.unshift('#' + cssEscape(n.id)); break; }
      let part = n.tagName.toLowerCase();
      const parent = n.parentElement;
      if (parent) {
        const same = Array.from(parent.children).filter((c) => c.tagName === n.tagName);
        if (same.length > 1) part += ':nth-of-type(' + (same.indexOf(n) + 1) + ')';
      }
      parts.unshift(part);
      if (part === 'body') break;
    }
    return parts.join(' > ');
  };

  const selectorsOf = (el) => {
    const s = {};
    const testId = el.getAttribute('data-testid') || el.getAttribute('data-test-id') || el.getAttribute('data-test');
    if (testId) s.testId = testId;
    const role = implicitRole(el);
    const name = accessibleName(el, role);
    if (role && name) { s.role = role; s.name = name; }
    const label = labelText(el) || clean(el.getAttribute('aria-label'));
    if (label) s.label = label;
    const placeholder = clean(el.getAttribute('placeholder'));
    if (placeholder) s.placeholder = placeholder;
    if (el.id) s.id = el.id;
    if (['button', 'link', 'heading', 'option', 'tab', 'menuitem'].includes(role) || el.tagName === 'SPAN' || el.tagName === 'DIV') {
      const text = clean(el.tagName === 'INPUT' ? el.value : el.textContent);
      if (text) s.text = text;
    }
    s.css = cssPath(el);
    return s;
  };

  // The element a click means: the nearest interactive ancestor of what was hit.
  const actionable = (el) => el.closest && (el.closest('button,a[href],input,select,textarea,label,summary,[role],[data-testid],[onclick]') || el);

  const isToggle = (el) => el.tagName === 'INPUT' && ['checkbox', 'radio'].includes((el.type || '').toLowerCase());
  const isTextField = (el) => (el.tagName === 'INPUT' && !isToggle(el) && !['button', 'submit', 'reset', 'image', 'file', 'range', 'color'].includes((el.type || '').toLowerCase()))
    || el.tagName === 'TEXTAREA' || el.isContentEditable;
  const isSecret = (el) => el.tagName === 'INPUT' && (el.type || '').toLowerCase() === 'password';

  const base = (kind, el, extra) => Object.assign({ kind, selectors: selectorsOf(el), url: location.href, frame: window === window.top ? null : location.href }, extra || {});

  document.addEventListener('click', (event) => {
    if (!event.isTrusted || event.detail > 1) return;
    const el = actionable(event.target);
    if (!el || isToggle(el) || isTextField(el) || el.tagName === 'SELECT' || el.tagName === 'OPTION') return;
    // A click on a <label> of a checkbox reaches the checkbox too: its change event records it.
    if (el.tagName === 'LABEL' && el.control && (isToggle(el.control) || isTextField(el.control))) return;
    send(base('click', el));
  }, true);

  document.addEventListener('dblclick', (event) => {
    if (!event.isTrusted) return;
    const el = actionable(event.target);
    if (el) send(base('dblclick', el));
  }, true);

  document.addEventListener('input', (event) => {
    if (!event.isTrusted) return;
    const el = event.target;
    if (!isTextField(el)) return;
    const value = el.isContentEditable ? el.textContent : el.value;
    send(base('fill', el, isSecret(el) ? { redacted: true } : { value }));
  }, true);

  document.addEventListener('change', (event) => {
    const el = event.target;
    // Choosing an option fires a synthetic change in some browsers and in Playwright's selectOption.
    if (!event.isTrusted && el.tagName !== 'SELECT') return;
    if (isToggle(el)) send(base(el.checked ? 'check' : 'uncheck', el));
    else if (el.tagName === 'SELECT') send(base('select', el, { value: Array.from(el.selectedOptions).map((o) => o.value).join(', ') }));
    else if (el.tagName === 'INPUT' && el.type === 'file') send(base('setInputFiles', el, { value: Array.from(el.files || []).map((f) => f.name).join(', ') }));
  }, true);

  const keys = new Set(['Enter', 'Escape', 'Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End', 'Backspace', 'Delete']);
  document.addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    const mods = ['Alt', 'Control', 'Meta', 'Shift'].filter((m) => event.getModifierState(m) && m !== event.key);
    const shortcut = mods.length && !(mods.length === 1 && mods[0] === 'Shift') && event.key.length === 1;
    if (!keys.has(event.key) && !shortcut) return;
    if (['Backspace', 'Delete'].includes(event.key) && isTextField(event.target)) return; // part of the field's fill
    const el = event.target === document.body || event.target === document.documentElement ? null : event.target;
    const key = mods.concat([event.key]).join('+');
    send(el ? base('press', el, { value: key }) : { kind: 'press', selectors: {}, value: key, url: location.href });
  }, true);
})();
