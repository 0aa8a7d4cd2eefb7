"""One execution: a fresh browser context with tracing, the declared steps (healed or
interpreted through `resolve` when scene supports it), stabilisation and capture."""

import asyncio
import json
import os
import time

from capture import Capturer, stable_capture, write_shot
from password_fields import read_password_fields
from layout import capture_layout
from protocol import emit, error_text
from stabilize import WATCH_SCRIPT, CaptureError, stabilize
from steps import (LocatorNotFound, PermanentStepError, StepContext, StepError, acts_on_element, describe, describe_locator,
                   describe_target, perform, storage_failure,
                   write_atomically)


def _now_ms():
    return time.monotonic() * 1000


# HTTP answers that say "come back later": every other 4xx is the same on the next attempt.
_TRANSIENT_CLIENT_ERRORS = {408, 425, 429}


class Execution:
    def __init__(self, runner, message):
        self.runner = runner
        self.id = message["executionId"]
        self.spec = message.get("execution") or {}
        self.output_dir = message["outputDir"]
        self.settings = message.get("stabilization") or {}
        timeouts = message.get("timeouts") or {}
        # The limits scene.yml sets (batch, page, task), nothing capped here.
        self.execution_ms = int(timeouts.get("executionMs") or 120000)
        self.navigation_ms = int(timeouts.get("navigationMs") or 30000)
        self.action_ms = int(timeouts.get("actionMs") or 10000)
        self.capture_ms = int(timeouts.get("captureMs") or 30000)
        healing = message.get("healing") or {}
        self.healing = bool(healing.get("enabled", False))
        self.max_healing = int(healing.get("maxAttempts") or 3)
        self.resolver = bool(message.get("resolver", False))
        self.trace = bool(message.get("trace", True))
        self.max_height = int(self.settings.get("maxHeight") or 100_000)
        self.max_pixels = int(message.get("maxImagePixels") or 100_000_000)
        self.baseline_digest = message.get("baselineDigest")
        self.deadline = None  # monotonic ms; a tall page's capture moves it (see `extend`)
        self.credentials = message.get("credentials")  # kept in memory only, never written or logged
        # Baseline elements: capture what each locator step acts on; heal with what the baseline run recorded.
        self.capture_elements = bool(message.get("captureElements", False))
        previous = [entry for entry in message.get("previousElements") or [] if isinstance(entry, dict) and isinstance(entry.get("step"), int)]
        self.previous_elements = {entry["step"]: entry.get("element") for entry in previous}
        # The baseline page's elements most like each step's: sent with a heal, so that a candidate
        # another of them is more like is not taken for this one.
        self.previous_look_alikes = {entry["step"]: entry.get("lookAlikes") for entry in previous}
        self.elements = []
        # The layout snapshot beside each screenshot ({maxElements, maxText} for layout.js), or None.
        self.layout = message.get("layout") if isinstance(message.get("layout"), dict) else None
        self.task = None
        self.flow_task = None
        self.cancel_reason = None
        self.phase = "starting"
        self.steps = []
        self.healing_records = []
        self.artifacts = {}
        self.notes = []
        self.timings = {}
        self.console_errors = 0
        self.page_errors = 0
        self.console_lines = []
        self.title = None
        self.settled = None
        self.captures = {}
        self.http_status = None
        self.password_values = []  # the page's own password-field values, for scene's redactor only
        self.storage_error = None  # {path, reason}: an output the file system refused (scene stops the run)

    def cancel(self, reason):
        self.cancel_reason = reason
        if self.flow_task is not None and not self.flow_task.done():
            self.flow_task.cancel()

    def log(self, text, level="info"):
        emit({"type": "log", "executionId": self.id, "level": level, "message": text})

    def extend(self, extra_ms, reason):
        """Gives the execution more time (a tall page's capture) and tells scene, whose watchdog
        follows the runner's own deadline."""
        if extra_ms <= 0 or self.deadline is None:
            return
        self.deadline += extra_ms
        emit({"type": "extend", "executionId": self.id, "extraMs": int(extra_ms), "reason": reason})

    def add_time(self, phase, began):
        """Adds the time since `began` to a phase (a reference page adds to the same phases)."""
        self.timings[phase] = round(self.timings.get(phase, 0) + _now_ms() - began, 1)

    # -- context and bookkeeping -------------------------------------------------------------

    def context_options(self):
        viewport = self.spec.get("viewport") or {}
        options = {
            "viewport": {"width": int(viewport.get("width") or 1280), "height": int(viewport.get("height") or 800)},
            "device_scale_factor": float(viewport.get("deviceScaleFactor") or 1),
            "is_mobile": bool(viewport.get("mobile")),
            "has_touch": bool(viewport.get("mobile")),
        }
        if viewport.get("userAgent"):
            options["user_agent"] = viewport["userAgent"]
        if self.credentials:
            options["http_credentials"] = {"username": self.credentials.get("username") or "",
                                           "password": self.credentials.get("password") or ""}
        return options

    def watch(self, page):
        def on_console(message):
            if message.type == "error":
                self.console_errors += 1
            self.console_lines.append({"time": time.time(), "kind": "console", "level": message.type,
                                       "text": message.text[:4000], "url": page.url})

        def on_page_error(error):
            self.page_errors += 1
            self.console_lines.append({"time": time.time(), "kind": "pageerror", "level": "error",
                                       "text": str(error)[:4000], "url": page.url})

        page.on("console", on_console)
        page.on("pageerror", on_page_error)

    async def run(self):
        started = _now_ms()
        status, error, permanent = "passed", None, False
        os.makedirs(self.output_dir, exist_ok=True)
        context = None
        try:
            context = await self.runner.browser.new_context(**self.context_options())
            context.set_default_timeout(self.action_ms)
            context.set_default_navigation_timeout(self.navigation_ms)
            if self.settings.get("autoScroll", True):
                await context.add_init_script(WATCH_SCRIPT)
            if self.trace:
                await context.tracing.start(screenshots=True, snapshots=True)
            self.deadline = started + self.execution_ms
            self.flow_task = asyncio.ensure_future(self.flow(context))
            if self.cancel_reason:  # a cancel that arrived before the flow existed
                self.flow_task.cancel()
            done = set()
            while not done and _now_ms() < self.deadline:  # the deadline may move while waiting
                done, _ = await asyncio.wait({self.flow_task}, timeout=(self.deadline - _now_ms()) / 1000)
            if not done:
                self.cancel_reason = self.cancel_reason or "timeout"
                self.flow_task.cancel()
                await asyncio.wait({self.flow_task}, timeout=10)
                status = "timedOut"
                allowed = round(self.deadline - started)
                error = f"execution exceeded its {allowed} ms limit (executionTimeout) while {self.phase}"
            elif self.flow_task.cancelled():
                status, error = "cancelled", f"cancelled while {self.phase}: {self.cancel_reason}"
            elif self.flow_task.exception() is not None:
                failure = self.flow_task.exception()
                status, error = "error", error_text(failure)
                permanent = isinstance(failure, PermanentStepError)
                self.note_storage_failure(self.flow_task.exception())
        except Exception as exc:
            status, error = "error", f"could not open a browser context: {error_text(exc)}"
        finally:
            if context is not None:
                await self.finish(context, failed=status != "passed")
        self.timings["totalMs"] = round(_now_ms() - started, 1)
        return {
            "type": "result", "executionId": self.id, "status": status, "error": error, "permanent": permanent,
            "title": self.title, "httpStatus": self.http_status, "artifacts": self.artifacts,
            "steps": self.steps, "healing": self.healing_records, "elements": self.elements, "consoleErrors": self.console_errors,
            "pageErrors": self.page_errors, "settled": self.settled, "captures": self.captures, "timings": self.timings,
            "notes": self.notes, "passwordFieldValues": self.password_values, "storageError": self.storage_error,
        }

    def note_storage_failure(self, exc, path=None):
        """Keeps the first output the file system refused."""
        self.storage_error = self.storage_error or storage_failure(exc, path)

    async def finish(self, context, failed):
        """Stops tracing, writes console.jsonl, keeps a best-effort screenshot of a failed page."""
        began = _now_ms()
        pages = context.pages
        try:
            if pages and self.title is None:  # read already when the page was stabilised
                self.title = await asyncio.wait_for(pages[0].title(), 5)
            if failed and pages and "observed" not in self.artifacts:
                data = await pages[0].screenshot(timeout=5000)
                write_atomically(os.path.join(self.output_dir, "observed.png"), data)
                self.artifacts["observed"] = "observed.png"
        except Exception as exc:
            self.notes.append(f"no screenshot of the failed page: {error_text(exc, 500)}")
            self.note_storage_failure(exc, os.path.join(self.output_dir, "observed.png"))
        if self.trace:
            self.password_values = await read_password_fields(pages)
            tmp = os.path.join(self.output_dir, f".trace.zip.{os.getpid()}.tmp")
            trace_began = _now_ms()
            try:
                await asyncio.wait_for(context.tracing.stop(path=tmp), 30)
                os.replace(tmp, os.path.join(self.output_dir, "trace.zip"))
                self.artifacts["trace"] = "trace.zip"
            except Exception as exc:
                self.notes.append(f"trace not written: {error_text(exc, 500)}")
                self.note_storage_failure(exc, os.path.join(self.output_dir, "trace.zip"))
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
            self.add_time("traceMs", trace_began)
        try:
            lines = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in self.console_lines)
            write_atomically(os.path.join(self.output_dir, "console.jsonl"), lines.encode("utf-8"))
            self.artifacts["console"] = "console.jsonl"
        except OSError as exc:
            self.notes.append(f"console.jsonl not written: {exc}")
            self.note_storage_failure(exc)
        try:
            await asyncio.wait_for(context.close(), 10)
        except Exception as exc:
            self.notes.append(f"context did not close cleanly: {error_text(exc, 500)}")
        self.timings["finishMs"] = round(_now_ms() - began - self.timings.get("traceMs", 0), 1)

    # -- the flow ------------------------------------------------------------------------------

    async def flow(self, context):
        page = await context.new_page()
        self.watch(page)
        await self.visit(page, self.spec["url"], "observed", record_steps=True)
        reference = self.spec.get("referenceURL")
        if reference:
            ref_page = await context.new_page()
            self.watch(ref_page)
            await self.visit(ref_page, reference, "reference", record_steps=False)
            await ref_page.close()

    async def visit(self, page, url, artifact, record_steps):
        """Navigates, performs the steps, stabilises and captures one URL."""
        began = _now_ms()
        self.phase = f"loading {url}"
        await self.navigate(page, url)
        self.add_time("navigationMs", began)
        began = _now_ms()
        await self.perform_steps(page, url, record_steps)
        self.add_time("stepsMs", began)
        began = _now_ms()
        self.phase = f"stabilising {url}"
        page_spec = self.spec.get("page") or {}
        notes, title, scroll = await stabilize(page, self.settings, page_spec, self.action_ms, self.max_height, self.log)
        self.notes += notes
        if artifact == "observed":
            self.title = title
        scroll_ms = (scroll or {}).get("ms") or 0
        self.add_time("settleMs", began + scroll_ms)
        self.timings["scrollMs"] = round(self.timings.get("scrollMs", 0) + scroll_ms, 1)
        began = _now_ms()
        self.phase = f"capturing {url}"
        viewport = self.spec.get("viewport") or {}
        capturer = Capturer(page, page_spec, self.max_height, self.max_pixels, self.capture_ms,
                            float(viewport.get("deviceScaleFactor") or 1), self.notes)
        baseline = self.baseline_digest if artifact == "observed" else None
        shots = max(1, int(self.settings.get("settleShots", 3)))
        try:
            width, height = await capturer.measure()
            extra = capturer.allowance_ms(width, height) * shots
            if extra > 1000:
                self.extend(extra, f"the page is {height:,} px tall")
            shot, summary = await stable_capture(capturer, shots, baseline)
            if capturer.ignore:
                # In the state the last shot shows, before anything else touches the page.
                summary["ignoredAreas"] = await capturer.ignored_areas()
        except Exception as exc:
            raise CaptureError(f"screenshot failed (captureTimeout {self.capture_ms} ms): {error_text(exc)}") from None
        if summary["stable"] is False:
            self.notes.append(f"{artifact}: page still changing after {summary['shots']} screenshots")
        if summary["cut"]:
            self.notes.append(f"{artifact}: page is {summary['pageHeight']:,} px tall; captured the first "
                              f"{summary['capturedHeight']:,} px ({summary['cutBy']})")
        if artifact == "observed":
            self.settled = summary["stable"]
        names = write_shot(self.output_dir, artifact, shot)
        self.artifacts[artifact] = artifact + ".png"
        if len(names) > 1:
            self.artifacts.setdefault("tiles", {})[artifact] = names
        self.captures[artifact] = summary
        self.add_time("captureMs", began)
        if self.layout is not None and self.runner.layout_source:
            # Right after the last shot, before anything else touches the page: the state it shows.
            self.phase = f"reading the layout of {url}"
            name, ms, note = await capture_layout(page, self.runner.layout_source, self.layout, self.output_dir, artifact)
            if name:
                self.artifacts["layout" if artifact == "observed" else artifact + "Layout"] = name
            if note:
                self.notes.append(note)
            self.timings["layoutMs"] = round(self.timings.get("layoutMs", 0) + ms, 1)

    async def navigate(self, page, url):
        try:
            response = await page.goto(url, wait_until="load", timeout=self.navigation_ms)
        except Exception as exc:
            text = error_text(exc)
            if "Timeout" in text.split(" | ", 1)[0]:
                raise StepError(f"{url} did not finish loading within {self.navigation_ms} ms (navigationTimeout; "
                                f"the load event never fired): {text}") from None
            if "net::" in text:
                reason = text[text.index("net::"):].split()[0]
                raise StepError(f"could not reach {url}: {reason}") from None
            raise StepError(f"navigation to {url} failed: {text}") from None
        if response is not None:
            self.http_status = self.http_status or response.status
            if response.status >= 400:
                error = PermanentStepError if response.status < 500 and response.status not in _TRANSIENT_CLIENT_ERRORS else StepError
                raise error(f"{url} answered HTTP {response.status} {response.status_text}".rstrip())

    async def perform_steps(self, page, base_url, record):
        steps = self.spec.get("steps") or []
        ctx = StepContext(page, base_url, self.output_dir, self.action_ms, self.artifacts, self.navigation_ms)
        # Describe what each locator step acts on: to keep it for the baseline, or to check it is
        # still the element the baseline recorded.
        if record and (self.capture_elements or (self.previous_elements and self.resolver)):
            ctx.describe_source = self.runner.snapshot_source
        for index, step in enumerate(steps):
            ctx.element = None
            ctx.page_before = None
            self.phase = f"step {index + 1} ({describe(step)})"
            began = _now_ms()
            result = {"index": index, "description": describe(step), "status": "passed", "durationMs": 0}
            try:
                resolved, healed = await self.perform_one(ctx, step, index)
                if resolved:
                    result["resolvedLocator"] = resolved
                if healed:
                    result["healed"] = True
            except (StepError, CaptureError) as exc:
                result["durationMs"] = round(_now_ms() - began, 1)
                if step.get("optional"):
                    result.update(status="skipped", error=str(exc))
                    self.record_step(result, record)
                    continue
                result.update(status="failed", error=str(exc))
                self.record_step(result, record)
                if record:
                    for later in range(index + 1, len(steps)):
                        self.steps.append({"index": later, "description": describe(steps[later]),
                                           "status": "notRun", "durationMs": 0})
                where = f" ({step['source']})" if step.get("source") else ""
                kind = PermanentStepError if isinstance(exc, PermanentStepError) else StepError
                raise kind(f"step {index + 1}{where} {describe(step)} failed: {exc}") from None
            result["durationMs"] = round(_now_ms() - began, 1)
            self.record_step(result, record)
            if self.capture_elements and ctx.element and step.get("locator"):
                entry = {"step": index, "element": ctx.element}
                if ctx.page_before is not None:
                    entry["lookAlikes"] = await self.look_alikes(index, ctx.element, ctx.page_before)
                self.elements.append(entry)

    def record_step(self, result, record):
        if record:
            self.steps.append(result)
            emit(dict(result, type="step", executionId=self.id))

    async def perform_one(self, ctx, step, index):
        """Returns (resolved locator or None, healed)."""
        if step.get("kind") == "plain":
            return await self.interpret(ctx, step, index), False
        try:
            previous = self.previous_elements.get(index)
            if previous and self.resolver and ctx.describe_source and acts_on_element(step):
                ctx.element = await describe_target(ctx, step)
                if ctx.element is not None:
                    changed = await self.verify(step, index, previous, ctx.element)
                    if changed is not None:
                        return await self.heal(ctx, step, index, changed, found=ctx.element)
            if self.capture_elements and self.resolver and ctx.describe_source and acts_on_element(step):
                # The page as the step meets it, for the element's look-alikes (taken before
                # acting: the action may navigate away).
                ctx.page_before = await self.snapshot(ctx.page, values=False)
            await perform(ctx, step, index)
            return None, False
        except LocatorNotFound as exc:
            if not (self.healing and self.resolver):
                raise
            return await self.heal(ctx, step, index, exc)

    async def verify(self, step, index, previous, found):
        """None when Scene finds the element the locator finds now to be the one the baseline recorded;
        otherwise its message naming both. Without healing a doubted element fails the step: a step
        never acts on another element in silence."""
        answer = await self.runner.resolve({
            "executionId": self.id, "mode": "verify", "step": step, "failedLocator": describe_locator(step.get("locator")),
            "error": None, "attempt": 1, "snapshot": {"elements": []}, "previous": previous, "found": found, "stepIndex": index})
        if answer.get("ok"):
            return None
        message = answer.get("error") or "the element found is not the one the baseline recorded"
        if not self.healing:
            self.healing_records.append({"step": index, "failedLocator": describe_locator(step.get("locator")), "chosenLocator": None,
                                         "score": float(answer.get("confidence") or 0), "reason": message,
                                         "expected": answer.get("expected"), "found": answer.get("found")})
            raise StepError(f"{message}; healing is off, so the step stops here")
        return message

    async def look_alikes(self, index, element, page_snapshot):
        """The page's elements most like the step's, as scene picks them; [] when it cannot say."""
        answer = await self.runner.resolve({
            "executionId": self.id, "mode": "lookAlikes", "step": (self.spec.get("steps") or [])[index], "failedLocator": None,
            "error": None, "attempt": 1, "snapshot": page_snapshot, "previous": element, "stepIndex": index})
        found = answer.get("lookAlikes") if answer.get("ok") else None
        return found if isinstance(found, list) else []

    async def snapshot(self, page, values=True):
        if self.runner.snapshot_source:
            try:
                return await page.evaluate(self.runner.snapshot_source, {"values": values})
            except Exception as exc:
                self.log(f"element snapshot failed: {error_text(exc, 500)}", "warning")
        return {"url": page.url, "title": await page.title(), "elements": []}

    async def interpret(self, ctx, step, index):
        sentence = step.get("value") or ""
        if not self.resolver:
            raise PermanentStepError(f"plain-language step \"{sentence}\" needs scene's step interpreter, which this run does not offer; "
                                     "write the step with an explicit locator")
        answer = await self.runner.resolve({
            "executionId": self.id, "mode": "interpret", "step": step, "failedLocator": None, "error": None,
            "attempt": 1, "snapshot": await self.snapshot(ctx.page), "previous": None, "stepIndex": index})
        if not answer.get("ok") or not answer.get("step"):
            raise StepError(f"could not interpret \"{sentence}\": {answer.get('error') or 'no answer'}")
        await perform(ctx, answer["step"], index)
        return answer.get("locator") or describe_locator(answer["step"].get("locator"))

    async def heal(self, ctx, step, index, failure, found=None):
        """Returns (chosen locator, healed). `found`: the element the locator still finds, which Scene
        doubted is the baseline's; chosen again it is confirmed, recorded naming both elements (the
        report shows it, healedSteps applies), and the step runs as declared."""
        failed = describe_locator(step.get("locator"))
        for attempt in range(1, self.max_healing + 1):
            answer = await self.runner.resolve({
                "executionId": self.id, "mode": "heal", "step": step, "failedLocator": failed, "error": str(failure),
                "attempt": attempt, "snapshot": await self.snapshot(ctx.page), "previous": self.previous_elements.get(index),
                "found": found, "stepIndex": index, "lookAlikes": self.previous_look_alikes.get(index)})
            candidates = answer.get("candidates") or []
            runner_up = candidates[1] if len(candidates) > 1 else None
            confirmed = bool(answer.get("ok") and answer.get("confirmed"))
            record = {"step": index, "failedLocator": failed, "chosenLocator": answer.get("locator") if answer.get("ok") else None,
                      "score": float(answer.get("confidence") or 0), "reason": answer.get("reason") or answer.get("error") or "",
                      "runnerUp": runner_up.get("locator") if runner_up else None,
                      "runnerUpScore": runner_up.get("score") if runner_up else None,
                      "expected": answer.get("expected"), "found": answer.get("found"), "confirmed": True if confirmed else None}
            self.healing_records.append(record)
            if confirmed:
                self.log(f"step {index + 1}: {record['reason']}", "warning")
                await perform(ctx, step, index)
                return None, False
            if not answer.get("ok") or not answer.get("step"):
                if found is not None:
                    raise StepError(answer.get("error") or f"{failure}; healing found no confident replacement")
                raise StepError(f"{failure}; healing found no confident replacement: {answer.get('error') or 'no answer'}")
            ctx.element = None
            try:
                await perform(ctx, answer["step"], index)
                self.log(f"step {index + 1}: healed {failed} -> {record['chosenLocator']} (score {record['score']:.2f})", "warning")
                return record["chosenLocator"], True
            except LocatorNotFound as exc:
                failure, found = exc, None
        raise StepError(f"{failure}; healing gave up after {self.max_healing} attempt(s)")
