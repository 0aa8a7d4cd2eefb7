"""The page's own password values, read just before the trace is saved, for scene's redactor.

Playwright's trace keeps every input's value in its DOM snapshots and the page's HTML and scripts
in its resources. scene removes password-field values from all of them (and from every other
output) after the execution; the trace itself shows what its snapshots held, this adds what the
fields hold at the end (value property, value attribute, default value) in every frame and open
shadow root. The values travel only in the `result` message: never log or write them.
"""

import asyncio

# Runs in each frame: every <input> whose type is password (property, or attribute in any case).
_READ_FIELDS = """() => {
  const values = new Set();
  const visit = (root) => {
    for (const el of root.querySelectorAll('input')) {
      const type = (el.getAttribute('type') || '').trim().toLowerCase();
      if (el.type !== 'password' && type !== 'password') continue;
      for (const v of [el.value, el.getAttribute('value'), el.defaultValue]) if (v) values.add(v);
    }
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(document);
  return [...values];
}"""


async def read_password_fields(pages, timeout_s=5):
    """The distinct non-empty password-field values of every frame of `pages` (best effort: a hung
    or detached frame is skipped; its fields are still in the trace's own snapshots)."""
    values = set()

    async def read_all():
        for page in pages:
            for frame in page.frames:
                try:
                    found = await frame.evaluate(_READ_FIELDS)
                except Exception:
                    continue
                values.update(v for v in found or [] if isinstance(v, str))

    try:
        await asyncio.wait_for(read_all(), timeout_s)
    except asyncio.TimeoutError:
        pass
    return sorted(values)
