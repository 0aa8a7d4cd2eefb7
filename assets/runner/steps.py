"""Declared steps on the Playwright API: locators from a LocatorSpec, one coroutine per StepKind.

A step arrives as the JSON of SceneConfig.Step (see docs/RUNNER-PROTOCOL.md). Only the
standard library and playwright are used, so the file runs unchanged in the official
Playwright Python image.
"""

import errno
import json
import os
from urllib.parse import urljoin

from playwright.async_api import expect

from protocol import error_text


class StepError(Exception):
    """A step that could not be performed; the message is shown to the user as is."""


class PermanentStepError(StepError):
    """A step that cannot work as written (no locator, no value, unknown kind): another attempt
    would fail the same way, so the execution is not retried."""


class LocatorNotFound(StepError):
    """The step's locator matched nothing in time: a candidate for healing."""


class LocatorAmbiguous(LocatorNotFound):
    """The step's locator matches several elements (Playwright's strict mode): healed like one that
    matches nothing, since the page no longer tells which one the step meant."""


def _quote(text):
    return "'" + str(text).replace("\\", "\\\\").replace("'", "\\'") + "'"


def describe_locator(spec):
    """The locator in Playwright's own notation, e.g. getByRole('button', { name: 'Go' })."""
    if not spec:
        return None
    exact = ", exact: true" if spec.get("exact") else ""
    if spec.get("testId") is not None:
        text = f"getByTestId({_quote(spec['testId'])})"
    elif spec.get("role") is not None:
        name = spec.get("name")
        opts = f", {{ name: {_quote(name)}{exact} }}" if name is not None else ""
        text = f"getByRole({_quote(spec['role'])}{opts})"
    elif spec.get("label") is not None:
        text = f"getByLabel({_quote(spec['label'])}{', { exact: true }' if exact else ''})"
    elif spec.get("placeholder") is not None:
        text = f"getByPlaceholder({_quote(spec['placeholder'])}{', { exact: true }' if exact else ''})"
    elif spec.get("text") is not None:
        text = f"getByText({_quote(spec['text'])}{', { exact: true }' if exact else ''})"
    elif spec.get("xpath") is not None:
        text = f"locator({_quote('xpath=' + spec['xpath'])})"
    elif spec.get("css") is not None:
        text = f"locator({_quote(spec['css'])})"
    else:
        return None
    if spec.get("nth") is not None:
        text += f".nth({int(spec['nth'])})"
    for frame in reversed(_frames(spec)):
        text = f"frameLocator({_quote(frame)})." + text
    return text


def _frames(spec):
    """The iframe chain of a locator (LocatorSpec.frame, nested frames joined by ' >> ')."""
    return [part.strip() for part in (spec.get("frame") or "").split(" >> ") if part.strip()]


def build_locator(page, spec):
    """A Playwright Locator for a LocatorSpec; StepError when the spec names no strategy."""
    if not spec:
        raise PermanentStepError("this step needs a locator (testId, role, label, text, placeholder, css or xpath)")
    exact = bool(spec.get("exact"))
    for frame in _frames(spec):
        page = page.frame_locator(frame)
    if spec.get("testId") is not None:
        loc = page.get_by_test_id(spec["testId"])
    elif spec.get("role") is not None:
        kwargs = {"exact": exact} if spec.get("name") is not None else {}
        if spec.get("name") is not None:
            kwargs["name"] = spec["name"]
        loc = page.get_by_role(spec["role"], **kwargs)
    elif spec.get("label") is not None:
        loc = page.get_by_label(spec["label"], exact=exact)
    elif spec.get("placeholder") is not None:
        loc = page.get_by_placeholder(spec["placeholder"], exact=exact)
    elif spec.get("text") is not None:
        loc = page.get_by_text(spec["text"], exact=exact)
    elif spec.get("xpath") is not None:
        loc = page.locator("xpath=" + spec["xpath"])
    elif spec.get("css") is not None:
        loc = page.locator(spec["css"])
    else:
        raise PermanentStepError("the locator names no strategy (testId, role, label, text, placeholder, css or xpath)")
    if spec.get("nth") is not None:
        loc = loc.nth(int(spec["nth"]))
    return loc


