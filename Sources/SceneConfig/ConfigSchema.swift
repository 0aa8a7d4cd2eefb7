import SceneBundle
import Foundation

/// The single description of `scene.yml`: the loader takes its allowed keys from it,
/// `scene schema` prints it as JSON Schema, and docs/CONFIG.md is generated from it.
public indirect enum SchemaType: Sendable {
    case string, integer, number, boolean
    case enumeration([String])
    case array(SchemaType)
    case object(String)
    case oneOf([SchemaType])
    /// A mapping from strings to strings.
    case stringMap
}

public struct SchemaProperty: Sendable {
    public var name: String
    public var type: SchemaType
    public var doc: String
    public var defaultValue: String?
    public var required: Bool
    init(_ name: String, _ type: SchemaType, _ doc: String, default defaultValue: String? = nil, required: Bool = false) {
        self.name = name; self.type = type; self.doc = doc; self.defaultValue = defaultValue; self.required = required
    }
}

public struct SchemaObject: Sendable {
    public var name: String
    public var doc: String
    public var properties: [SchemaProperty]
    public var keys: [String] { properties.map(\.name) }
}

public enum ConfigSchema {
    static let locatorProperties: [SchemaProperty] = [
        .init("css", .string, "CSS selector."),
        .init("selector", .string, "Alias of css."),
        .init("xpath", .string, "XPath expression."),
        .init("testId", .string, "data-testid value."),
        .init("role", .string, "ARIA role (button, link, textbox, checkbox, ...)."),
        .init("name", .string, "Accessible name, with role."),
        .init("exact", .boolean, "Match the name or text exactly.", default: "false"),
        .init("label", .string, "Text of the form control's label."),
        .init("text", .string, "Visible text."),
        .init("placeholder", .string, "Placeholder text."),
        .init("nth", .integer, "0-based index among several matches."),
        .init("frame", .string, "CSS selector of the iframe holding the element (nested frames joined by ` >> `)."),
    ]
    static let stepOptionProperties: [SchemaProperty] = [
        .init("value", .string, "Text to fill/type, option to select (in a `<select>`, or in a custom list — a `role=\"combobox\"` button or div, opened and its option of that name clicked — or a listbox), key to press, expected text."),
        .init("key", .string, "Key to press (press steps)."),
        .init("timeoutMs", .integer, "Step timeout in milliseconds."),
        .init("optional", .boolean, "A failure of this step does not fail the execution.", default: "false"),
        .init("secret", .boolean, "The value is a secret (password, token): it is kept out of plan.json, traces, logs and the report. Automatic when the locator names a password field.", default: "false"),
    ]

    /// The keys a page and a task share to override their batch: each execution takes every one
    /// from its task, else its page, else its batch.
    static func overrideProperties(of owner: String) -> [SchemaProperty] {
        let over = owner == "task" ? "the page's and the batch's" : "the batch's"
        return [
            .init("thresholds", .object("Thresholds"), "Diff thresholds of this \(owner)'s executions, over \(over) key by key (not runMajorPercent).", default: "the batch's"),
            .init("executionTimeout", .oneOf([.number, .string]), "Time limit of each of this \(owner)'s executions, over \(over).", default: "the batch's"),
            .init("navigationTimeout", .oneOf([.number, .string]), "Page load limit of this \(owner)'s executions, over \(over).", default: "the batch's"),
            .init("stepTimeout", .oneOf([.number, .string]), "Step limit of this \(owner)'s executions, over \(over).", default: "the batch's"),
            .init("captureTimeout", .oneOf([.number, .string]), "Screenshot limit of this \(owner)'s executions, over \(over).", default: "the batch's"),
        ]
    }

