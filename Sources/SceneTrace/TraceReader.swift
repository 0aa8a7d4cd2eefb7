public import Foundation

/// Reads a trace archive into a `TraceModel`: streams every `*.trace` and `*.network`
/// entry line by line, tolerating (and counting) lines and events it cannot use.
public struct TraceReader: Sendable {
    /// Newest `context-options.version` this reader understands (Playwright 1.65 writes 10).
    public static let newestKnownVersion = 10
    public var limits: TraceLimits
    /// Read the element each action acted on from the DOM snapshots (`TraceCall.target`).
    public var elementIdentity: Bool

    public init(limits: TraceLimits = .default, elementIdentity: Bool = true) {
        self.limits = limits
        self.elementIdentity = elementIdentity
    }

    public func read(url: URL) throws -> TraceModel {
        try read(TraceArchive(url: url, limits: limits))
    }

    public func read(data: Data) throws -> TraceModel {
        try read(TraceArchive(data: data, limits: limits))
    }

    public func read(_ archive: TraceArchive) throws -> TraceModel {
        let traceFiles = archive.entries.map(\.path).filter { $0.hasSuffix(".trace") && !$0.contains("/") }
            .sorted(by: Self.traceFileOrder)
        guard !traceFiles.isEmpty else { throw TraceError.noTraceFile }
        var builder = ModelBuilder(elementIdentity: elementIdentity)
        builder.model.resourceEntries = archive.entries.map(\.path).filter { $0.hasPrefix("resources/") }
        builder.model.stats.resources = builder.model.resourceEntries.count
        for (index, file) in traceFiles.enumerated() {
            builder.beginContext(index: index, file: file)
            var splitter = LineSplitter(maxLineBytes: limits.maxLineBytes)
            try archive.stream(file) { chunk in
                builder.model.stats.bytesParsed += UInt64(chunk.count)
                try splitter.feed(chunk, line: { try builder.consume(line: $0) }, dropped: { builder.lostLine() })
            }
            try splitter.finish { try builder.consume(line: $0) }
            builder.model.stats.oversizedLines += splitter.oversizedLines
            builder.model.stats.traceFiles += 1
            let network = String(file.dropLast(".trace".count)) + ".network"
            if archive.entries.contains(where: { $0.path == network }) {
                var netSplitter = LineSplitter(maxLineBytes: limits.maxLineBytes)
                try archive.stream(network) { chunk in
                    builder.model.stats.bytesParsed += UInt64(chunk.count)
                    netSplitter.feed(chunk) { builder.consume(networkLine: $0) }
                }
                netSplitter.finish { builder.consume(networkLine: $0) }
                builder.model.stats.oversizedLines += netSplitter.oversizedLines
            }
        }
        return builder.finish()
    }

    /// `trace.trace` first, then `0-trace.trace`, `1-trace.trace`, ... in numeric order.
    static func traceFileOrder(_ a: String, _ b: String) -> Bool {
        func key(_ s: String) -> (Int, String) {
            let prefix = s.prefix(while: \.isNumber)
            return (prefix.isEmpty ? -1 : Int(prefix) ?? Int.max, s)
        }
        return key(a) < key(b)
    }
}

/// Accumulates events into a model; one per read.
struct ModelBuilder {
    var model = TraceModel()
    private var context = 0
    private var callIndex: [String: Int] = [:]
    private var pendingFrameURL: [String: String] = [:]
    private static let maxLogLines = 40
    /// Nil when element identity is not wanted.
    private var targets: SnapshotTargets?

    init(elementIdentity: Bool = true) {
        targets = elementIdentity ? SnapshotTargets() : nil
    }

    /// A line too long to read was left out: snapshots after it cannot refer back across it.
    mutating func lostLine() { targets?.lostSnapshot() }

    mutating func beginContext(index: Int, file: String) {
        context = index
        model.contexts.append(TraceContextInfo(file: file))
        callIndex.removeAll()
        pendingFrameURL.removeAll()
    }

