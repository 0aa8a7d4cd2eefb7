import SceneLocator
import Foundation
import Testing
@testable import SceneConfig
import SceneBundle

/// Loads YAML text as if it were a file called scene.yml.
func validate(_ yaml: String, environment: [String: String] = [:], limits: ConfigLoader.Limits = .init()) -> (Config?, [Diagnostic]) {
    ConfigLoader.validate(data: Data(yaml.utf8), file: "scene.yml", environment: environment, limits: limits)
}

@Suite struct ConfigLoaderTests {
    @Test func fiveLineFileWorksWithDefaults() throws {
        let (config, diagnostics) = validate("""
        project: {name: demo, baseURL: "http://127.0.0.1:8000"}
        pages:
          - id: home
            url: /
        """)
        #expect(diagnostics.isEmpty)
        let c = try #require(config)
        #expect(c.viewports == [.desktop])
        #expect(c.browsers == [.chromium])
        #expect(c.batches.map(\.id) == ["default"])
        let plan = try Planner.plan(c, batch: nil, environment: [:])
        #expect(plan.executions.map(\.id) == ["home~default~desktop~chromium"])
        #expect(plan.executions[0].url == "http://127.0.0.1:8000/")
    }

    @Test func fiveDistinctMistakesGiveFiveLocatedErrors() {
        let (_, diagnostics) = validate("""
        project:
          name: demo
          baseURL: http://127.0.0.1:8000
        viewports:
          - {name: desktop, width: 1280, height: 800, mobil: true}
        pages:
          - id: home
            url: /
          - id: home
            url: /again
          - id: login
            url: "ht!tp://bad"
        batches:
          - id: nightly
            pages: [home, logn]
            retries: many
        """)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 5, "\(errors)")
        let byMessage = Dictionary(grouping: errors) { $0.message }
        let unknownKey = errors.first { $0.message.contains("unknown key 'mobil'") }
        #expect(unknownKey?.line == 5)
        #expect(unknownKey?.column == 47)
        #expect(unknownKey?.hint == "did you mean 'mobile'?")
        #expect(errors.contains { $0.message == "duplicate page id 'home'" && $0.line == 9 })
        #expect(errors.contains { $0.message.contains("not a valid http(s) URL") && $0.line == 12 })
        let page = errors.first { $0.message == "unknown page 'logn'" }
        #expect(page?.line == 15 && page?.column == 19)
        #expect(page?.hint == "did you mean 'login'?")
        #expect(errors.contains { $0.message.contains("expected an integer, found 'many'") && $0.keyPath == "batches[0].retries" })
        #expect(byMessage.count == 5)
        // Sorted by position, formatted like a compiler.
        #expect(errors.map(\.line) == errors.map(\.line).sorted())
        #expect(errors[0].description.hasPrefix("scene.yml:5:47: error: unknown key 'mobil' in Viewport"))
    }

    @Test func missingPasswordEnvironmentVariableIsAnErrorAndThePasswordIsNeverStored() throws {
        let yaml = """
        project: {name: demo, baseURL: "http://127.0.0.1:8000"}
        pages:
          - id: admin
            url: /admin
            basicAuth: {username: qa, passwordEnv: ADMIN_PASSWORD}
        """
        let (_, missing) = validate(yaml)
        #expect(missing.contains { $0.message.contains("'ADMIN_PASSWORD'") && $0.line == 5 })
        let (config, ok) = validate(yaml, environment: ["ADMIN_PASSWORD": "hunter2"])
        #expect(ok.isEmpty)
        let auth = try #require(config?.pages.first?.basicAuth)
        #expect(auth == BasicAuth(username: "qa", passwordEnv: "ADMIN_PASSWORD"))
        #expect(!String(describing: config!).contains("hunter2"))
    }

    @Test func environmentOverridesBaseURL() throws {
        let (config, d) = validate("""
        project: {name: demo, baseURL: "http://prod.example"}
        pages: [{id: home, url: /a}]
        """, environment: ["SCENE_BASE_URL": "http://127.0.0.1:9000/app"])
        #expect(d.isEmpty)
        let plan = try Planner.plan(try #require(config), batch: nil, environment: ["SCENE_BASE_URL": "http://127.0.0.1:9000/app"])
        #expect(plan.executions[0].url == "http://127.0.0.1:9000/app/a")
    }

    @Test func relativePathWithoutBaseURLIsExplained() {
        let (_, d) = validate("project: demo\npages: [{id: home, url: /}]\n")
        #expect(d.count == 1)
        #expect(d[0].message.contains("is a path but project.baseURL is not set"))
        #expect(d[0].hint?.contains("SCENE_BASE_URL") == true)
    }

    @Test func idsThatCouldEscapeFoldersAreRefused() {
        let (_, d) = validate("""
        project: {name: demo, baseURL: "http://127.0.0.1"}
        pages:
          - {id: "../etc", url: /}
          - {id: "a~b", url: /}
        """)
        #expect(d.filter { $0.message.contains("is not a valid id") }.count == 2)
    }

    @Test func stepsParseFromTheirShorthands() throws {
        let (config, d) = validate("""
        project: {name: demo, baseURL: "http://127.0.0.1"}
        pages: [{id: home, url: /, tasks: [login]}]
        tasks:
          - id: login
            steps:
              - goto: /login
              - click: "#open"
              - click: "//button[1]"
              - click: {role: button, name: Log in, nth: 1}
              - fill: {label: Email, value: a@b.c}
              - press: Enter
              - select: {label: Country, value: Germany}
              - scroll: bottom
              - scroll: {y: 800}
              - wait: 500
              - wait: networkidle
              - wait: {text: Welcome}
              - evaluate: "document.title = 'x'"
              - setCookie: {name: session, value: s3cret, secret: true}
              - assertTitle: Shop
              - Click the Login button
        """)
        #expect(d.isEmpty, "\(d)")
        let steps = try #require(config?.tasks.first?.steps)
        #expect(steps.count == 16)
        #expect(steps[0] == Step(kind: .goto, value: "/login", source: steps[0].source))
        #expect(steps[1].locator == Locator(selector: "#open"))
        #expect(steps[2].locator == Locator.xpath("//button[1]"))
        #expect(steps[3].locator == Locator.role("button", name: "Log in").nth(1))
        #expect(steps[4].locator == Locator.label("Email") && steps[4].value == "a@b.c")
        #expect(steps[5].kind == .press && steps[5].value == "Enter")
        #expect(steps[7].value == "bottom" && steps[8].scrollY == 800)
        #expect(steps[9].wait == .timeout(ms: 500) && steps[10].wait == .networkIdle && steps[11].wait == .text("Welcome"))
        #expect(steps[13].secret == true && steps[13].name == "session")
        #expect(steps[15].kind == .plain && steps[15].value == "Click the Login button")
        #expect(steps[1].source == "scene.yml:7:9")
    }

    @Test func badStepsAreLocated() {
        let (_, d) = validate("""
        project: {name: demo, baseURL: "http://127.0.0.1"}
        pages: [{id: home, url: /}]
        tasks:
          - id: t
            steps:
              - clik: "#a"
              - fill: {label: Email}
              - click: {css: "#a", text: Go}
        """)
        #expect(d.count == 3, "\(d)")
        #expect(d[0].message == "unknown step action 'clik'" && d[0].hint == "did you mean 'click'?" && d[0].line == 6)
        #expect(d[1].message == "fill needs a value" && d[1].line == 7)
        #expect(d[2].message.contains("give one way to find the element") && d[2].line == 8)
    }
}