def wait_condition(step):
    """(kind, argument) of a wait step. Accepts Swift's synthesized enum JSON
    ({"selector":{"_0":"#x"}}, {"networkIdle":{}}, {"timeout":{"ms":500}}) and short forms."""
    cond = step.get("wait")
    if isinstance(cond, str):
        return ("networkIdle", None) if cond == "networkIdle" else ("selector", cond)
    if isinstance(cond, dict) and len(cond) == 1:
        kind, payload = next(iter(cond.items()))
        if isinstance(payload, dict):
            payload = payload.get("_0", payload.get("ms"))
        return kind, payload
    if step.get("locator"):
        return "locator", None
    if step.get("value") is not None:
        return "text", step["value"]
    raise PermanentStepError("a wait step needs a selector, a text, networkIdle or a timeout")


def describe(step):
    """A one-line description of a step that never shows typed values (they may be secrets)."""
    kind = step.get("kind")
    loc = describe_locator(step.get("locator"))
    value = step.get("value")
    if kind in ("fill", "type"):
        shown = f"({len(value or '')} characters)"
    elif kind in ("setCookie", "setLocalStorage"):
        shown = step.get("name") or ""
    elif kind == "evaluate":
        shown = "script"
    elif kind == "wait":
        try:
            wk, arg = wait_condition(step)
            shown = wk if arg is None else f"{wk} {arg}"
        except StepError:
            shown = ""
    elif kind == "plain":
        shown = _quote(value or "")
    else:
        shown = _quote(value) if value is not None else ""
    return " ".join(part for part in (kind, loc, shown) if part)


def _timeout_error(exc):
    return type(exc).__name__ == "TimeoutError" or "Timeout" in str(exc).split("\n", 1)[0]


class StepContext:
    """What a step may touch: the page, its context, the execution's base URL and output folder."""

    def __init__(self, page, base_url, output_dir, action_timeout_ms, artifacts, navigation_timeout_ms=None):
        self.page = page
        self.base_url = base_url
        self.output_dir = output_dir
        self.action_timeout_ms = action_timeout_ms
        # goto steps load a page: the execution's navigation limit, not a step's.
        self.navigation_timeout_ms = navigation_timeout_ms or action_timeout_ms
        self.artifacts = artifacts
        # snapshot.js when the run captures the element each locator step acts on; the last one is kept in `element`.
        self.describe_source = None
        self.element = None
        # The page's snapshot just before the step acts, when the element's look-alikes are recorded.
        self.page_before = None


def acts_on_element(step):
    """Whether the step acts on the element its locator finds (waits and scripts do not)."""
    return bool(step.get("locator")) and step.get("kind") not in ("wait", "evaluate")


def _locator_failure(step, timeout, exc):
    """LocatorAmbiguous for Playwright's strict-mode error, LocatorNotFound for a timeout, else None."""
    message = error_text(exc)
    if not acts_on_element(step):
        return None
    if "strict mode violation" in message:
        return LocatorAmbiguous(f"{describe_locator(step['locator'])} matches several elements: {message}")
    if _timeout_error(exc):
        return LocatorNotFound(f"{describe_locator(step['locator'])} not found within {timeout} ms: {message}")
    return None


async def perform(ctx, step, index):
    """Performs one declared step. Raises LocatorNotFound when its locator found nothing in time
    (LocatorAmbiguous when it found several), StepError for every other failure."""
    kind = step.get("kind")
    handler = _HANDLERS.get(kind)
    if handler is None:
        raise PermanentStepError(f"unknown step kind '{kind}'")
    timeout = step.get("timeoutMs") or ctx.action_timeout_ms
    try:
        if ctx.describe_source and ctx.element is None and acts_on_element(step):
            ctx.element = await describe_target(ctx, step)
        await handler(ctx, step, index, timeout)
    except StepError:
        raise
    except AssertionError as exc:
        raise StepError(error_text(exc)) from None
    except Exception as exc:  # Playwright errors carry the useful text in their message, call log included
        failure = _locator_failure(step, timeout, exc)
        raise (failure or StepError(error_text(exc))) from None


async def describe_target(ctx, step):
    """The element the step is about to act on, as snapshot.js describes one element (field values
    left out: a baseline must not store typed text); described before acting because the action may
    navigate away or remove it. None when it cannot be described; a locator that never appears
    raises LocatorNotFound here just as the action would, one that finds several LocatorAmbiguous."""
    timeout = step.get("timeoutMs") or ctx.action_timeout_ms
    try:
        return await build_locator(ctx.page, step["locator"]).evaluate(ctx.describe_source, {"values": False}, timeout=timeout)
    except Exception as exc:
        failure = _locator_failure(step, timeout, exc)
        if failure:
            raise failure from None
        return None