    mutating func consume(line: Data) throws {
        model.stats.lines += 1
        // Snapshots are most of a trace's bytes and none of its actions: skip them unparsed,
        // keeping only the page URL a call's snapshot shows.
        if let kind = Self.snapshotKind(line) {
            model.stats.events[kind, default: 0] += 1
            if kind == "frame-snapshot" {
                let head = targets != nil ? targets!.consume(snapshotLine: line, context: context) : SnapshotTargets.head(line)
                noteFrameURL(callId: head.callId, url: head.frameURL)
            }
            return
        }
        guard let object = (try? JSONSerialization.jsonObject(with: line)) as? [String: Any],
              let type = object["type"] as? String else {
            model.stats.garbageLines += 1
            return
        }
        try consume(type: type, object)
    }

    private mutating func consume(type: String, _ e: [String: Any]) throws {
        switch type {
        case "context-options": try contextOptions(e)
        case "before": before(e)
        case "input":
            guard let i = call(e) else { return }
            if let p = point(e["point"]) { model.calls[i].point = p }
            if let b = box(e["box"]) { model.calls[i].box = b }
        case "log":
            guard let i = call(e), let message = e["message"] as? String else { return }
            log(message, into: i)
        case "after":
            guard let i = call(e) else { return }
            model.calls[i].endTime = number(e["endTime"])
            if let p = point(e["point"]) { model.calls[i].point = p }
            model.calls[i].error = errorMessage(e["error"])
        case "action": legacyAction(e)
        case "event":
            if (e["method"] as? String) == "pageError" {
                model.stats.pageErrors += 1
                let error = (e["params"] as? [String: Any])?["error"] as? [String: Any]
                let inner = (error?["error"] as? [String: Any]) ?? error
                let text = (inner?["message"] as? String) ?? (error?["value"] as? String) ?? "uncaught error"
                model.console.append(ConsoleMessage(context: context, type: "pageerror", text: text, time: number(e["time"]) ?? 0))
            }
        case "console":
            model.console.append(ConsoleMessage(context: context, type: e["messageType"] as? String ?? "log",
                                                text: e["text"] as? String ?? "", time: number(e["time"]) ?? 0))
        case "screencast-frame": screencast(e)
        case "resource-snapshot", "frame-snapshot", "object", "stdout", "stderr", "error":
            break
        default:
            model.stats.unknownEventTypes[type, default: 0] += 1
            return
        }
        model.stats.events[type, default: 0] += 1
    }

    private mutating func contextOptions(_ e: [String: Any]) throws {
        let version = (e["version"] as? NSNumber)?.intValue
        if let version, version > TraceReader.newestKnownVersion {
            throw TraceError.unsupportedVersion(version, maxKnown: TraceReader.newestKnownVersion)
        }
        var info = model.contexts[context]
        info.version = version
        info.playwrightVersion = e["playwrightVersion"] as? String
        info.browserName = e["browserName"] as? String
        info.sdkLanguage = e["sdkLanguage"] as? String
        info.title = e["title"] as? String
        info.testIdAttributeName = e["testIdAttributeName"] as? String
        let options = e["options"] as? [String: Any]
        info.baseURL = options?["baseURL"] as? String
        if let size = options?["viewport"] as? [String: Any], let width = number(size["width"]), let height = number(size["height"]),
           width > 0, height > 0, width <= 100_000, height <= 100_000 {
            info.viewport = TraceViewport(width: Int(width), height: Int(height), deviceScaleFactor: number(options?["deviceScaleFactor"]),
                                          isMobile: options?["isMobile"] as? Bool)
        }
        // Version 6 had no monotonic time here; the first call's wall time anchors it instead.
        if let wall = number(e["wallTime"]), let mono = number(e["monotonicTime"]), mono > 0 {
            info.anchorWallTime = wall; info.anchorMonotonicTime = mono
        }
        model.contexts[context] = info
    }

    private mutating func before(_ e: [String: Any]) {
        guard let callId = e["callId"] as? String else { model.stats.garbageLines += 1; return }
        let start = number(e["startTime"]) ?? 0
        let wall = number(e["wallTime"])
        anchorIfNeeded(wall: wall, monotonic: start)
        let call = TraceCall(
            callId: callId, context: context, className: e["class"] as? String ?? "", method: e["method"] as? String ?? "",
            title: (e["title"] as? String) ?? (e["apiName"] as? String),
            params: JSONValue(any: e["params"] ?? [String: Any]()), startTime: start, endTime: nil, wallTime: wall,
            pageId: e["pageId"] as? String, error: nil, point: nil, box: nil,
            frameURL: pendingFrameURL.removeValue(forKey: callId), navigatedURL: nil, sensitive: false, log: [])
        callIndex[callId] = model.calls.count
        model.calls.append(call)
    }