    public static let objects: [SchemaObject] = [
        SchemaObject(name: "Config", doc: "A scene.yml file.", properties: [
            .init("project", .oneOf([.string, .object("Project")]), "The project: a name, or name + base URL.", required: true),
            .init("viewports", .array(.oneOf([.string, .object("Viewport")])), "Viewports; a string `WIDTHxHEIGHT` is shorthand.", default: "[desktop 1280x800]"),
            .init("browsers", .array(.enumeration(BrowserName.allCases.map(\.rawValue))), "Browsers.", default: "[chromium]"),
            .init("pages", .array(.object("Page")), "Pages to capture.", required: true),
            .init("tasks", .array(.object("Task")), "Tasks: steps run on a page before capture. `default` (load and capture) always exists."),
            .init("batches", .array(.object("Batch")), "Batches: which pages, tasks, viewports and browsers run together.", default: "one batch `default` with everything"),
            .init("runner", .object("Runner"), "Where browsers run."),
            .init("stabilization", .object("Stabilization"), "What is done before capture to make screenshots repeatable."),
        ]),
        SchemaObject(name: "Project", doc: "Project settings.", properties: [
            .init("name", .string, "Project name.", required: true),
            .init("baseURL", .string, "Base URL that page paths resolve against. The environment variable SCENE_BASE_URL overrides it."),
            .init("runsDirectory", .string, "Where run bundles are written: relative to the config file, or absolute.", default: "runs"),
            .init("baselinesDirectory", .string, "Where approved baselines live: relative to the config file, or absolute.", default: "baselines"),
        ]),
        SchemaObject(name: "Viewport", doc: "A browser viewport.", properties: [
            .init("name", .string, "Viewport name, used in execution ids.", required: true),
            .init("width", .integer, "CSS pixels, 1 to 10000.", required: true),
            .init("height", .integer, "CSS pixels, 1 to 10000.", required: true),
            .init("deviceScaleFactor", .number, "Device pixel ratio, 0.25 to 5.", default: "1"),
            .init("mobile", .boolean, "Mobile emulation (isMobile + touch).", default: "false"),
            .init("userAgent", .string, "User agent override."),
        ]),
        SchemaObject(name: "Page", doc: "A page to capture.", properties: [
            .init("id", .string, "Page id: letters, digits, `.`, `_`, `-`.", required: true),
            .init("url", .string, "Absolute URL, or a path resolved against project.baseURL.", required: true),
            .init("path", .string, "Alias of url."),
            .init("referenceURL", .string, "A second URL captured in the same execution and compared (e.g. production)."),
            .init("basicAuth", .object("BasicAuth"), "HTTP basic auth; the password comes from an environment variable."),
            .init("hide", .array(.string), "Selectors made invisible before capture."),
            .init("remove", .array(.string), "Selectors removed from the page before capture."),
            .init("mask", .array(.string), "Selectors painted over and ignored by the diff."),
            .init("ignore", .array(.oneOf([.string, .object("IgnoredArea")])), "Areas compared but not counted in the level: their pixels stay in the screenshot and are outlined in the viewer. A CSS selector, or a mapping with `selector` or `box` and an optional tolerance."),
            .init("readySelector", .string, "Wait for this selector before capture."),
            .init("waitMs", .integer, "Extra wait before capture, in milliseconds.", default: "0"),
            .init("fullPage", .boolean, "Capture the full scrollable page.", default: "true"),
            .init("tasks", .array(.string), "Tasks run on this page when the batch names none.", default: "[default]"),
        ] + overrideProperties(of: "page")),
        SchemaObject(name: "IgnoredArea", doc: "An area compared but not counted; with a tolerance, more changed pixels in it than allowed fail the execution.", properties: [
            .init("selector", .string, "CSS selector: every element it matches when the screenshot is taken is an area of its own."),
            .init("box", .object("PageBox"), "A fixed box, in CSS px of the page (document coordinates on a full page)."),
            .init("maxDiffPixels", .integer, "Changed pixels allowed in the area.", default: "any number"),
            .init("maxDiffRatio", .number, "Share of the area's pixels allowed to change, 0 to 1.", default: "any share"),
        ]),
        SchemaObject(name: "PageBox", doc: "A rectangle in CSS px.", properties: [
            .init("x", .number, "Left edge.", required: true),
            .init("y", .number, "Top edge.", required: true),
            .init("width", .number, "Width, above 0.", required: true),
            .init("height", .number, "Height, above 0.", required: true),
        ]),
        SchemaObject(name: "BasicAuth", doc: "HTTP basic auth. The password is never stored.", properties: [
            .init("username", .string, "User name.", required: true),
            .init("passwordEnv", .string, "Name of the environment variable holding the password.", required: true),
        ]),
        SchemaObject(name: "Task", doc: "Steps run on a page before capture.", properties: [
            .init("id", .string, "Task id.", required: true),
            .init("steps", .array(.oneOf([.string, .object("Step")])), "Steps: a plain-language sentence, or a one-key mapping such as `click: {role: button, name: Go}`."),
        ] + overrideProperties(of: "task")),
        SchemaObject(name: "Step", doc: "A one-key mapping: the key is the action (" + StepKind.allCases.filter { $0 != .plain }.map(\.rawValue).joined(separator: ", ") + "), its value a CSS selector string or a mapping of locator and step options.",
                     properties: locatorProperties + stepOptionProperties),
        SchemaObject(name: "Batch", doc: "A set of executions run together.", properties: [
            .init("id", .string, "Batch id.", required: true),
            .init("pages", .array(.string), "Page ids or globs.", default: "all pages"),
            .init("tasks", .array(.string), "Task ids.", default: "each page's tasks"),
            .init("viewports", .array(.string), "Viewport names.", default: "all viewports"),
            .init("browsers", .array(.enumeration(BrowserName.allCases.map(\.rawValue))), "Browsers.", default: "the project's browsers"),
            .init("thresholds", .object("Thresholds"), "Diff thresholds (a page's or a task's own thresholds override them key by key)."),
            .init("concurrency", .integer, "Executions at once.", default: "number of cores"),
            .init("retries", .integer, "New attempts, each in a fresh browser context, for an execution that failed in a way another attempt may not (a visual difference, a timeout, an unreachable page, a runner crash); a pass on retry is `flaky`. Permanent failures (a missing baseline, an HTTP 404, an image over maxImagePixels, a step that cannot work) are not retried.", default: "1"),
            .init("executionTimeout", .oneOf([.number, .string]), "Time limit of a whole execution (load, steps, capture, reference page): seconds, or `90s`, `5m`.", default: "120"),
            .init("navigationTimeout", .oneOf([.number, .string]), "Time limit of loading a page (until its load event), and of each `goto` step.", default: "30"),
            .init("stepTimeout", .oneOf([.number, .string]), "Time limit of each step (a step's own timeoutMs wins) and of the page's readySelector.", default: "10"),
            .init("captureTimeout", .oneOf([.number, .string]), "Time limit of taking the screenshot.", default: "30"),
            .init("runTimeout", .oneOf([.number, .string]), "Whole-run timeout: seconds, or `30m`, `2h`."),
            .init("webhooks", .array(.object("Webhook")), "Webhooks called on run events."),
            .init("healing", .boolean, "Heal locators that no longer match.", default: "true"),
            .init("maxHealingAttempts", .integer, "Healing attempts per step.", default: "3"),
            .init("healedSteps", .enumeration(["pass", "warn", "fail"]), "What a healed step means for the execution.", default: "warn"),
            .init("maxImagePixels", .integer, "Largest screenshot or baseline decoded (width × height); a larger one is an execution error, never an out-of-memory.", default: "100000000"),
            .init("maxTraceMegabytes", .integer, "Largest trace.zip read, in uncompressed megabytes (all entries); a larger one is not analysed and is deleted rather than kept unredacted.", default: "2048"),
        ]),
        SchemaObject(name: "Thresholds", doc: "When a difference is none, noise, minor or major.", properties: [
            .init("pixel", .number, "Per-pixel colour threshold, 0 to 1 (pixelmatch).", default: "0.1"),
            .init("includeAntiAliasing", .boolean, "Count anti-aliased pixels as differences.", default: "false"),
            .init("minor", .number, "Percent of changed pixels above which a change is minor.", default: "0"),
            .init("major", .number, "Percent of changed pixels above which a change is major.", default: "1"),
            .init("failOn", .enumeration(DiffLevel.allCases.map(\.rawValue)), "Level from which an execution fails.", default: "minor"),
            .init("runMajorPercent", .number, "Percent of major executions above which the run is major.", default: "10"),
            .init("noiseWindow", .integer, "Side of the square window of the noise test, in pixels.", default: "8"),
            .init("noisePixelsPerWindow", .integer, "A change is noise (below minor, not failing by default) when no window holds more changed pixels than this, ...", default: "6"),
            .init("noiseMaxPixels", .integer, "... it changes at most this many pixels, and no rows were inserted or removed. 0 turns noise off.", default: "200"),
        ]),
        SchemaObject(name: "Webhook", doc: "An HTTP endpoint that receives run events as signed JSON.", properties: [
            .init("url", .string, "http(s) URL.", required: true),
            .init("events", .array(.enumeration(["run.started", "execution.failed", "run.finished"])), "Events to send.", default: "all"),
            .init("secretEnv", .string, "Environment variable holding the HMAC-SHA256 secret."),
        ]),
        SchemaObject(name: "Runner", doc: "Where browsers run.", properties: [
            .init("backend", .enumeration(["local", "docker", "remote"]), "local: Playwright + a local browser; docker: a container per runner; remote: a browser endpoint.", default: "local"),
            .init("executablePath", .string, "local: browser executable.", default: "/usr/bin/chromium when present"),
            .init("python", .string, "local: Python with Playwright.", default: ".venv/bin/python, then python3"),
            .init("image", .string, "docker: runner image."),
            .init("engine", .enumeration(["docker", "podman"]), "docker: container engine.", default: "docker"),
            .init("network", .string, "docker: network mode (host lets containers reach loopback sites).", default: "host"),
            .init("endpoint", .string, "remote: ws:// Playwright server or http:// CDP endpoint."),
            .init("processes", .integer, "Runner processes (each keeps one browser).", default: "1"),
            .init("headless", .boolean, "Headless browser.", default: "true"),
        ]),
        SchemaObject(name: "Stabilization", doc: "What happens before capture.", properties: [
            .init("disableAnimations", .boolean, "Turn CSS animations and transitions off.", default: "true"),
            .init("hideCaret", .boolean, "Hide the text caret.", default: "true"),
            .init("waitForFonts", .boolean, "Wait for web fonts.", default: "true"),
            .init("autoScroll", .boolean, "Load lazy content: lazy images made eager, the page scrolled where it watches scrolling (IntersectionObserver targets, scroll listeners).", default: "true"),
            .init("suppressCookieBanners", .boolean, "Dismiss common consent banners.", default: "true"),
            .init("cookieBannerSelectors", .array(.string), "Extra cookie-banner selectors to hide."),
            .init("settleShots", .integer, "Captures taken until two in a row are equal (or the first equals the baseline's), at most.", default: "3"),
            .init("maxHeight", .integer, "Tallest capture in CSS px (lowered to fit maxImagePixels); a taller page is cut there, a striped marker band ending the capture.", default: "100000"),
        ]),
    ]

