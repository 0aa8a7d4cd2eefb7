import Foundation
import Testing
import SceneTestSupport

/// A real batch with every kind of secret Scene accepts, then a search of every byte it wrote
/// (run bundle, traces inside their zips, report, junit.xml, summaries, logs, stdout/stderr).
@Suite("Secrets never reach an output", .serialized)
struct SecretsTests {
    static let password = "Basic-Pw-7Qz9xK"
    static let cookie = "Cookie-Secret-4Mv8"
    static let typed = "Typed-Pw-2Hn5"
    static let pin = "Pin-Secret-8Rt3"

    static func config(base: String) -> String {
        """
        project: {name: secrets, baseURL: "\(base)/"}
        viewports: [{name: small, width: 640, height: 480}]
        pages:
          - id: members
            url: private/index.html
            basicAuth: {username: ada, passwordEnv: SCENE_TEST_PASSWORD}
            tasks: [sign-in]
        tasks:
          - id: sign-in
            steps:
              - setCookie: {name: session, value: \(cookie), secret: true}
              - goto: /private/index.html
              - fill: {label: Email, value: ada@example.com}
              - fill: {label: Password, value: \(typed)}
              - fill: {css: "#pin", value: \(pin), secret: true}
              - fill: {css: "#comment", value: "a comment"}
              - click: {role: button, name: Sign in}
        batches:
          - id: secrets
            concurrency: 1
            retries: 0
            executionTimeout: 60s
        """
    }

    @Test func noSecretInAnyOutput() throws {
        var environment = try browserEnvironment()
        let server = try siteServer(environment: ["SITE_PASSWORD": Self.password])
        defer { server.stop() }
        let work = try temporaryDirectory("secrets")
        defer { try? FileManager.default.removeItem(at: work) }
        try Data(Self.config(base: server.base).utf8).write(to: work.appendingPathComponent("scene.yml"))
        environment["SCENE_TEST_PASSWORD"] = Self.password

        let result = try SceneExecutable.run(["run", "--config", "scene.yml", "--json"] + SceneExecutable.recordMissingBaselines, environment: environment, in: work)
        #expect(result.status == 0, "scene run failed: \(result.stderr)")
        let runs = try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("runs").path)
        #expect(runs.count == 1)

