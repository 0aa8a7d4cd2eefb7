import Foundation
import SceneBundle
import Yams

/// Converts a composed YAML tree into `Config`, then cross-checks references.
enum ConfigBuilder {
    static func build(_ root: Node, reader r: inout NodeReader, environment: [String: String]) -> Config? {
        guard let top = r.mapping(root, path: "", schema: ConfigSchema.object("Config")) else { return nil }

        var project = Project(name: "scene")
        if let node = top["project"] { project = self.project(node, &r) ?? project }
        if let override = environment["SCENE_BASE_URL"], !override.isEmpty { project.baseURL = override }
        if let base = project.baseURL, !isHTTPURL(base) {
            r.error("baseURL '\(base.prefix(60))' is not an absolute http(s) URL", at: top["project"], path: "project.baseURL",
                    hint: environment["SCENE_BASE_URL"] != nil ? "it comes from SCENE_BASE_URL" : "e.g. http://localhost:8000")
        }

        let viewports = top["viewports"].map { list($0, "viewports", &r, viewport) } ?? [.desktop]
        let browsers = top["browsers"].map { list($0, "browsers", &r) { n, p, r in r.enumeration(n, path: p, BrowserName.self, allowed: BrowserName.allCases.map(\.rawValue)) } } ?? [.chromium]
        let pages = top["pages"].map { list($0, "pages", &r) { n, p, r in page(n, p, &r, project: project, environment: environment) } } ?? []
        let tasks = top["tasks"].map { list($0, "tasks", &r, task) } ?? []
        let batches = top["batches"].map { list($0, "batches", &r) { n, p, r in batch(n, p, &r, environment: environment) } } ?? []
        let runner = top["runner"].flatMap { self.runner($0, &r) } ?? RunnerSettings()
        let stabilization = top["stabilization"].flatMap { self.stabilization($0, &r) } ?? Stabilization()

        if top["pages"] != nil, pages.isEmpty, !r.exhausted {
            r.error("no pages: a config needs at least one page", at: top["pages"], path: "pages")
        }
        var config = Config(project: project, viewports: viewports, browsers: browsers, pages: pages, tasks: tasks,
                                 batches: batches, runner: runner, stabilization: stabilization)
        if config.batches.isEmpty { config.batches = [Batch(id: "default")] }
        crossCheck(config, top: top, &r)
        return config
    }

    // MARK: - Helpers

    static func isHTTPURL(_ s: String) -> Bool {
        guard let url = URL(string: s), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty else { return false }
        return true
    }

    /// Converts each element of a list, keeping the ones that converted.
    static func list<T>(_ node: Node, _ path: String, _ r: inout NodeReader, _ item: (Node, String, inout NodeReader) -> T?) -> [T] {
        guard let items = r.sequence(node, path: path) else { return [] }
        var out: [T] = []
        for (i, n) in items.enumerated() {
            if r.exhausted { break }
            if let v = item(n, "\(path)[\(i)]", &r) { out.append(v) }
        }
        return out
    }

    // MARK: - Sections

    static func project(_ node: Node, _ r: inout NodeReader) -> Project? {
        if case .scalar = node { return r.string(node, path: "project").map { Project(name: $0) } }
        guard let m = r.mapping(node, path: "project", schema: ConfigSchema.object("Project")) else { return nil }
        var p = Project(name: m["name"].flatMap { r.string($0, path: "project.name") } ?? "scene")
        p.baseURL = m["baseURL"].flatMap { r.string($0, path: "project.baseURL") }
        if let n = m["runsDirectory"], let v = r.string(n, path: "project.runsDirectory") { p.runsDirectory = v }
        if let n = m["baselinesDirectory"], let v = r.string(n, path: "project.baselinesDirectory") { p.baselinesDirectory = v }
        return p
    }