    /// `action` events: the test runner's flattened form, and the `metadata` form of traces before version 4.
    private mutating func legacyAction(_ e: [String: Any]) {
        let m = (e["metadata"] as? [String: Any]) ?? e
        guard let callId = (m["callId"] ?? m["id"]) as? String else { model.stats.garbageLines += 1; return }
        let start = number(m["startTime"]) ?? 0
        anchorIfNeeded(wall: number(m["wallTime"]), monotonic: start)
        let call = TraceCall(
            callId: callId, context: context, className: (m["class"] ?? m["type"]) as? String ?? "",
            method: m["method"] as? String ?? "", title: (m["title"] ?? m["apiName"]) as? String,
            params: JSONValue(any: m["params"] ?? [String: Any]()), startTime: start, endTime: number(m["endTime"]),
            wallTime: number(m["wallTime"]), pageId: m["pageId"] as? String, error: errorMessage(m["error"]),
            point: point(m["point"]), box: nil, frameURL: nil, navigatedURL: nil, sensitive: false, log: [])
        callIndex[callId] = model.calls.count
        model.calls.append(call)
        for line in (m["log"] as? [String]) ?? [] { log(line, into: model.calls.count - 1) }
    }

    private mutating func screencast(_ e: [String: Any]) {
        let entry = (e["file"] as? String) ?? (e["sha1"] as? String).map { "resources/" + $0 }
        guard let entry, let pageId = e["pageId"] as? String else { return }
        model.frames.append(ScreencastFrame(context: context, pageId: pageId, entry: entry,
                                            timestamp: number(e["timestamp"]) ?? 0,
                                            width: (e["width"] as? NSNumber)?.intValue ?? 0,
                                            height: (e["height"] as? NSNumber)?.intValue ?? 0))
    }

    private mutating func log(_ message: String, into i: Int) {
        if message.utf8.count > 30, message.contains("resolved to <input"), message.contains("type=\"password\"") {
            model.calls[i].sensitive = true
        }
        if message.hasPrefix("  navigated to \"") || message.hasPrefix("navigated to \""), let r = message.range(of: "navigated to \"") {
            let rest = message[r.upperBound...]
            if let end = rest.lastIndex(of: "\"") { model.calls[i].navigatedURL = String(rest[..<end]) }
        }
        if model.calls[i].log.count >= Self.maxLogLines { model.calls[i].log.removeFirst() }
        model.calls[i].log.append(message)
    }

    private mutating func call(_ e: [String: Any]) -> Int? {
        guard let id = e["callId"] as? String, let i = callIndex[id] else {
            model.stats.orphanEvents += 1
            return nil
        }
        return i
    }

    private mutating func anchorIfNeeded(wall: Double?, monotonic: Double) {
        guard model.contexts[context].anchorWallTime == nil, let wall, wall > 0 else { return }
        model.contexts[context].anchorWallTime = wall
        model.contexts[context].anchorMonotonicTime = monotonic
    }

    mutating func consume(networkLine line: Data) {
        guard let e = (try? JSONSerialization.jsonObject(with: line)) as? [String: Any] else {
            model.stats.garbageLines += 1
            return
        }
        guard (e["type"] as? String) == "resource-snapshot", let snapshot = e["snapshot"] as? [String: Any] else { return }
        model.stats.networkRequests += 1
        let status = ((snapshot["response"] as? [String: Any])?["status"] as? NSNumber)?.intValue ?? 0
        if status >= 400 || status <= 0 || snapshot["_failureText"] != nil {
            model.stats.failedRequests += 1
            guard model.failedRequests.count < TraceModel.maxFailedRequests else { return }
            let request = snapshot["request"] as? [String: Any]
            model.failedRequests.append(FailedRequest(
                context: context, method: request?["method"] as? String ?? "GET", url: request?["url"] as? String ?? "",
                status: max(0, status), failure: snapshot["_failureText"] as? String, time: number(snapshot["_monotonicTime"]) ?? 0))
        }
    }