        // The batch really did what it should: signed in through basic auth and filled the form.
        let files = try everyFile(under: work)
        let record = try #require(files.first { $0.name.hasSuffix("/execution.json") })
        let execution = try #require(JSONSerialization.jsonObject(with: record.data) as? [String: Any])
        #expect(execution["status"] as? String == "newBaseline", "\(execution)")
        let steps = (execution["steps"] as? [[String: Any]]) ?? []
        #expect(steps.count == 7 && steps.allSatisfy { $0["status"] as? String == "passed" }, "\(steps)")
        #expect(files.contains { $0.name.hasSuffix("trace.zip!trace.network") }, "no trace inside the bundle")
        #expect(files.contains { $0.name.hasSuffix("junit.xml") } && files.contains { $0.name.contains("summary") })
        #expect(files.contains { $0.name.hasSuffix("console.jsonl") && String(decoding: $0.data, as: UTF8.self).contains("session=[redacted]") },
                "the page logged document.cookie: the cookie should be there, redacted")

        let authorization = Data("ada:\(Self.password)".utf8).base64EncodedString()
        let needles = [Self.password, "ada:\(Self.password)", authorization, Self.cookie, Self.typed, Self.pin]
        let outputs = files + [("stdout", Data(result.stdout.utf8)), ("stderr", Data(result.stderr.utf8))]
        let leaks = occurrences(of: needles, in: outputs.filter { $0.name != "/scene.yml" })
        #expect(leaks.isEmpty, "secrets found:\n\(leaks.joined(separator: "\n"))")
        // The site's own session cookie travels in Cookie/Set-Cookie headers: redacted in the trace too.
        let serverCookie = "srv-" + String(Self.password.reversed())
        #expect(occurrences(of: [serverCookie], in: files.filter { $0.name.contains("trace.zip!") }).isEmpty)
    }

    static let remembered = #"Srv-Pw&9"x'Q"#
    static let scripted = "Js-Pw/5tRé"
    static let typedNew = "Typed-New-Pw-3"

    /// The page's own passwords: a server-rendered login form whose password input carries its value
    /// in the HTML (and in a data attribute), another filled by the page's script (which logs it),
    /// and two filled by steps whose locators do not say "password". None of them may reach any
    /// byte of the bundle or the report (each entry of each trace.zip included), and the redacted
    /// trace still opens in Playwright's trace viewer, its snapshots showing `[redacted]`.
    @Test func pagePasswordsInNoOutput() throws {
        let environment = try browserEnvironment()
        let server = try siteServer(environment: ["SITE_REMEMBERED": Self.remembered, "SITE_SCRIPTED": Self.scripted])
        defer { server.stop() }
        let work = try temporaryDirectory("page-passwords")
        defer { try? FileManager.default.removeItem(at: work) }
        let config = """
        project: {name: page-passwords, baseURL: "\(server.base)/"}
        viewports: [{name: small, width: 640, height: 480}]
        pages: [{id: login, url: login/, tasks: [sign-in]}]
        tasks:
          - id: sign-in
            steps:
              - fill: {css: "#new", value: \(Self.typedNew)}
              - type: {css: "#again", value: \(Self.typedNew)}
              - click: {role: button, name: Sign in}
              - wait: {text: Welcome back}
        batches: [{id: b, concurrency: 1, retries: 0, executionTimeout: 60s}]
        """
        try Data(config.utf8).write(to: work.appendingPathComponent("scene.yml"))
        let result = try SceneExecutable.run(["run", "--config", "scene.yml", "--json"] + SceneExecutable.recordMissingBaselines, environment: environment, in: work)
        #expect(result.status == 0, "scene run failed: \(result.stderr)")

        let files = try everyFile(under: work).filter { $0.name != "/scene.yml" }
        let record = try #require(files.first { $0.name.hasSuffix("/execution.json") })
        let execution = try #require(JSONSerialization.jsonObject(with: record.data) as? [String: Any])
        #expect(execution["status"] as? String == "newBaseline", "\(execution)")
        // Every copy of the trace, whatever its name: the bundle's, the report's (stored by content), the baseline's.
        let traces = files.filter { $0.data.starts(with: [0x50, 0x4B, 0x03, 0x04]) && !$0.name.contains("!") }
        #expect(traces.count >= 2, "a trace in the bundle and its copies: \(traces.map(\.name))")
        #expect(files.contains { $0.name.contains("trace.zip!resources/") && $0.name.hasSuffix(".html") }, "the page's HTML is in the trace")
        // Any piece of the three values, in any spelling a page or a browser gives it.
        let needles = ["Srv-Pw", "Js-Pw", "Typed-New-Pw", "9&quot;x", "9%22x", "5tR\\u00e9", "5tR%C3%A9"]
        let leaks = occurrences(of: needles, in: files + [("stdout", Data(result.stdout.utf8)), ("stderr", Data(result.stderr.utf8))])
        #expect(leaks.isEmpty, "page passwords found:\n\(leaks.joined(separator: "\n"))")
        #expect(files.contains { $0.name.hasSuffix("console.jsonl") && String(decoding: $0.data, as: UTF8.self).contains("token set: [redacted]") },
                "the page logged its scripted password: the line is there, redacted")

        // Playwright's trace viewer still opens the redacted archive and shows the actions.
        let bundleTrace = try #require(traces.first { !$0.name.contains("/report/") })
        let viewer = try runChecker("check_trace_viewer.py", [work.path + bundleTrace.name, "Fill"], environment: environment)
        let actions = viewer["actions"] as? [String] ?? []
        #expect(actions.contains { $0.hasPrefix("Fill") } && actions.contains { $0.hasPrefix("Click") }, "\(viewer)")
        #expect((viewer["errors"] as? [String] ?? ["no verdict"]).isEmpty, "\(viewer)")
        let inputs = viewer["passwordInputs"] as? [[Any]] ?? []
        #expect(inputs.count >= 4, "the snapshots show the password inputs: \(viewer)")
        let shown = Set(inputs.flatMap { $0.dropFirst().compactMap { $0 as? String } })
        #expect(shown.isSubset(of: ["", "[redacted]"]) && shown.contains("[redacted]"), "values the viewer shows: \(shown)")
    }

    /// plan.json keeps `[redacted]` for a secret step; `--resume` reads the value from the unchanged
    /// config (the site only answers with the real cookie), and refuses once the config changed.
    @Test func resumeRestoresSecretsFromTheConfig() throws {
        let environment = try browserEnvironment()
        let server = try siteServer(environment: ["SITE_COOKIE": Self.cookie])
        defer { server.stop() }
        let work = try temporaryDirectory("resume-secret")
        defer { try? FileManager.default.removeItem(at: work) }
        let config = """
        project: {name: resume-secret, baseURL: "\(server.base)/"}
        viewports: [{name: small, width: 480, height: 360}]
        pages: [{id: check, url: plain/1.html, tasks: [cookie]}]
        tasks:
          - id: cookie
            steps:
              - setCookie: {name: session, value: \(Self.cookie), secret: true}
              - goto: /plain/cookie-check
        batches: [{id: b, retries: 0, executionTimeout: 40s}]
        """
        try Data(config.utf8).write(to: work.appendingPathComponent("scene.yml"))
        let first = try SceneExecutable.run(["run", "--config", "scene.yml", "--no-report"] + SceneExecutable.recordMissingBaselines, environment: environment, in: work)
        #expect(first.status == 0, "\(first.stderr)")
        let runs = work.appendingPathComponent("runs")
        let bundle = runs.appendingPathComponent(try #require(try FileManager.default.contentsOfDirectory(atPath: runs.path).first))
        let plan = try String(contentsOf: bundle.appendingPathComponent("plan.json"), encoding: .utf8)
        #expect(!plan.contains(Self.cookie) && plan.contains("[redacted]"))

        // As if scene had been killed before the execution finished: its terminal journal line is gone.
        let journal = bundle.appendingPathComponent("journal.jsonl")
        let lines = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n").filter { !$0.contains(#""status":"newBaseline""#) }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: journal)
        let resumed = try SceneExecutable.run(["run", "--resume", bundle.path, "--json", "--no-report"], environment: environment, in: work)
        #expect(resumed.status == 0, "the resumed execution must have sent the real cookie: \(resumed.stderr)")
        #expect(resumed.stdout.contains(#""status":"passed""#) || resumed.stdout.contains(#""status" : "passed""#), "\(resumed.stdout)")

        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: journal)
        try Data((config + "\n# changed\n").utf8).write(to: work.appendingPathComponent("scene.yml"))
        let refused = try SceneExecutable.run(["run", "--resume", bundle.path, "--no-report"], environment: environment, in: work)
        #expect(refused.status == 65 && refused.stderr.contains("secret step values are not stored"), "\(refused.status) \(refused.stderr)")
    }
}
