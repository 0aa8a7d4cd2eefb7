"""Make Playwright's bundled-browser paths point at the distribution's Chromium.

The official Playwright image ships its own browser builds under
PLAYWRIGHT_BROWSERS_PATH; an image built without a registry or the browser CDN has
/usr/bin/chromium instead. Linking the paths Playwright expects keeps the runner's
`chromium.launch()` identical in both images.
"""
import json
import os
import pathlib

import playwright

root = pathlib.Path(os.environ["PLAYWRIGHT_BROWSERS_PATH"])
package = pathlib.Path(playwright.__file__).parent / "driver" / "package"
revisions = {b["name"]: b["revision"] for b in json.loads((package / "browsers.json").read_text())["browsers"]}
targets = {
    f"chromium-{revisions['chromium']}/chrome-linux64/chrome",
    f"chromium_headless_shell-{revisions['chromium-headless-shell']}/chrome-headless-shell-linux64/chrome-headless-shell",
}
for relative in sorted(targets):
    link = root / relative
    link.parent.mkdir(parents=True, exist_ok=True)
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to("/usr/bin/chromium")
    print(f"{link} -> /usr/bin/chromium")