    public static func object(_ name: String) -> SchemaObject {
        guard let o = objects.first(where: { $0.name == name }) else { preconditionFailure("unknown schema object \(name)") }
        return o
    }

    /// JSON Schema (draft 2020-12) of scene.yml, for editors.
    public static func jsonSchema() -> String {
        func encode(_ t: SchemaType) -> Any {
            switch t {
            case .string: return ["type": "string"]
            case .integer: return ["type": "integer"]
            case .number: return ["type": "number"]
            case .boolean: return ["type": "boolean"]
            case .enumeration(let values): return ["enum": values]
            case .array(let item): return ["type": "array", "items": encode(item)]
            case .object(let name): return ["$ref": "#/$defs/\(name)"]
            case .oneOf(let types): return ["oneOf": types.map(encode)]
            case .stringMap: return ["type": "object", "additionalProperties": ["type": "string"]]
            }
        }
        func objectSchema(_ o: SchemaObject) -> [String: Any] {
            var props: [String: Any] = [:]
            for p in o.properties {
                var e = encode(p.type) as! [String: Any]
                e["description"] = p.defaultValue.map { "\(p.doc) Default: \($0)." } ?? p.doc
                props[p.name] = e
            }
            var s: [String: Any] = ["type": "object", "description": o.doc, "properties": props, "additionalProperties": false]
            let required = o.properties.filter(\.required).map(\.name).filter { $0 != "url" || o.name != "Page" }
            if !required.isEmpty { s["required"] = required }
            return s
        }
        var defs: [String: Any] = [:]
        for o in objects where o.name != "Config" && o.name != "Step" { defs[o.name] = objectSchema(o) }
        let stepKinds = StepKind.allCases.filter { $0 != .plain }.map(\.rawValue)
        defs["Step"] = [
            "description": object("Step").doc,
            "type": "object", "minProperties": 1, "maxProperties": 1,
            "propertyNames": ["enum": stepKinds],
            "additionalProperties": ["oneOf": [["type": "string"], ["type": "number"], objectSchema(object("Step"))]],
        ]
        var root = objectSchema(object("Config"))
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        root["$id"] = "https://scene.dev/schema/scene.yml.json"
        root["title"] = "Scene configuration (scene.yml)"
        root["$defs"] = defs
        let data = try! JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// Markdown reference of every key, generated from the same table.
    public static func markdownReference() -> String {
        func typeName(_ t: SchemaType) -> String {
            switch t {
            case .string: return "string"
            case .integer: return "integer"
            case .number: return "number"
            case .boolean: return "boolean"
            case .enumeration(let v): return v.map { "`\($0)`" }.joined(separator: " \\| ")
            case .array(let i): return "list of \(typeName(i))"
            case .object(let n): return "[\(n)](#\(n.lowercased()))"
            case .oneOf(let ts): return ts.map(typeName).joined(separator: " or ")
            case .stringMap: return "mapping of strings"
            }
        }
        var out = "# scene.yml reference\n\nGenerated from `Sources/SceneConfig/ConfigSchema.swift` (the same table `scene schema` prints as JSON Schema). Do not edit by hand: run `swift run scene schema --markdown > docs/CONFIG.md`.\n"
        for o in objects {
            out += "\n## \(o.name)\n\n\(o.doc)\n\n| key | type | default | meaning |\n| --- | --- | --- | --- |\n"
            for p in o.properties {
                let def = p.required ? "required" : (p.defaultValue ?? "")
                out += "| `\(p.name)` | \(typeName(p.type)) | \(def) | \(p.doc) |\n"
            }
        }
        return out
    }
}