    static func viewport(_ node: Node, _ path: String, _ r: inout NodeReader) -> Viewport? {
        if case .scalar = node {
            guard let text = r.string(node, path: path) else { return nil }
            let parts = text.lowercased().split(separator: "x")
            guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), (1...10_000).contains(w), (1...10_000).contains(h) else {
                r.error("expected WIDTHxHEIGHT such as 1280x800, found '\(text.prefix(40))'", at: node, path: path)
                return nil
            }
            return Viewport(name: text, width: w, height: h)
        }
        guard let m = r.mapping(node, path: path, schema: ConfigSchema.object("Viewport")) else { return nil }
        guard let name = m["name"].flatMap({ r.identifier($0, path: "\(path).name") }),
              let width = m["width"].flatMap({ r.int($0, path: "\(path).width", range: 1...10_000) }),
              let height = m["height"].flatMap({ r.int($0, path: "\(path).height", range: 1...10_000) }) else { return nil }
        var v = Viewport(name: name, width: width, height: height)
        if let n = m["deviceScaleFactor"], let d = r.double(n, path: "\(path).deviceScaleFactor", range: 0.25...5) { v.deviceScaleFactor = d }
        if let n = m["mobile"], let b = r.bool(n, path: "\(path).mobile") { v.mobile = b }
        v.userAgent = m["userAgent"].flatMap { r.string($0, path: "\(path).userAgent") }
        return v
    }

    static func page(_ node: Node, _ path: String, _ r: inout NodeReader, project: Project, environment: [String: String]) -> Page? {
        guard let m = r.mapping(node, path: path, schema: ConfigSchema.object("Page")) else { return nil }
        let id = m["id"].flatMap { r.identifier($0, path: "\(path).id") }
        if m["url"] != nil, m["path"] != nil {
            r.error("give either url or path, not both", at: m["path"], path: "\(path).path")
        }
        let urlKey = m["url"] != nil ? "url" : "path"
        let url = m[urlKey].flatMap { r.string($0, path: "\(path).\(urlKey)") }
        if let url, let urlNode = m[urlKey] { checkPageURL(url, node: urlNode, path: "\(path).\(urlKey)", project: project, &r) }
        guard let id, let url else { return nil }
        var page = Page(id: id, url: url)
        if let n = m["referenceURL"], let v = r.string(n, path: "\(path).referenceURL") {
            checkPageURL(v, node: n, path: "\(path).referenceURL", project: project, &r)
            page.referenceURL = v
        }
        if let n = m["basicAuth"], let auth = r.mapping(n, path: "\(path).basicAuth", schema: ConfigSchema.object("BasicAuth")) {
            let user = auth["username"].flatMap { r.string($0, path: "\(path).basicAuth.username") }
            let env = auth["passwordEnv"].flatMap { r.string($0, path: "\(path).basicAuth.passwordEnv") }
            if let user, let env {
                if environment[env] == nil {
                    r.error("environment variable '\(env)' (the basic-auth password) is not set", at: auth["passwordEnv"],
                            path: "\(path).basicAuth.passwordEnv", hint: "export \(env)=... before running; the password is never stored")
                }
                page.basicAuth = BasicAuth(username: user, passwordEnv: env)
            }
        }
        page.hide = m["hide"].flatMap { r.strings($0, path: "\(path).hide") } ?? []
        page.remove = m["remove"].flatMap { r.strings($0, path: "\(path).remove") } ?? []
        page.mask = m["mask"].flatMap { r.strings($0, path: "\(path).mask") } ?? []
        page.ignore = m["ignore"].map { ignoredAreas($0, path: "\(path).ignore", &r) }
        page.readySelector = m["readySelector"].flatMap { r.string($0, path: "\(path).readySelector") }
        if let n = m["waitMs"], let v = r.int(n, path: "\(path).waitMs", range: 0...600_000) { page.waitMs = v }
        if let n = m["fullPage"], let v = r.bool(n, path: "\(path).fullPage") { page.fullPage = v }
        page.tasks = m["tasks"].flatMap { r.strings($0, path: "\(path).tasks") }
        page.overrides = overrides(m, path, &r)
        return page
    }

    /// `ignore`: a selector, or a list of selectors and mappings (`selector` or `box`, and a tolerance).
    static func ignoredAreas(_ node: Node, path: String, _ r: inout NodeReader) -> [IgnoredArea] {
        let items: [Node]
        if case .scalar = node { items = [node] } else { items = r.sequence(node, path: path) ?? [] }
        return items.enumerated().compactMap { index, item in
            let at = "\(path)[\(index)]"
            if case .scalar = item { return r.string(item, path: at).map { IgnoredArea(selector: $0) } }
            guard let m = r.mapping(item, path: at, schema: ConfigSchema.object("IgnoredArea")) else { return nil }
            var area = IgnoredArea()
            area.selector = m["selector"].flatMap { r.string($0, path: "\(at).selector") }
            if let n = m["box"], let b = r.mapping(n, path: "\(at).box", schema: ConfigSchema.object("PageBox")) {
                func number(_ key: String, _ range: ClosedRange<Double>) -> Double? {
                    b[key].flatMap { r.double($0, path: "\(at).box.\(key)", range: range) }
                }
                if let x = number("x", 0...1_000_000), let y = number("y", 0...1_000_000),
                   let width = number("width", 0.001...1_000_000), let height = number("height", 0.001...1_000_000) {
                    area.box = PageBox(x: x, y: y, width: width, height: height)
                }
            }
            area.maxDiffPixels = m["maxDiffPixels"].flatMap { r.int($0, path: "\(at).maxDiffPixels", range: 0...Int(Int32.max)) }
            area.maxDiffRatio = m["maxDiffRatio"].flatMap { r.double($0, path: "\(at).maxDiffRatio", range: 0...1) }
            if (m["selector"] == nil) == (m["box"] == nil) {
                r.error("an ignored area needs exactly one of 'selector' and 'box'", at: item, path: at,
                        hint: "e.g. {selector: '.ad-slot', maxDiffPixels: 200} or {box: {x: 0, y: 0, width: 300, height: 50}}")
                return nil
            }
            return area.selector != nil || area.box != nil ? area : nil
        }
    }

    static func checkPageURL(_ url: String, node: Node, path: String, project: Project, _ r: inout NodeReader) {
        if url.contains("://") {
            if !isHTTPURL(url) && !url.lowercased().hasPrefix("file://") {
                r.error("'\(url.prefix(60))' is not a valid http(s) URL", at: node, path: path)
            }
        } else if url.hasPrefix("/") || !url.contains(":") {
            if project.baseURL == nil {
                r.error("'\(url.prefix(60))' is a path but project.baseURL is not set", at: node, path: path,
                        hint: "set project.baseURL (or SCENE_BASE_URL), or give an absolute URL")
            }
            if url.contains(" ") { r.error("a URL cannot contain spaces", at: node, path: path, hint: "encode them as %20") }
        } else {
            r.error("'\(url.prefix(60))' is not a URL Scene can open", at: node, path: path, hint: "use http(s)://... or a /path")
        }
    }

    static func task(_ node: Node, _ path: String, _ r: inout NodeReader) -> TaskDefinition? {
        guard let m = r.mapping(node, path: path, schema: ConfigSchema.object("Task")) else { return nil }
        guard let id = m["id"].flatMap({ r.identifier($0, path: "\(path).id") }) else { return nil }
        var t = TaskDefinition(id: id)
        if let n = m["steps"] { t.steps = list(n, "\(path).steps", &r) { n, p, r in StepParser.step(n, p, &r) } }
        t.overrides = overrides(m, path, &r)
        if t.steps.isEmpty, m["steps"] == nil {
            r.warning("task '\(id)' has no steps: it only loads the page", at: node, path: path,
                      hint: "`scene record` writes the steps of a session as a task")
        }
        return t
    }

    static func batch(_ node: Node, _ path: String, _ r: inout NodeReader, environment: [String: String]) -> Batch? {
        guard let m = r.mapping(node, path: path, schema: ConfigSchema.object("Batch")) else { return nil }
        guard let id = m["id"].flatMap({ r.identifier($0, path: "\(path).id") }) else { return nil }
        var b = Batch(id: id)
        b.pages = m["pages"].flatMap { r.strings($0, path: "\(path).pages") } ?? []
        b.tasks = m["tasks"].flatMap { r.strings($0, path: "\(path).tasks") } ?? []
        b.viewports = m["viewports"].flatMap { r.strings($0, path: "\(path).viewports") } ?? []
        b.browsers = m["browsers"].map { list($0, "\(path).browsers", &r) { n, p, r in r.enumeration(n, path: p, BrowserName.self, allowed: BrowserName.allCases.map(\.rawValue)) } } ?? []
        if let n = m["thresholds"] { b.thresholds = thresholds(n, "\(path).thresholds", &r) }
        b.concurrency = m["concurrency"].flatMap { r.int($0, path: "\(path).concurrency", range: 1...256) }
        if let n = m["retries"], let v = r.int(n, path: "\(path).retries", range: 0...10) { b.retries = v }
        if let n = m["executionTimeout"], let v = r.duration(n, path: "\(path).executionTimeout") { b.executionTimeoutSeconds = v }
        b.navigationTimeoutSeconds = m["navigationTimeout"].flatMap { r.duration($0, path: "\(path).navigationTimeout") }
        b.stepTimeoutSeconds = m["stepTimeout"].flatMap { r.duration($0, path: "\(path).stepTimeout") }
        b.captureTimeoutSeconds = m["captureTimeout"].flatMap { r.duration($0, path: "\(path).captureTimeout") }
        checkTimeLimits(execution: b.executionTimeoutSeconds, [("navigationTimeout", b.navigationTimeoutSeconds),
                        ("stepTimeout", b.stepTimeoutSeconds), ("captureTimeout", b.captureTimeoutSeconds)], m, path, &r)
        b.runTimeoutSeconds = m["runTimeout"].flatMap { r.duration($0, path: "\(path).runTimeout") }
        if let n = m["webhooks"] { b.webhooks = list(n, "\(path).webhooks", &r) { n, p, r in webhook(n, p, &r, environment: environment) } }
        if let n = m["healing"], let v = r.bool(n, path: "\(path).healing") { b.healing = v }
        if let n = m["maxHealingAttempts"], let v = r.int(n, path: "\(path).maxHealingAttempts", range: 0...10) { b.maxHealingAttempts = v }
        if let n = m["healedSteps"], let v = r.enumeration(n, path: "\(path).healedSteps", HealedStepPolicy.self, allowed: ["pass", "warn", "fail"]) { b.healedSteps = v }
        b.maxImagePixels = m["maxImagePixels"].flatMap { r.int($0, path: "\(path).maxImagePixels", range: 1_000...1_000_000_000) }
        b.maxTraceMegabytes = m["maxTraceMegabytes"].flatMap { r.int($0, path: "\(path).maxTraceMegabytes", range: 1...16_384) }
        return b
    }

    static func thresholds(_ node: Node, _ path: String, _ r: inout NodeReader) -> Thresholds {
        var t = Thresholds()
        guard let m = r.mapping(node, path: path, schema: ConfigSchema.object("Thresholds")) else { return t }
        t = thresholdKeys(m, path, &r).applied(to: t)
        if let n = m["runMajorPercent"], let v = r.double(n, path: "\(path).runMajorPercent", range: 0...100) { t.runMajorPercent = v }
        if let n = m["noiseWindow"], let v = r.int(n, path: "\(path).noiseWindow", range: 2...64) { t.noiseWindow = v }
        if let n = m["noisePixelsPerWindow"], let v = r.int(n, path: "\(path).noisePixelsPerWindow", range: 0...4096) { t.noisePixelsPerWindow = v }
        if let n = m["noiseMaxPixels"], let v = r.int(n, path: "\(path).noiseMaxPixels", range: 0...100_000) { t.noiseMaxPixels = v }
        if t.minor > t.major {
            r.error("minor (\(t.minor)%) must not be above major (\(t.major)%)", at: m["minor"], path: "\(path).minor")
        }
        return t
    }

    /// The threshold keys a batch, a page and a task share (only those given).
    static func thresholdKeys(_ m: [String: Node], _ path: String, _ r: inout NodeReader) -> ThresholdOverrides {
        var t = ThresholdOverrides()
        t.pixel = m["pixel"].flatMap { r.double($0, path: "\(path).pixel", range: 0...1) }
        t.includeAntiAliasing = m["includeAntiAliasing"].flatMap { r.bool($0, path: "\(path).includeAntiAliasing") }
        t.minor = m["minor"].flatMap { r.double($0, path: "\(path).minor", range: 0...100) }
        t.major = m["major"].flatMap { r.double($0, path: "\(path).major", range: 0...100) }
        t.failOn = m["failOn"].flatMap { r.enumeration($0, path: "\(path).failOn", DiffLevel.self, allowed: DiffLevel.allCases.map(\.rawValue)) }
        return t
    }

    /// A page's or a task's thresholds and time limits; nil when it sets none.
    static func overrides(_ m: [String: Node], _ path: String, _ r: inout NodeReader) -> ExecutionOverrides? {
        var o = ExecutionOverrides()
        if let node = m["thresholds"], let t = r.mapping(node, path: "\(path).thresholds", schema: ConfigSchema.object("Thresholds")) {
            if t["runMajorPercent"] != nil {
                r.error("runMajorPercent is a setting of the whole run", at: t["runMajorPercent"], path: "\(path).thresholds.runMajorPercent",
                        hint: "set it in the batch's thresholds")
            }
            let keys = thresholdKeys(t, "\(path).thresholds", &r)
            if let minor = keys.minor, let major = keys.major, minor > major {
                r.error("minor (\(minor)%) must not be above major (\(major)%)", at: t["minor"], path: "\(path).thresholds.minor")
            }
            o.thresholds = keys
        }
        o.executionTimeoutSeconds = m["executionTimeout"].flatMap { r.duration($0, path: "\(path).executionTimeout") }
        o.navigationTimeoutSeconds = m["navigationTimeout"].flatMap { r.duration($0, path: "\(path).navigationTimeout") }
        o.stepTimeoutSeconds = m["stepTimeout"].flatMap { r.duration($0, path: "\(path).stepTimeout") }
        o.captureTimeoutSeconds = m["captureTimeout"].flatMap { r.duration($0, path: "\(path).captureTimeout") }
        if let execution = o.executionTimeoutSeconds {
            checkTimeLimits(execution: execution, [("navigationTimeout", o.navigationTimeoutSeconds), ("stepTimeout", o.stepTimeoutSeconds),
                                                   ("captureTimeout", o.captureTimeoutSeconds)], m, path, &r)
        }
        return o == ExecutionOverrides() ? nil : o
    }

    /// A load, step or capture limit longer than the execution's own ends at the execution limit: said, not silently cut.
    static func checkTimeLimits(execution: Double, _ limits: [(key: String, seconds: Double?)], _ m: [String: Node], _ path: String,
                                _ r: inout NodeReader) {
        for (key, seconds) in limits {
            guard let seconds, seconds > execution else { continue }
            let node = m[key]
            r.warning("\(key) (\(Int(seconds)) s) is longer than executionTimeout (\(Int(execution)) s): the execution timeout ends it first",
                      at: node, path: "\(path).\(key)", hint: "raise executionTimeout too")
        }
    }

    static func webhook(_ node: Node, _ path: String, _ r: inout NodeReader, environment: [String: String]) -> Webhook? {
        guard let m = r.mapping(node, path: path, schema: ConfigSchema.object("Webhook")) else { return nil }
        guard let url = m["url"].flatMap({ r.string($0, path: "\(path).url") }) else { return nil }
        if !isHTTPURL(url) { r.error("'\(url.prefix(60))' is not an absolute http(s) URL", at: m["url"], path: "\(path).url") }
        var w = Webhook(url: url)
        let known = ["run.started", "execution.failed", "run.finished"]
        if let n = m["events"], let events = r.strings(n, path: "\(path).events") {
            for e in events where !known.contains(e) {
                r.error("unknown webhook event '\(e)'", at: n, path: "\(path).events",
                        hint: Spelling.suggestion(for: e, among: known).map { "did you mean '\($0)'?" } ?? "one of: \(known.joined(separator: ", "))")
            }
            w.events = events
        }
        if let n = m["secretEnv"], let env = r.string(n, path: "\(path).secretEnv") {
            if environment[env] == nil {
                r.warning("environment variable '\(env)' (the webhook secret) is not set: this webhook will not be sent", at: n, path: "\(path).secretEnv")
            }
            w.secretEnv = env
        }
        return w
    }

    static func runner(_ node: Node, _ r: inout NodeReader) -> RunnerSettings? {
        guard let m = r.mapping(node, path: "runner", schema: ConfigSchema.object("Runner")) else { return nil }
        var s = RunnerSettings()
        if let n = m["backend"], let v = r.enumeration(n, path: "runner.backend", RunnerBackend.self, allowed: ["local", "docker", "remote"]) { s.backend = v }
        s.executablePath = m["executablePath"].flatMap { r.string($0, path: "runner.executablePath") }
        s.python = m["python"].flatMap { r.string($0, path: "runner.python") }
        s.image = m["image"].flatMap { r.string($0, path: "runner.image") }
        if let n = m["engine"], let v = r.string(n, path: "runner.engine") {
            if v == "docker" || v == "podman" { s.engine = v }
            else { r.error("unknown engine '\(v)'", at: n, path: "runner.engine", hint: "docker or podman") }
        }
        s.network = m["network"].flatMap { r.string($0, path: "runner.network") }
        if let n = m["endpoint"], let v = r.string(n, path: "runner.endpoint") {
            let lower = v.lowercased()
            if !(lower.hasPrefix("ws://") || lower.hasPrefix("wss://") || lower.hasPrefix("http://") || lower.hasPrefix("https://")) {
                r.error("endpoint '\(v.prefix(60))' must be ws(s):// (Playwright server) or http(s):// (CDP)", at: n, path: "runner.endpoint")
            }
            s.endpoint = v
        }
        s.processes = m["processes"].flatMap { r.int($0, path: "runner.processes", range: 1...64) }
        if let n = m["headless"], let v = r.bool(n, path: "runner.headless") { s.headless = v }
        if s.backend == .remote, s.endpoint == nil {
            r.error("the remote backend needs an endpoint", at: node, path: "runner.endpoint", hint: "e.g. ws://127.0.0.1:3000/ or http://127.0.0.1:9222")
        }
        return s
    }

    static func stabilization(_ node: Node, _ r: inout NodeReader) -> Stabilization? {
        guard let m = r.mapping(node, path: "stabilization", schema: ConfigSchema.object("Stabilization")) else { return nil }
        var s = Stabilization()
        if let n = m["disableAnimations"], let v = r.bool(n, path: "stabilization.disableAnimations") { s.disableAnimations = v }
        if let n = m["hideCaret"], let v = r.bool(n, path: "stabilization.hideCaret") { s.hideCaret = v }
        if let n = m["waitForFonts"], let v = r.bool(n, path: "stabilization.waitForFonts") { s.waitForFonts = v }
        if let n = m["autoScroll"], let v = r.bool(n, path: "stabilization.autoScroll") { s.autoScroll = v }
        if let n = m["suppressCookieBanners"], let v = r.bool(n, path: "stabilization.suppressCookieBanners") { s.suppressCookieBanners = v }
        if let n = m["cookieBannerSelectors"], let v = r.strings(n, path: "stabilization.cookieBannerSelectors") { s.cookieBannerSelectors = v }
        if let n = m["settleShots"], let v = r.int(n, path: "stabilization.settleShots", range: 1...10) { s.settleShots = v }
        if let n = m["maxHeight"], let v = r.int(n, path: "stabilization.maxHeight", range: 100...1_000_000) { s.maxHeight = v }
        return s
    }

    // MARK: - Cross-checks

    static func crossCheck(_ c: Config, top: [String: Node], _ r: inout NodeReader) {
        duplicates(c.pages.map(\.id), what: "page", section: "pages", top: top, &r)
        duplicates(c.tasks.map(\.id), what: "task", section: "tasks", top: top, &r)
        duplicates(c.viewports.map(\.name), what: "viewport", section: "viewports", top: top, &r)
        duplicates(c.batches.map(\.id), what: "batch", section: "batches", top: top, &r)
        let taskIds = ["default"] + c.tasks.map(\.id)
        let viewportNames = c.viewports.map(\.name)
        for (i, page) in c.pages.enumerated() {
            for t in page.tasks ?? [] where !taskIds.contains(t) {
                reference(t, kind: "task", known: taskIds, node: element(top["pages"], i, "tasks"), path: "pages[\(i)].tasks", &r)
            }
        }
        let batchNodes: [Node] = top["batches"].flatMap { if case .sequence(let s) = $0 { Array(s) } else { nil } } ?? []
        for (i, b) in c.batches.enumerated() {
            let node = i < batchNodes.count ? batchNodes[i] : nil
            func at(_ key: String) -> Node? { if case .mapping(let m)? = node { return m[Node(key)] } else { return nil } }
            for p in b.pages where !p.contains("*") && !p.contains("?") && !c.pages.contains(where: { $0.id == p }) {
                reference(p, kind: "page", known: c.pages.map(\.id), node: at("pages"), path: "batches[\(i)].pages", &r)
            }
            for p in b.pages where p.contains("*") || p.contains("?") {
                if !c.pages.contains(where: { Glob.matches(p, $0.id) }) {
                    r.error("the pattern '\(p)' matches no page", at: at("pages"), path: "batches[\(i)].pages")
                }
            }
            for t in b.tasks where !taskIds.contains(t) {
                reference(t, kind: "task", known: taskIds, node: at("tasks"), path: "batches[\(i)].tasks", &r)
            }
            for v in b.viewports where !viewportNames.contains(v) {
                reference(v, kind: "viewport", known: viewportNames, node: at("viewports"), path: "batches[\(i)].viewports", &r)
            }
        }
    }

    static func element(_ list: Node?, _ index: Int, _ key: String) -> Node? {
        guard case .sequence(let s)? = list, index < s.count, case .mapping(let m) = s[index] else { return nil }
        return m[Node(key)]
    }

    static func reference(_ name: String, kind: String, known: [String], node: Node?, path: String, _ r: inout NodeReader) {
        // Point at the list item itself when the reference sits in a list.
        var node = node
        if case .sequence(let items)? = node, let item = items.first(where: { $0.scalar?.string == name }) { node = item }
        let hint = Spelling.suggestion(for: name, among: known).map { "did you mean '\($0)'?" }
            ?? (known.isEmpty ? "no \(kind)s are defined" : "known \(kind)s: \(known.prefix(10).joined(separator: ", "))")
        r.error("unknown \(kind) '\(name)'", at: node, path: path, hint: hint)
    }

    static func duplicates(_ ids: [String], what: String, section: String, top: [String: Node], _ r: inout NodeReader) {
        var seen = Set<String>()
        let nodes: [Node] = top[section].flatMap { if case .sequence(let s) = $0 { Array(s) } else { nil } } ?? []
        for (i, id) in ids.enumerated() where !seen.insert(id).inserted {
            r.error("duplicate \(what) id '\(id)'", at: i < nodes.count ? nodes[i] : top[section], path: "\(section)[\(i)]",
                    hint: "ids must be unique: they name folders and execution ids")
        }
    }
}
