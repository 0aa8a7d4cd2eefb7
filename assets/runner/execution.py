"""One execution: a fresh browser context with tracing, the declared steps (healed or
interpreted through `resolve` when scene supports it), stabilisation and capture."""

import asyncio
import json
import os
import time

from protocol import emit
from stabilize import CaptureError, capture, stabilize
from steps import LocatorNotFound, StepContext, StepError, describe, describe_locator, perform, write_atomically


def _now_ms():
    return time.monotonic() * 1000


def _short(exc):
    lines = [line for line in str(exc).splitlines() if line.strip() and not line.startswith("=====")]
    return " ".join(lines[:2])[:500] if lines else type(exc).__name__


class Execution:
    def __init__(self, runner, message):
        self.runner = runner
        self.id = message["executionId"]
        self.spec = message.get("execution") or {}
        self.output_dir = message["outputDir"]
        self.settings = message.get("stabilization") or {}
        timeouts = message.get("timeouts") or {}
        self.execution_ms = int(timeouts.get("executionMs") or 120000)
        self.navigation_ms = int(timeouts.get("navigationMs") or 30000)
        self.action_ms = int(timeouts.get("actionMs") or 10000)
        healing = message.get("healing") or {}
        self.healing = bool(healing.get("enabled", False))
        self.max_healing = int(healing.get("maxAttempts") or 3)
        self.resolver = bool(message.get("resolver", False))
        self.trace = bool(message.get("trace", True))
        self.credentials = message.get("credentials")  # kept in memory only, never written or logged
        # Baseline elements: capture what each locator step acts on; heal with what the baseline run recorded.
        self.capture_elements = bool(message.get("captureElements", False))
        self.previous_elements = {entry["step"]: entry.get("element") for entry in message.get("previousElements") or []
                                  if isinstance(entry, dict) and isinstance(entry.get("step"), int)}
        self.elements = []
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
        self.http_status = None

    def cancel(self, reason):
        self.cancel_reason = reason
        if self.flow_task is not None and not self.flow_task.done():
            self.flow_task.cancel()

    def log(self, text, level="info"):
        emit({"type": "log", "executionId": self.id, "level": level, "message": text})

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
        status, error = "passed", None
        os.makedirs(self.output_dir, exist_ok=True)
        context = None
        try:
            context = await self.runner.browser.new_context(**self.context_options())
            context.set_default_timeout(self.action_ms)
            context.set_default_navigation_timeout(self.navigation_ms)
            if self.trace:
                await context.tracing.start(screenshots=True, snapshots=True)
            self.flow_task = asyncio.ensure_future(self.flow(context))
            if self.cancel_reason:  # a cancel that arrived before the flow existed
                self.flow_task.cancel()
            done, _ = await asyncio.wait({self.flow_task}, timeout=self.execution_ms / 1000)
            if not done:
                self.cancel_reason = self.cancel_reason or "timeout"
                self.flow_task.cancel()
                await asyncio.wait({self.flow_task}, timeout=10)
                status = "timedOut"
                error = f"execution exceeded its {self.execution_ms} ms timeout while {self.phase}"
            elif self.flow_task.cancelled():
                status, error = "cancelled", f"cancelled while {self.phase}: {self.cancel_reason}"
            elif self.flow_task.exception() is not None:
                status, error = "error", _short(self.flow_task.exception())
        except Exception as exc:
            status, error = "error", f"could not open a browser context: {_short(exc)}"
        finally:
            if context is not None:
                await self.finish(context, failed=status != "passed")
        self.timings["totalMs"] = round(_now_ms() - started, 1)
        return {
            "type": "result", "executionId": self.id, "status": status, "error": error,
            "title": self.title, "httpStatus": self.http_status, "artifacts": self.artifacts,
            "steps": self.steps, "healing": self.healing_records, "elements": self.elements, "consoleErrors": self.console_errors,
            "pageErrors": self.page_errors, "settled": self.settled, "timings": self.timings, "notes": self.notes,
        }

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
            self.notes.append(f"no screenshot of the failed page: {_short(exc)}")
        if self.trace:
            try:
                tmp = os.path.join(self.output_dir, f".trace.zip.{os.getpid()}.tmp")
                await asyncio.wait_for(context.tracing.stop(path=tmp), 30)
                os.replace(tmp, os.path.join(self.output_dir, "trace.zip"))
                self.artifacts["trace"] = "trace.zip"
            except Exception as exc:
                self.notes.append(f"trace not written: {_short(exc)}")
        try:
            lines = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in self.console_lines)
            write_atomically(os.path.join(self.output_dir, "console.jsonl"), lines.encode("utf-8"))
            self.artifacts["console"] = "console.jsonl"
        except OSError as exc:
            self.notes.append(f"console.jsonl not written: {exc}")
        try:
            await asyncio.wait_for(context.close(), 10)
        except Exception as exc:
            self.notes.append(f"context did not close cleanly: {_short(exc)}")
        self.timings["finishMs"] = round(_now_ms() - began, 1)

    # -- the flow ------------------------------------------------------------------------------

    async def flow(self, context):
        page = await context.new_page()
        self.watch(page)
        await self.visit(page, self.spec["url"], "observed.png", "observed", record_steps=True)
        reference = self.spec.get("referenceURL")
        if reference:
            ref_page = await context.new_page()
            self.watch(ref_page)
            await self.visit(ref_page, reference, "reference.png", "reference", record_steps=False)
            await ref_page.close()

    async def visit(self, page, url, file_name, artifact, record_steps):
        """Navigates, performs the steps, stabilises and captures one URL."""
        began = _now_ms()
        self.phase = f"loading {url}"
        await self.navigate(page, url)
        self.timings.setdefault("navigationMs", round(_now_ms() - began, 1))
        began = _now_ms()
        await self.perform_steps(page, url, record_steps)
        self.timings.setdefault("stepsMs", round(_now_ms() - began, 1))
        began = _now_ms()
        self.phase = f"stabilising {url}"
        page_spec = self.spec.get("page") or {}
        notes, title = await stabilize(page, self.settings, page_spec, self.action_ms, self.log)
        self.notes += notes
        if artifact == "observed":
            self.title = title
        self.timings.setdefault("stabilizeMs", round(_now_ms() - began, 1))
        began = _now_ms()
        self.phase = f"capturing {url}"
        try:
            data, settled, shots = await capture(page, page_spec, self.settings.get("settleShots", 3), self.navigation_ms)
        except Exception as exc:
            raise CaptureError(f"screenshot failed: {_short(exc)}") from None
        if not settled:
            self.notes.append(f"{artifact}: page still changing after {shots} screenshots")
        if artifact == "observed":
            self.settled = settled
        write_atomically(os.path.join(self.output_dir, file_name), data)
        self.artifacts[artifact] = file_name
        self.timings.setdefault("captureMs", round(_now_ms() - began, 1))

    async def navigate(self, page, url):
        try:
            response = await page.goto(url, wait_until="load", timeout=self.navigation_ms)
        except Exception as exc:
            text = _short(exc)
            if "Timeout" in text:
                raise StepError(f"{url} did not finish loading within {self.navigation_ms} ms (the load event never fired)") from None
            if "net::" in text:
                reason = text[text.index("net::"):].split()[0]
                raise StepError(f"could not reach {url}: {reason}") from None
            raise StepError(f"navigation to {url} failed: {text}") from None
        if response is not None:
            self.http_status = self.http_status or response.status
            if response.status >= 400:
                raise StepError(f"{url} answered HTTP {response.status} {response.status_text}".rstrip())

    async def perform_steps(self, page, base_url, record):
        steps = self.spec.get("steps") or []
        ctx = StepContext(page, base_url, self.output_dir, self.action_ms, self.artifacts)
        if record and self.capture_elements:
            ctx.describe_source = self.runner.snapshot_source
        for index, step in enumerate(steps):
            ctx.element = None
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
                raise StepError(f"step {index + 1}{where} {describe(step)} failed: {exc}") from None
            result["durationMs"] = round(_now_ms() - began, 1)
            self.record_step(result, record)
            if ctx.element and step.get("locator"):
                self.elements.append({"step": index, "element": ctx.element})

    def record_step(self, result, record):
        if record:
            self.steps.append(result)
            emit(dict(result, type="step", executionId=self.id))

    async def perform_one(self, ctx, step, index):
        """Returns (resolved locator or None, healed)."""
        if step.get("kind") == "plain":
            return await self.interpret(ctx, step, index), False
        try:
            await perform(ctx, step, index)
            return None, False
        except LocatorNotFound as exc:
            if not (self.healing and self.resolver):
                raise
            return await self.heal(ctx, step, index, exc), True

    async def snapshot(self, page):
        if self.runner.snapshot_source:
            try:
                return await page.evaluate(self.runner.snapshot_source)
            except Exception as exc:
                self.log(f"element snapshot failed: {_short(exc)}", "warning")
        return {"url": page.url, "title": await page.title(), "elements": []}

    async def interpret(self, ctx, step, index):
        sentence = step.get("value") or ""
        if not self.resolver:
            raise StepError(f"plain-language step \"{sentence}\" needs scene's step interpreter, which this run does not offer; "
                            "write the step with an explicit locator")
        answer = await self.runner.resolve({
            "executionId": self.id, "mode": "interpret", "step": step, "failedLocator": None, "error": None,
            "attempt": 1, "snapshot": await self.snapshot(ctx.page), "previous": None, "stepIndex": index})
        if not answer.get("ok") or not answer.get("step"):
            raise StepError(f"could not interpret \"{sentence}\": {answer.get('error') or 'no answer'}")
        await perform(ctx, answer["step"], index)
        return answer.get("locator") or describe_locator(answer["step"].get("locator"))

    async def heal(self, ctx, step, index, failure):
        failed = describe_locator(step.get("locator"))
        for attempt in range(1, self.max_healing + 1):
            answer = await self.runner.resolve({
                "executionId": self.id, "mode": "heal", "step": step, "failedLocator": failed, "error": str(failure),
                "attempt": attempt, "snapshot": await self.snapshot(ctx.page), "previous": self.previous_elements.get(index),
                "stepIndex": index})
            candidates = answer.get("candidates") or []
            runner_up = candidates[1] if len(candidates) > 1 else None
            record = {"step": index, "failedLocator": failed, "chosenLocator": answer.get("locator") if answer.get("ok") else None,
                      "score": float(answer.get("confidence") or 0), "reason": answer.get("reason") or answer.get("error") or "",
                      "runnerUp": runner_up.get("locator") if runner_up else None,
                      "runnerUpScore": runner_up.get("score") if runner_up else None}
            self.healing_records.append(record)
            if not answer.get("ok") or not answer.get("step"):
                raise StepError(f"{failure}; healing found no confident replacement: {answer.get('error') or 'no answer'}")
            try:
                await perform(ctx, answer["step"], index)
                self.log(f"step {index + 1}: healed {failed} -> {record['chosenLocator']} (score {record['score']:.2f})", "warning")
                return record["chosenLocator"]
            except LocatorNotFound as exc:
                failure = exc
        raise StepError(f"{failure}; healing gave up after {self.max_healing} attempt(s)")