@Suite struct HostileConfigTests {
    /// Each hostile input must give a clear error quickly (well under a second).
    func expectQuickError(_ data: Data, containing fragment: String, limits: ConfigLoader.Limits = .init()) {
        let start = Date()
        let (config, d) = ConfigLoader.validate(data: data, file: "scene.yml", environment: [:], limits: limits)
        let elapsed = Date().timeIntervalSince(start)
        #expect(config == nil || d.contains { $0.severity == .error })
        #expect(d.contains { $0.message.contains(fragment) }, "\(d.prefix(3))")
        #expect(elapsed < 2, "took \(elapsed) s")
    }

    @Test func truncatedYAML() {
        expectQuickError(Data("project: {name: demo, baseURL: \"http://127.0.0.1\"\npages:\n  - id: home\n    url: [/".utf8), containing: "invalid YAML")
    }

    @Test func binaryGarbage() {
        var bytes = [UInt8](repeating: 0, count: 4096)
        for i in bytes.indices { bytes[i] = UInt8(truncatingIfNeeded: i &* 2654435761 >> 7) }
        expectQuickError(Data(bytes), containing: "binary data")
        expectQuickError(Data([0xFF, 0xFE, 0x41, 0xC3, 0x28]), containing: "not valid UTF-8")
    }

