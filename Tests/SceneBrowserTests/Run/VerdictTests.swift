import Foundation
import SceneBundle
import SceneConfig
import SceneReport
@testable import SceneRun
import SceneTestSupport
import Testing

/// Verdicts a nightly job can trust, in real Chromium: a missing baseline fails, a visual failure
/// that passes on a retake is flaky, permanent failures are not retried, time limits come from
/// scene.yml only, and waits wait for what a user can see.
@Suite(.serialized) struct VerdictTests {
    /// The loopback site and a temporary project; `scene.yml` written per test.
    struct Project {
        let server: TestServer
        let root: URL
        var config: URL { root.appendingPathComponent("scene.yml") }
        init(_ name: String, pages: [String: String]) throws {
            server = try TestServer(pages: pages)
            root = try temporaryDirectory(name)
        }
        func write(_ yaml: String) throws { try Data(yaml.utf8).write(to: config) }
        func scene(_ arguments: [String], environment: [String: String], in directory: URL? = nil) throws -> SceneExecutable.Result {
            try SceneExecutable.run(arguments, environment: environment, in: directory ?? root)
        }
        func stop() {
            server.stop()
            try? FileManager.default.removeItem(at: root)
        }
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not one JSON document: \(text)")
    }

    static func statuses(_ document: [String: Any]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: (document["executions"] as? [[String: Any]] ?? []).map { ($0["id"] as? String ?? "", $0["status"] as? String ?? "") })
    }

    /// A comparison run never takes a baseline from what the site shows tonight: a page without one
    /// fails (exit 1) and nothing is written into the baselines folder; recording is explicit, refused
    /// under $CI unless forced; a new page added later fails alone until approved.
    @Test func aMissingBaselineFailsTheComparisonRun() throws {
        let environment = try browserEnvironment()
        let project = try Project("missing", pages: ["a.html": simplePage, "b.html": simplePage.replacingOccurrences(of: "Simple page", with: "Second page")])
        defer { project.stop() }
        func config(_ pages: [String]) -> String {
            """
            project: {name: missing, baseURL: "\(project.server.base)"}
            viewports: [640x480]
            pages:
            \(pages.map { "  - {id: \($0), url: /\($0).html}" }.joined(separator: "\n"))
            batches: [{id: nightly, retries: 2, concurrency: 2}]
            stabilization: {autoScroll: false, settleShots: 1}
            """
        }
        try project.write(config(["a"]))
        let run = ["run", "--config", project.config.path, "--no-report", "--json"]

        let first = try project.scene(run, environment: environment)
        #expect(first.status == 1, "a page without a baseline fails the run: \(first.stderr)")
        let execution = try #require((try Self.json(first.stdout)["executions"] as? [[String: Any]])?.first)
        #expect(execution["status"] as? String == "failed")
        #expect(execution["attempts"] as? Int == 1, "a missing baseline is permanent: not retried")
        #expect(execution["failureKind"] as? String == "permanent")
        #expect((execution["error"] as? String)?.contains("no approved baseline") == true)
        #expect(first.stderr.contains("1 execution has no baseline"), "\(first.stderr)")
        let baselines = project.root.appendingPathComponent("baselines")
        let written = (FileManager.default.enumerator(atPath: baselines.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".png") }
        #expect(written.isEmpty, "a comparison run records no baseline: \(written)")

        let refused = try project.scene(run + ["--update-baselines=missing"], environment: environment)
        #expect(refused.status == 64 && refused.stderr.contains("$CI is set"), "\(refused.status) \(refused.stderr)")
        let recorded = try project.scene(run + SceneExecutable.recordMissingBaselines, environment: environment)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(Self.statuses(try Self.json(recorded.stdout)) == ["a~default~640x480~chromium": "newBaseline"])

        // A page added since: it alone fails, until its screenshot is approved.
        try project.write(config(["a", "b"]))
        let added = try project.scene(run, environment: environment)
        #expect(added.status == 1, "\(added.stderr)")
        #expect(Self.statuses(try Self.json(added.stdout)) == ["a~default~640x480~chromium": "passed", "b~default~640x480~chromium": "failed"])
        let approved = try project.scene(["approve", "runs/latest", "--filter", "b", "--yes", "--json"], environment: environment)
        #expect(approved.status == 0, "\(approved.stderr)")
        #expect(try Self.json(approved.stdout)["approved"] as? [String] == ["b~default~640x480~chromium"])
        let after = try project.scene(run, environment: environment)
        #expect(after.status == 0, "\(after.stderr)")
    }

    /// The README's approve example: `--filter 'pricing~*' --filter mobile` lists and promotes the
    /// pricing page on mobile, nothing else; without --yes off a terminal it promotes nothing. A
    /// report folder inside a run leads to its run; a published report alone says what to download.
    @Test func theReadmeApproveExamplePromotesExactlyWhatItSays() throws {
        let environment = try browserEnvironment()
        let pricing = simplePage.replacingOccurrences(of: "Simple page", with: "Pricing")
        let project = try Project("approve", pages: ["pricing.html": pricing, "home.html": simplePage])
        defer { project.stop() }
        try project.write("""
        project: {name: approve, baseURL: "\(project.server.base)"}
        viewports: [{name: desktop, width: 800, height: 600}, {name: mobile, width: 390, height: 700, mobile: true}]
        pages: [{id: pricing, url: /pricing.html}, {id: home, url: /home.html}]
        batches: [{id: nightly, retries: 0, concurrency: 2}]
        stabilization: {autoScroll: false, settleShots: 1}
        """)
        let run = ["run", "--config", project.config.path, "--no-report", "--json"]
        let recorded = try project.scene(run + SceneExecutable.recordMissingBaselines, environment: environment)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        for name in ["pricing.html", "home.html"] {
            let page = project.server.root.appendingPathComponent(name)
            try Data(try String(contentsOf: page, encoding: .utf8).replacingOccurrences(of: "#36c", with: "#e33").utf8).write(to: page)
        }
        let changed = try project.scene(run, environment: environment)
        #expect(changed.status == 1, "\(changed.stderr)")
        #expect(Set(Self.statuses(try Self.json(changed.stdout)).values) == ["failed"])
        let audit = project.root.appendingPathComponent("baselines/audit.jsonl")
        let recordedLines = try String(contentsOf: audit, encoding: .utf8).split(separator: "\n").count

        let example = ["approve", "runs/latest", "--filter", "pricing~*", "--filter", "mobile"]
        let unconfirmed = try project.scene(example, environment: environment)
        #expect(unconfirmed.status == 64, "\(unconfirmed.stderr)")
        #expect(unconfirmed.stderr.contains("1 screenshot to promote"), "\(unconfirmed.stderr)")
        #expect(unconfirmed.stderr.contains("  pricing~default~mobile~chromium (failed"), "\(unconfirmed.stderr)")
        for other in ["pricing~default~desktop~chromium", "home~default~mobile~chromium", "home~default~desktop~chromium"] {
            #expect(!unconfirmed.stderr.contains(other), "\(other) listed: \(unconfirmed.stderr)")
        }
        #expect(unconfirmed.stderr.contains("add --yes"), "\(unconfirmed.stderr)")
        #expect(try String(contentsOf: audit, encoding: .utf8).split(separator: "\n").count == recordedLines, "nothing promoted without --yes")

        let confirmed = try project.scene(example + ["--yes", "--json"], environment: environment)
        #expect(confirmed.status == 0, "\(confirmed.stderr)")
        #expect(try Self.json(confirmed.stdout)["approved"] as? [String] == ["pricing~default~mobile~chromium"])
        let lines = try String(contentsOf: audit, encoding: .utf8).split(separator: "\n").dropFirst(recordedLines)
        #expect(lines.count == 1 && lines.first?.contains(#""executionId":"pricing~default~mobile~chromium""#) == true, "\(lines)")
        #expect(lines.first?.contains(#""action":"approve""#) == true)

        // The report of the run (runs/latest works for report too), inside its run and copied out alone.
        let report = try project.scene(["report", "runs/latest"], environment: environment)
        #expect(report.status == 0, "\(report.stderr)")
        let runFolder = RunBundle.locate(project.root.appendingPathComponent("runs/latest").path)
        let inside = try project.scene(["approve", runFolder.appendingPathComponent("report").path, "--filter", "home", "--filter", "desktop"],
                                       environment: environment)
        #expect(inside.status == 64 && inside.stderr.contains("  home~default~desktop~chromium (failed"), "\(inside.stderr)")
        let published = project.root.appendingPathComponent("published")
        try FileManager.default.copyItem(at: runFolder.appendingPathComponent("report"), to: published)
        let alone = try project.scene(["approve", published.path, "--yes"], environment: environment)
        #expect(alone.status == 64, "\(alone.stderr)")
        #expect(alone.stderr.contains("this is a published report") && alone.stderr.contains("runs/\(runFolder.lastPathComponent)"), "\(alone.stderr)")
    }

    /// A visual failure gets a retake in a fresh context: passing then makes it `flaky`, with the failed
    /// attempt recorded and shown in junit.xml and summary.md. Permanent failures are not retried.
    @Test func aVisualFailureThatPassesOnRetryIsFlaky() async throws {
        let environment = try browserEnvironment()
        let server = try TestServer(pages: ["p.html": simplePage, "p.html.first.html": simplePage.replacingOccurrences(of: "#36c", with: "#e33")])
        defer { server.stop() }
        let root = try temporaryDirectory("flaky")
        defer { try? FileManager.default.removeItem(at: root) }
        let runner = BatchRunner(RunnerEnvironment(environment: environment))
        var request = makeRequest([execution("p", url: "\(server.base)/p.html")], root: root)
        request.runId = "1-record"
        #expect(try await runner.run(request).records.first?.status == .newBaseline)

        // The same page, red on its first load only; and a page that answers 404 whatever the attempt.
        request = makeRequest([execution("p", url: "\(server.base)/once/p.html"), execution("gone", url: "\(server.base)/status/404")],
                              root: root, retries: 2, updateBaselines: .none)
        request.runId = "2-compare"
        let result = try await runner.run(request)
        let flaky = try #require(result.records.first { $0.id.hasPrefix("p~") })
        #expect(flaky.status == .flaky, "\(flaky.status): \(flaky.error ?? "")")
        #expect(flaky.attempts == 2)
        let earlier = try #require(flaky.earlierAttempts?.first)
        #expect(earlier.status == .failed && (earlier.level ?? .none) >= .minor, "\(earlier)")
        #expect(flaky.baselineDiff?.diffPixels == 0, "the retake matches the baseline")
        let gone = try #require(result.records.first { $0.id.hasPrefix("gone~") })
        #expect(gone.status == .error && gone.failureKind == .permanent && gone.attempts == 1, "\(gone.status) \(gone.attempts): \(gone.error ?? "")")
        #expect(gone.error?.contains("HTTP 404") == true)

        let site = try ReportBuilder().build(bundle: result.bundle, into: result.bundle.reportURL).site
        let junit = try String(contentsOf: site.appendingPathComponent("junit.xml"), encoding: .utf8)
        #expect(junit.contains(#"<flakyFailure message="attempt 1 failed: "#), "\(junit)")
        let markdown = try String(contentsOf: site.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(markdown.contains("### Flaky executions (passed on retry)") && markdown.contains("attempt 1 failed"), "\(markdown)")
        let summary = try Self.json(try String(contentsOf: site.appendingPathComponent("summary.json"), encoding: .utf8))
        let entry = try #require((summary["executions"] as? [[String: Any]])?.first { $0["id"] as? String == flaky.id })
        #expect(entry["status"] as? String == "flaky" && entry["attempts"] as? Int == 2)
        #expect((entry["earlierAttempts"] as? [String])?.first?.hasPrefix("attempt 1 failed: ") == true, "\(entry)")
        let page = try String(contentsOf: site.appendingPathComponent(try #require(entry["report"] as? String)), encoding: .utf8)
        #expect(page.contains("Retried: attempt 1 failed: "), "the execution page says why it was retried")

        // An image over the pixel limit is the same on every attempt.
        var limited = makeRequest([execution("p", url: "\(server.base)/p.html")], root: root, retries: 2, updateBaselines: .none)
        limited.plan.batch.maxImagePixels = 1_000
        limited.runId = "3-limit"
        let over = try #require(try await runner.run(limited).records.first)
        #expect(over.status == .error && over.failureKind == .permanent && over.attempts == 1, "\(over.status) \(over.attempts): \(over.error ?? "")")
    }

    /// No hidden cap: a page that takes 35 s loads within the 60 s its page sets; a load limit that is
    /// too short fails with the whole message, Playwright's call log included.
    @Test func aPageSlowerThan30sLoadsWithinAConfigured60s() async throws {
        let environment = try browserEnvironment()
        let server = try TestServer(pages: ["p.html": simplePage])
        defer { server.stop() }
        let root = try temporaryDirectory("slow")
        defer { try? FileManager.default.removeItem(at: root) }
        var slow = execution("slow", url: "\(server.base)/slow/35/p.html")
        slow.overrides = ExecutionOverrides(navigationTimeoutSeconds: 60)
        var short = execution("short", url: "\(server.base)/slow/8/p.html")
        short.overrides = ExecutionOverrides(navigationTimeoutSeconds: 2)
        let request = makeRequest([slow, short], root: root, executionTimeout: 120)
        let started = ContinuousClock.now
        let result = try await BatchRunner(RunnerEnvironment(environment: environment)).run(request)
        let loaded = try #require(result.records.first { $0.id.hasPrefix("slow~") })
        #expect(loaded.status == .newBaseline, "\(loaded.status): \(loaded.error ?? "")")
        #expect(ContinuousClock.now - started > .seconds(35))
        let failed = try #require(result.records.first { $0.id.hasPrefix("short~") })
        let message = failed.error ?? ""
        #expect(failed.status == .error && failed.failureKind == .transient, "\(failed.status): \(message)")
        #expect(message.contains("did not finish loading within 2000 ms (navigationTimeout"), "\(message)")
        #expect(message.range(of: #"Call log: \S"#, options: .regularExpression) != nil, "the call log is kept: \(message)")
    }

    /// Waits end on a visible match: the first match of each text is a hidden copy (a collapsed menu).
    /// The plain-language wait waits for its words to appear, and a task's stepTimeout (20 s) is the
    /// step limit, above the batch's (5 s in these tests; 10 s by default).
    @Test func aWaitForTextWhoseFirstMatchIsHiddenPasses() async throws {
        let environment = try browserEnvironment()
        let page = """
        <!doctype html><html><head><title>Waits</title></head><body>
        <nav style="display:none"><a href="#">Welcome</a><p>Order confirmed</p></nav>
        <main id="main"><p>Loading…</p></main>
        <script>
        setTimeout(() => document.getElementById('main').insertAdjacentHTML('beforeend', '<p>Order confirmed</p>'), 3000);
        setTimeout(() => document.getElementById('main').insertAdjacentHTML('beforeend', '<h1>Welcome</h1>'), 15000);
        </script></body></html>
        """
        let server = try TestServer(pages: ["w.html": page])
        defer { server.stop() }
        let root = try temporaryDirectory("waits")
        defer { try? FileManager.default.removeItem(at: root) }
        var waits = execution("w", url: "\(server.base)/w.html",
                              steps: [Step(kind: .plain, value: "Wait for the text 'Order confirmed'"), Step(kind: .wait, wait: .text("Welcome"))],
                              task: "waits")
        waits.overrides = ExecutionOverrides(stepTimeoutSeconds: 20)
        let request = makeRequest([waits], root: root, executionTimeout: 60)
        let result = try await BatchRunner(RunnerEnvironment(environment: environment, resolver: StandardResolver.handler)).run(request)
        let record = try #require(result.records.first)
        #expect(record.status == .newBaseline, "\(record.status): \(record.error ?? "")")
        #expect(record.steps.map(\.status) == ["passed", "passed"], "\(record.steps)")
        #expect((record.steps.first?.durationMs ?? 0) > 2000, "the plain wait waited for its text to appear")
        #expect((record.steps.last?.durationMs ?? 0) > 10_000, "past the batch's limit: the task's stepTimeout applies")
    }

    /// Doctor and run find Python the same way from a folder away from the project (here: the .venv
    /// above the scene executable), and say so; a Python without Playwright fails doctor and stops the
    /// run at once (exit 69) with the fix, instead of failing every execution.
    @Test func doctorAndRunAgreeAwayFromTheProject() throws {
        var environment = try browserEnvironment()
        environment["SCENE_PYTHON"] = ""
        environment["SCENE_ASSETS"] = ""
        let project = try Project("doctor", pages: ["p.html": simplePage])
        defer { project.stop() }
        let elsewhere = try temporaryDirectory("elsewhere")
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        func config(python: String?) -> String {
            """
            project: {name: doctor, baseURL: "\(project.server.base)"}
            viewports: [640x480]
            pages: [{id: a, url: /p.html}, {id: b, url: /p.html}, {id: c, url: /p.html}]
            batches: [{id: nightly, retries: 1, concurrency: 2}]
            stabilization: {autoScroll: false, settleShots: 1}
            \(python.map { "runner: {python: \"\($0)\"}" } ?? "")
            """
        }
        try project.write(config(python: nil))
        let doctor = try project.scene(["doctor", "--config", project.config.path, "--json"], environment: environment, in: elsewhere)
        #expect(doctor.status == 0, "\(doctor.stdout + doctor.stderr)")
        let checks = (try Self.json(doctor.stdout)["checks"] as? [[String: Any]]) ?? []
        let playwright = try #require(checks.first { $0["name"] as? String == "playwright" }?["detail"] as? String)
        let venv = repositoryRoot.appendingPathComponent(".venv/bin/python").path
        #expect(playwright.hasPrefix("\(venv) (.venv in or above the scene executable)"), "\(playwright)")
        #expect(checks.first { $0["name"] as? String == "runner" }?["ok"] as? Bool == true, "\(checks)")
        let run = try project.scene(["run", "--config", project.config.path, "--no-report"] + SceneExecutable.recordMissingBaselines,
                                    environment: environment, in: elsewhere)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("python \(venv) (.venv in or above the scene executable)"), "\(run.stderr)")

        // A Python that cannot import Playwright: doctor says so, the run stops before any execution.
        let bare = project.root.appendingPathComponent("python-without-playwright")
        try Data("#!/bin/sh\nexec /usr/bin/python3 -S \"$@\"\n".utf8).write(to: bare)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bare.path)
        try project.write(config(python: bare.path))
        let sick = try project.scene(["doctor", "--config", project.config.path, "--json"], environment: environment, in: elsewhere)
        #expect(sick.status == 2)
        let failing = ((try Self.json(sick.stdout)["checks"] as? [[String: Any]]) ?? []).filter { $0["ok"] as? Bool == false }.compactMap { $0["name"] as? String }
        #expect(failing == ["playwright", "runner"], "\(sick.stdout)")
        let started = ContinuousClock.now
        let stopped = try project.scene(["run", "--config", project.config.path, "--no-report", "--json"], environment: environment, in: elsewhere)
        #expect(ContinuousClock.now - started < .seconds(60))
        #expect(stopped.status == 69, "\(stopped.stderr)")
        #expect(stopped.stderr.contains("Playwright for Python is not installed") && stopped.stderr.contains("fix: "), "\(stopped.stderr)")
        #expect(stopped.stderr.contains("python \(bare.path) (runner.python in scene.yml)"), "\(stopped.stderr)")
        let document = try Self.json(stopped.stdout)
        #expect(document["status"] as? String == "error")
        #expect((document["stopReason"] as? String)?.contains("Playwright for Python is not installed") == true)
        #expect(Set(Self.statuses(document).values) == ["cancelled"], "no execution judged: \(Self.statuses(document))")
    }
}