async def _goto(ctx, step, index, timeout):
    url = urljoin(ctx.base_url, step.get("value") or "")
    response = await ctx.page.goto(url, timeout=step.get("timeoutMs") or ctx.navigation_timeout_ms, wait_until="load")
    if response is not None and response.status >= 400:
        raise StepError(f"HTTP {response.status} {response.status_text} for {url}")


def _on_locator(action):
    async def run(ctx, step, index, timeout):
        loc = build_locator(ctx.page, step.get("locator"))
        await action(loc, step, timeout)
    return run


async def _press(ctx, step, index, timeout):
    key = step.get("value")
    if not key:
        raise PermanentStepError("a press step needs a key in 'value' (e.g. Enter)")
    if step.get("locator"):
        await build_locator(ctx.page, step["locator"]).press(key, timeout=timeout)
    else:
        await ctx.page.keyboard.press(key)


async def _scroll(ctx, step, index, timeout):
    if step.get("value") == "bottom":
        await ctx.page.evaluate("() => window.scrollTo(0, document.documentElement.scrollHeight)")
    elif step.get("value") == "top":
        await ctx.page.evaluate("() => window.scrollTo(0, 0)")
    elif step.get("scrollY") is not None:
        await ctx.page.mouse.wheel(0, int(step["scrollY"]))
        await ctx.page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")
    elif step.get("locator"):
        await build_locator(ctx.page, step["locator"]).scroll_into_view_if_needed(timeout=timeout)
    else:
        raise PermanentStepError("a scroll step needs scrollY, value 'top'/'bottom' or a locator")


async def _wait(ctx, step, index, timeout):
    kind, arg = wait_condition(step)
    page = ctx.page
    try:
        # Any visible match will do: on real sites the first match is often a hidden copy (a collapsed
        # mobile menu, a template), and a wait for it would never end.
        if kind == "selector":
            await page.locator(str(arg)).filter(visible=True).first.wait_for(state="visible", timeout=timeout)
        elif kind == "text":
            await page.get_by_text(str(arg)).filter(visible=True).first.wait_for(state="visible", timeout=timeout)
        elif kind == "locator":
            target = build_locator(page, step["locator"])
            if step["locator"].get("nth") is None:
                target = target.filter(visible=True).first
            await target.wait_for(state="visible", timeout=timeout)
        elif kind == "networkIdle":
            await page.wait_for_load_state("networkidle", timeout=timeout)
        elif kind == "timeout":
            await page.wait_for_timeout(int(arg))
        else:
            raise PermanentStepError(f"unknown wait condition '{kind}'")
    except StepError:
        raise
    except Exception as exc:
        if _timeout_error(exc):
            what = describe_locator(step.get("locator")) if kind == "locator" else f"{kind} {arg if arg is not None else ''}".rstrip()
            raise StepError(f"waited {timeout} ms for {what} but no visible match appeared") from None
        raise


async def _evaluate(ctx, step, index, timeout):
    script = step.get("value")
    if not script:
        raise PermanentStepError("an evaluate step needs a script in 'value'")
    try:
        await ctx.page.evaluate(script)
    except Exception as exc:
        raise StepError(f"the script threw: {error_text(exc, 600)}") from None


async def _set_cookie(ctx, step, index, timeout):
    if not step.get("name"):
        raise PermanentStepError("a setCookie step needs 'name'")
    url = ctx.page.url if ctx.page.url.startswith("http") else ctx.base_url
    await ctx.page.context.add_cookies([{"name": step["name"], "value": step.get("value") or "", "url": url}])


async def _set_local_storage(ctx, step, index, timeout):
    if not step.get("name"):
        raise PermanentStepError("a setLocalStorage step needs 'name'")
    await ctx.page.evaluate("([k, v]) => localStorage.setItem(k, v)", [step["name"], step.get("value") or ""])


async def _screenshot(ctx, step, index, timeout):
    name = step.get("value") or f"step-{index}"
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in name)[:80] or f"step-{index}"
    rel = os.path.join("screenshots", safe + ".png")
    if step.get("locator"):
        data = await build_locator(ctx.page, step["locator"]).screenshot(timeout=timeout, animations="disabled", caret="hide")
    else:
        data = await ctx.page.screenshot(timeout=timeout, animations="disabled", caret="hide")
    write_atomically(os.path.join(ctx.output_dir, rel), data)
    ctx.artifacts.setdefault("screenshots", []).append(rel)