    @Test func fiftyMegabyteFileIsRefusedBeforeParsing() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scene-50mb-\(UUID().uuidString).yml")
        defer { try? FileManager.default.removeItem(at: url) }
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        let chunk = Data(String(repeating: "# padding padding padding padding\n", count: 30_000).utf8)
        for _ in 0..<50 { handle.write(chunk) }
        try handle.close()
        let start = Date()
        let (config, d) = ConfigLoader.validate(path: url.path, environment: [:])
        #expect(config == nil)
        #expect(d.first?.message.contains("a config may be at most") == true)
        #expect(Date().timeIntervalSince(start) < 1)
    }

    @Test func deeplyNestedFlowAndBlockYAML() {
        expectQuickError(Data(("project: " + String(repeating: "[", count: 100_000)).utf8), containing: "nested more than")
        var block = ""
        for depth in 0..<200 { block += String(repeating: "  ", count: depth) + "k:\n" }
        expectQuickError(Data(block.utf8), containing: "nested more than")
        expectQuickError(Data((String(repeating: "- ", count: 5000) + "x").utf8), containing: "nested more than")
    }

    @Test func billionLaughsIsBounded() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        yaml += "project: {name: demo, baseURL: \"http://127.0.0.1\"}\npages: *a9\n"
        // The walk is schema-directed, so the bomb is never expanded: a few clear errors, at once.
        expectQuickError(Data(yaml.utf8), containing: "expected a mapping (Page), found a list")
        let (_, d) = validate(yaml)
        #expect(d.count < 30)
    }

    @Test func nodeBudgetStopsHugeDocuments() {
        let pages = (0..<2000).map { "  - {id: p\($0), url: /p\($0)}" }.joined(separator: "\n")
        var limits = ConfigLoader.Limits()
        limits.maxNodes = 500
        expectQuickError(Data("project: {name: d, baseURL: \"http://127.0.0.1\"}\npages:\n\(pages)\n".utf8), containing: "too many values", limits: limits)
    }

    @Test func emptyFileAndWrongTopLevelType() {
        expectQuickError(Data(), containing: "empty")
        expectQuickError(Data("- just\n- a list\n".utf8), containing: "expected a mapping")
    }
}

@Suite struct FuzzCorpusReplayTests {
    /// Every seed and every input a fuzzer once crashed on must keep giving an answer quickly.
    @Test func corpusInputsGiveAnAnswerQuickly() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.appendingPathComponent("Fuzz/corpus/config")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(files.count >= 5)
        for file in files {
            let data = try Data(contentsOf: dir.appendingPathComponent(file))
            let start = Date()
            let (config, diagnostics) = ConfigLoader.validate(data: data, file: file, environment: [:])
            #expect(config != nil || !diagnostics.isEmpty, "\(file) gave neither a config nor a diagnostic")
            #expect(Date().timeIntervalSince(start) < 1, "\(file) took too long")
        }
    }
}

@Suite struct ProjectFolderTests {
    /// Relative folders live next to the config; absolute ones (and `~/…`) are used as written.
    @Test func runsAndBaselinesFolders() {
        let configDirectory = URL(fileURLWithPath: "/work/site")
        let relative = Project(name: "p", runsDirectory: "out/../runs", baselinesDirectory: "baselines")
        #expect(relative.runsURL(configDirectory: configDirectory).path == "/work/site/runs")
        #expect(relative.baselinesURL(configDirectory: configDirectory).path == "/work/site/baselines")
        let absolute = Project(name: "p", runsDirectory: "/srv/scene/runs", baselinesDirectory: "~/approved")
        #expect(absolute.runsURL(configDirectory: configDirectory).path == "/srv/scene/runs")
        #expect(absolute.baselinesURL(configDirectory: configDirectory).path == NSString(string: "~/approved").expandingTildeInPath)
    }
}