    /// `frame-snapshot` or `resource-snapshot` when the line is one, judged from its first bytes.
    static func snapshotKind(_ line: Data) -> String? {
        let head = line.prefix(64)
        if ByteSearch.contains(head, Self.frameSnapshotTag) { return "frame-snapshot" }
        if ByteSearch.contains(head, Self.resourceSnapshotTag) { return "resource-snapshot" }
        return nil
    }

    static let frameSnapshotTag = Array(#""type":"frame-snapshot""#.utf8)
    static let resourceSnapshotTag = Array(#""type":"resource-snapshot""#.utf8)

    /// Keeps the first frame URL a call's snapshot shows (the `before` snapshot precedes the call's `before` event).
    private mutating func noteFrameURL(callId: String?, url: String?) {
        guard let callId, let url else { return }
        if let i = callIndex[callId] {
            if model.calls[i].frameURL == nil { model.calls[i].frameURL = url }
        } else if pendingFrameURL[callId] == nil {
            pendingFrameURL[callId] = url
        }
    }

    func finish() -> TraceModel {
        var m = model
        if let found = targets?.found, !found.isEmpty {
            for i in m.calls.indices {
                m.calls[i].target = found[SnapshotTargets.CallKey(context: m.calls[i].context, callId: m.calls[i].callId)]?.element
            }
        }
        let origins = m.contexts.indices.compactMap { idx -> Double? in
            let ctx = m.contexts[idx]
            guard let wall = ctx.anchorWallTime, let mono = ctx.anchorMonotonicTime else { return nil }
            let first = m.calls.first(where: { $0.context == idx })?.startTime ?? mono
            return wall + (first - mono)
        }
        m.originWallTime = origins.min()
        for i in m.console.indices { m.console[i].relativeMs = m.relativeMs(context: m.console[i].context, m.console[i].time) }
        for i in m.failedRequests.indices {
            m.failedRequests[i].relativeMs = m.relativeMs(context: m.failedRequests[i].context, m.failedRequests[i].time)
        }
        let timeline = m
        m.calls = m.calls.enumerated().map { (timeline.wallTime(of: $0.element.context, $0.element.startTime), $0.offset, $0.element) }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            .map(\.2)
        return m
    }

    private func number(_ any: Any?) -> Double? { (any as? NSNumber)?.doubleValue }

    private func point(_ any: Any?) -> TraceCall.Point? {
        guard let p = any as? [String: Any], let x = number(p["x"]), let y = number(p["y"]) else { return nil }
        return TraceCall.Point(x: x, y: y)
    }

    private func box(_ any: Any?) -> TraceCall.Box? {
        guard let b = any as? [String: Any], let x = number(b["x"]), let y = number(b["y"]),
              let w = number(b["width"]), let h = number(b["height"]) else { return nil }
        return TraceCall.Box(x: x, y: y, width: w, height: h)
    }

    private func errorMessage(_ any: Any?) -> String? {
        guard let e = any as? [String: Any] else { return any as? String }
        if let inner = e["error"] as? [String: Any] { return inner["message"] as? String }
        return e["message"] as? String
    }
}

extension TraceModel {
    /// A context's monotonic time on the shared timeline (ms since 1970 when the wall clock is known).
    public func wallTime(of context: Int, _ monotonic: Double) -> Double {
        guard contexts.indices.contains(context), let wall = contexts[context].anchorWallTime,
              let mono = contexts[context].anchorMonotonicTime else { return monotonic }
        return wall + (monotonic - mono)
    }

    /// Milliseconds since the trace's first call.
    public func relativeMs(context: Int, _ monotonic: Double) -> Double {
        let t = wallTime(of: context, monotonic)
        guard let origin = originWallTime, contexts[context].anchorWallTime != nil else {
            let first = calls.first(where: { $0.context == context })?.startTime ?? 0
            return monotonic - first
        }
        return t - origin
    }
}