async def _assert_visible(ctx, step, index, timeout):
    await expect(build_locator(ctx.page, step.get("locator"))).to_be_visible(timeout=timeout)


async def _assert_text(ctx, step, index, timeout):
    text = step.get("value")
    if text is None:
        raise PermanentStepError("an assertText step needs the expected text in 'value'")
    target = build_locator(ctx.page, step["locator"]) if step.get("locator") else ctx.page.locator("body")
    await expect(target).to_contain_text(text, timeout=timeout)


async def _assert_title(ctx, step, index, timeout):
    if step.get("value") is None:
        raise PermanentStepError("an assertTitle step needs the expected title in 'value'")
    await expect(ctx.page).to_have_title(step["value"], timeout=timeout)


async def _fill(loc, value, timeout):
    """Fills a field; on a <select> (a recorded value change, e.g. Chrome's `change`) selects the option."""
    tag = await loc.evaluate("e => e.tagName", timeout=timeout)
    if tag == "SELECT":
        await loc.select_option(value, timeout=timeout)
    else:
        await loc.fill(value, timeout=timeout)


async def _select(loc, value, timeout):
    """Chooses the option `value`: in a <select> as Playwright does; in a custom list (a button or
    div with role combobox, or a listbox) by opening it and clicking the option of that name, in
    the list it controls when it names one (so another open list's option is never taken)."""
    shape = await loc.evaluate(
        "e => [e.tagName, e.getAttribute('role') || '', e.getAttribute('aria-controls') || e.getAttribute('aria-owns') || '']",
        timeout=timeout)
    tag, role, owned = shape
    if tag == "SELECT":
        await loc.select_option(value, timeout=timeout)
        return
    if role == "listbox":
        scope = loc
    else:
        await loc.click(timeout=timeout)
        scope = loc.page.locator("[id=%s]" % json.dumps(owned)) if owned else loc.page
    await scope.get_by_role("option", name=value, exact=True).click(timeout=timeout)


def _needs_value(step, what):
    if step.get("value") is None:
        raise PermanentStepError(f"a {step.get('kind')} step needs {what} in 'value'")
    return step["value"]


_HANDLERS = {
    "goto": _goto,
    "click": _on_locator(lambda loc, s, t: loc.click(timeout=t)),
    "dblclick": _on_locator(lambda loc, s, t: loc.dblclick(timeout=t)),
    "hover": _on_locator(lambda loc, s, t: loc.hover(timeout=t)),
    "check": _on_locator(lambda loc, s, t: loc.check(timeout=t)),
    "uncheck": _on_locator(lambda loc, s, t: loc.uncheck(timeout=t)),
    "fill": _on_locator(lambda loc, s, t: _fill(loc, _needs_value(s, "the text"), t)),
    "type": _on_locator(lambda loc, s, t: loc.press_sequentially(_needs_value(s, "the text"), timeout=t)),
    "select": _on_locator(lambda loc, s, t: _select(loc, _needs_value(s, "the option"), t)),
    "press": _press,
    "scroll": _scroll,
    "wait": _wait,
    "evaluate": _evaluate,
    "setCookie": _set_cookie,
    "setLocalStorage": _set_local_storage,
    "screenshot": _screenshot,
    "assertVisible": _assert_visible,
    "assertText": _assert_text,
    "assertTitle": _assert_title,
}


def write_atomically(path, data):
    """Writes bytes to a temporary name in the same folder, then renames: no half files. A write that
    fails (a full disk) leaves no temporary file and raises OSError naming `path`."""
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    tmp = os.path.join(folder, f".{os.path.basename(path)}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise OSError(exc.errno, exc.strerror, path) from None


# errno values that mean "this file system cannot take the output", not "this page failed".
_STORAGE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO, errno.EFBIG}


def storage_failure(exc, path=None):
    """`{path, reason}` when `exc` is a write the file system refused (Python's OSError, or a
    Playwright error carrying Node's ENOSPC…), else None. scene stops the run on it."""
    if isinstance(exc, OSError) and exc.errno in _STORAGE_ERRNOS:
        return {"path": exc.filename or path or "", "reason": os.strerror(exc.errno)}
    text = str(exc)
    for name in ("ENOSPC", "EDQUOT", "EROFS"):
        if name in text:
            return {"path": path or "", "reason": os.strerror(getattr(errno, name))}
    return None
