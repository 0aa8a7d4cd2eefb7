public import Foundation
import ZIPFoundation

/// What a trace must not keep. Playwright records request and response headers in
/// `trace.network`, call parameters (a `fill` value, `addCookies` values) and log lines in
/// `trace.trace`, and input values (`__playwright_value_`) in DOM snapshots.
public struct TraceRedaction: Sendable, Equatable {
    /// The text every redacted value becomes.
    public static let placeholder = "[redacted]"
    /// Literal values replaced wherever they occur (basic-auth passwords, secret cookie and field
    /// values); their URL-encoded forms too. Values shorter than `minimumSecretLength` are ignored:
    /// replacing "1" everywhere would destroy the trace and hide nothing.
    public var secrets: [String]
    /// Header names (case-insensitive) whose values are always replaced.
    public var headerNames: Set<String>
    /// Replace every cookie value listed in network entries and `addCookies` calls.
    public var cookieValues: Bool
    public static let minimumSecretLength = 3

    public init(secrets: [String] = [], headerNames: Set<String> = TraceRedaction.sensitiveHeaders, cookieValues: Bool = true) {
        self.secrets = secrets; self.headerNames = Set(headerNames.map { $0.lowercased() }); self.cookieValues = cookieValues
    }

    public static let sensitiveHeaders: Set<String> = ["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"]
}

/// Rewrites a Playwright `trace.zip` without its secrets (see `TraceRedaction`), in place and
/// atomically. Some secrets are found in the trace itself and then removed from the whole archive
/// (call parameters, log lines, console messages, DOM snapshots): values typed into password fields
/// (Playwright logs `locator resolved to <input … type="password">` for the call) and cookie values
/// that look like tokens (at least `minimumCookieTokenLength` characters; `theme=dark` is left alone).
public enum TraceRedactor {
    /// What a redaction did.
    public struct Report: Sendable, Equatable {
        /// Values replaced (0: the file was left untouched).
        public var replaced: Int
        /// Secrets found in the trace (password-field values, cookie tokens), for cleaning other files.
        public var discoveredSecrets: [String]
    }

    public static let minimumCookieTokenLength = 12

    /// Call methods whose parameters carry typed text.
    static let textEntryMethods: Set<String> = ["fill", "type", "pressSequentially", "keyboardType", "keyboardInsertText"]

    /// Redacts the archive at `url` in place.
    @discardableResult
    public static func redact(trace url: URL, rules: TraceRedaction, limits: TraceLimits = .default) throws -> Report {
        let archive = try TraceArchive(url: url, limits: limits)
        let discovered = try discoverSecrets(archive, limits: limits, cookies: rules.cookieValues)
        let literals = SecretLiterals(rules.secrets + discovered, withEncodedForms: true)
        // A first pass only counts: most traces hold nothing to redact and are then left as they are,
        // without recompressing a copy. Binary entries (screencast frames) can only hold literals.
        var replaced = 0
        for entry in archive.entries where !entry.path.hasSuffix("/") && (isText(entry.path) || !literals.isEmpty) {
            replaced += try redact(entry: entry.path, of: archive, rules: rules, literals: literals, limits: limits) { _ in }
        }
        let report = Report(replaced: replaced, discoveredSecrets: discovered)
        guard replaced > 0 else { return report }
        let work = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).redact-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let outputURL = work.appendingPathComponent("trace.zip")
        let output: Archive
        do { output = try Archive(url: outputURL, accessMode: .create) } catch {
            throw TraceError.corrupt("cannot create a redacted copy next to \(url.path): \(error)")
        }
        let entryFile = work.appendingPathComponent("entry")
        for (index, entry) in archive.entries.enumerated() {
            if entry.path.hasSuffix("/") {
                try output.addEntry(with: entry.path, type: .directory, uncompressedSize: Int64(0), provider: { _, _ in Data() })
                continue
            }
            guard FileManager.default.createFile(atPath: entryFile.path, contents: nil),
                  let sink = try? FileHandle(forWritingTo: entryFile) else {
                throw TraceError.corrupt("cannot write a temporary file in \(work.path)")
            }
            _ = try redact(entry: entry.path, of: archive, rules: rules, literals: literals, limits: limits) { try sink.write(contentsOf: $0) }
            try sink.close()
            do {
                try output.addEntry(with: entry.path, fileURL: entryFile, compressionMethod: isText(entry.path) ? .deflate : .none)
            } catch {
                throw TraceError.corrupt("cannot write entry \(index) of the redacted copy: \(error)")
            }
        }
        guard rename(outputURL.path, url.path) == 0 else {
            throw TraceError.corrupt("cannot replace \(url.path) with its redacted copy (errno \(errno))")
        }
        return report
    }

    /// Streams one entry through the rules into `sink`; returns how many values it replaced.
    /// Text entries go line by line; a line too long to parse is left out rather than copied unchecked.
    private static func redact(entry path: String, of archive: TraceArchive, rules: TraceRedaction, literals: SecretLiterals,
                               limits: TraceLimits, into sink: (Data) throws -> Void) throws -> Int {
        if isText(path) {
            var redactor = LineRedactor(rules: rules, literals: literals)
            var splitter = LineSplitter(maxLineBytes: limits.maxLineBytes)
            try archive.stream(path) { chunk in
                try splitter.feed(chunk) { line in try sink(redactor.redact(line: line) + [0x0A]) }
            }
            try splitter.finish { line in try sink(redactor.redact(line: line)) }
            return redactor.replaced + splitter.oversizedLines
        }
        var bytes = StreamingReplacer(literals: literals)
        try archive.stream(path) { chunk in try sink(bytes.feed(chunk)) }
        try sink(bytes.finish())
        return bytes.replaced
    }

    /// Redacts one NDJSON stream held in memory (structural rules and `rules.secrets`); returns
    /// the clean bytes and how many values were replaced.
    public static func redact(events data: Data, rules: TraceRedaction, maxLineBytes: Int = TraceLimits.default.maxLineBytes) -> (Data, Int) {
        var redactor = LineRedactor(rules: rules, literals: SecretLiterals(rules.secrets, withEncodedForms: true))
        var splitter = LineSplitter(maxLineBytes: maxLineBytes)
        var out = Data()
        splitter.feed(data) { out.append(redactor.redact(line: $0)); out.append(0x0A) }
        splitter.finish { out.append(redactor.redact(line: $0)) }
        return (out, redactor.replaced + splitter.oversizedLines)
    }

    /// Entries rewritten line by line (JSON events and text); the rest is scanned as bytes.
    static func isText(_ path: String) -> Bool {
        [".trace", ".network", ".stacks", ".json", ".jsonl", ".txt", ".html", ".css", ".js"].contains { path.hasSuffix($0) }
    }

    /// Values of text-entry calls whose log shows a password field as their target, and cookie
    /// tokens seen in network entries.
    static func discoverSecrets(_ archive: TraceArchive, limits: TraceLimits, cookies: Bool) throws -> [String] {
        var typedByCall: [String: String] = [:]
        var passwordCalls: Set<String> = []
        var found: Set<String> = []
        for file in archive.entries.map(\.path) where file.hasSuffix(".trace") || (cookies && file.hasSuffix(".network")) {
            var splitter = LineSplitter(maxLineBytes: limits.maxLineBytes)
            let scan: (Data) -> Void = { line in
                guard let head = LinePeek.type(line) else { return }
                if head == "resource-snapshot" {
                    guard line.range(of: Data(#""cookies""#.utf8)) != nil, let event = try? JSONSerialization.jsonObject(with: line) else { return }
                    collectCookieTokens(event, into: &found)
                    return
                }
                guard head == "before" || head == "log",
                      let event = (try? JSONSerialization.jsonObject(with: line)) as? [String: Any],
                      let callId = event["callId"] as? String else { return }
                if head == "before", let method = event["method"] as? String, textEntryMethods.contains(method),
                   let params = event["params"] as? [String: Any], let value = (params["value"] ?? params["text"]) as? String {
                    typedByCall[callId] = value
                } else if head == "log", let message = event["message"] as? String,
                          message.contains("resolved to <input"), message.contains("type=\"password\"") {
                    passwordCalls.insert(callId)
                }
            }
            try archive.stream(file) { chunk in splitter.feed(chunk, line: scan) }
            splitter.finish(line: scan)
        }
        found.formUnion(passwordCalls.compactMap { typedByCall[$0] })
        return found.sorted()
    }

    /// Cookie values in HAR `cookies` arrays that are long enough to be tokens.
    static func collectCookieTokens(_ value: Any, into found: inout Set<String>) {
        if let object = value as? [String: Any] {
            for (key, item) in object {
                if key == "cookies", let list = item as? [[String: Any]] {
                    for cookie in list {
                        if let v = cookie["value"] as? String, v.count >= minimumCookieTokenLength, v != TraceRedaction.placeholder { found.insert(v) }
                    }
                } else {
                    collectCookieTokens(item, into: &found)
                }
            }
        } else if let list = value as? [Any] {
            for item in list { collectCookieTokens(item, into: &found) }
        }
    }
}

/// Reads an event's `"type"` without parsing the whole line (snapshot lines are megabytes).
enum LinePeek {
    static func type(_ line: Data) -> String? {
        let prefix = line.prefix(64)
        guard let range = prefix.range(of: Data(#""type":""#.utf8)) else { return nil }
        let rest = prefix[range.upperBound...]
        guard let end = rest.firstIndex(of: 0x22) else { return nil }
        return String(decoding: rest[rest.startIndex..<end], as: UTF8.self)
    }
}

/// Secret literals (longest first) and their replacement in text and bytes.
public struct SecretLiterals: Sendable {
    public private(set) var values: [String]

    /// `withEncodedForms` adds each value's percent-encoded (URL and form) and JSON-escaped
    /// forms, so a form post or an escaped log line still matches.
    public init(_ secrets: [String], withEncodedForms: Bool = false) {
        values = Array(Set(secrets.filter { $0.utf8.count >= TraceRedaction.minimumSecretLength })).sorted { $0.utf8.count > $1.utf8.count }
        if withEncodedForms { addEncodedForms() }
    }

    private mutating func addEncodedForms() {
        var more: [String] = []
        for value in values {
            var allowed = CharacterSet.alphanumerics
            allowed.insert(charactersIn: "-._~")
            if let encoded = value.addingPercentEncoding(withAllowedCharacters: allowed) {
                more.append(encoded)
                more.append(encoded.replacingOccurrences(of: "%20", with: "+"))
            }
            if let json = try? JSONSerialization.data(withJSONObject: [value], options: [.withoutEscapingSlashes]) {
                more.append(String(decoding: json.dropFirst(2).dropLast(2), as: UTF8.self))
            }
        }
        values = SecretLiterals(values + more).values
    }

    public var isEmpty: Bool { values.isEmpty }

    public func occurs(in data: Data) -> Bool { values.contains { data.range(of: Data($0.utf8)) != nil } }

    /// The text with every secret replaced by the placeholder, and how many were replaced.
    public func replace(in string: String) -> (String, Int) {
        var out = string
        var count = 0
        for value in values where out.contains(value) {
            let parts = out.components(separatedBy: value)
            count += parts.count - 1
            out = parts.joined(separator: TraceRedaction.placeholder)
        }
        return (out, count)
    }

    /// The bytes with every secret replaced by the placeholder, and how many were replaced.
    public func replace(in data: Data) -> (Data, Int) {
        guard occurs(in: data) else { return (data, 0) }
        var out = data
        var count = 0
        let placeholder = Data(TraceRedaction.placeholder.utf8)
        for value in values {
            let needle = Data(value.utf8)
            var searchFrom = out.startIndex
            while let range = out.range(of: needle, in: searchFrom..<out.endIndex) {
                out.replaceSubrange(range, with: placeholder)
                count += 1
                searchFrom = range.lowerBound + placeholder.count
            }
        }
        return (out, count)
    }
}

/// Replaces secret literals in a byte stream fed in chunks, holding back the last
/// (longest secret − 1) bytes so a secret split across two chunks is still found.
struct StreamingReplacer {
    let literals: SecretLiterals
    private(set) var replaced = 0
    private var carry = Data()
    private let overlap: Int

    init(literals: SecretLiterals) {
        self.literals = literals
        overlap = max(0, (literals.values.map(\.utf8.count).max() ?? 0) - 1)
    }

    mutating func feed(_ chunk: Data) -> Data {
        guard !literals.isEmpty else { return chunk }
        let (data, count) = literals.replace(in: carry + chunk)
        replaced += count
        let keep = min(overlap, data.count)
        carry = Data(data.suffix(keep))
        return Data(data.dropLast(keep))
    }

    mutating func finish() -> Data {
        defer { carry = Data() }
        return carry
    }
}

/// Redacts one NDJSON line: header and cookie values, password-field snapshot values, and every
/// secret literal inside string values. Lines that need nothing are returned byte for byte.
struct LineRedactor {
    let rules: TraceRedaction
    let literals: SecretLiterals
    private(set) var replaced = 0
    private static let triggers = [#""headers""#, #""cookies""#, "__playwright_value_"].map { Data($0.utf8) }

    init(rules: TraceRedaction, literals: SecretLiterals) { self.rules = rules; self.literals = literals }

    mutating func redact(line: Data) -> Data {
        let out = redactJSON(line: line)
        // Whatever the JSON walk could not reach (odd escapes, a key it kept) goes byte-wise.
        let (bytes, count) = literals.replace(in: out)
        replaced += count
        return bytes
    }

    private mutating func redactJSON(line: Data) -> Data {
        let structural = Self.triggers.contains { line.range(of: $0) != nil }
        guard structural || literals.occurs(in: line) else { return line }
        guard let object = try? JSONSerialization.jsonObject(with: line, options: [.fragmentsAllowed]) else {
            let (data, count) = literals.replace(in: line)
            replaced += count
            return data
        }
        let before = replaced
        let cleaned = walk(object, key: nil)
        guard replaced > before else { return line }
        guard let data = try? JSONSerialization.data(withJSONObject: cleaned, options: [.fragmentsAllowed, .withoutEscapingSlashes]) else {
            let (data, count) = literals.replace(in: line)
            replaced += count
            return data
        }
        return data
    }

    private mutating func walk(_ value: Any, key: String?) -> Any {
        switch value {
        case let string as String:
            let (out, count) = literals.replace(in: string)
            replaced += count
            return out
        case let array as [Any]:
            if key == "headers" { return array.map { header(redacting: $0) } }
            if key == "cookies" && rules.cookieValues { return array.map { cookie(redacting: $0) } }
            return array.map { walk($0, key: nil) }
        case let object as [String: Any]:
            var out: [String: Any] = [:]
            let isPassword = (object["type"] as? String)?.lowercased() == "password"
            for (k, v) in object {
                if k == "__playwright_value_" && isPassword && (v as? String).map({ !$0.isEmpty }) == true {
                    out[k] = TraceRedaction.placeholder
                    replaced += 1
                } else if k == "headers", let map = v as? [String: Any] {
                    out[k] = Dictionary(uniqueKeysWithValues: map.map { name, value in
                        (name, rules.headerNames.contains(name.lowercased()) ? redacted(value) : walk(value, key: nil))
                    })
                } else {
                    let (name, count) = literals.replace(in: k)
                    replaced += count
                    out[name] = walk(v, key: k)
                }
            }
            return out
        default:
            return value
        }
    }

    private mutating func redacted(_ value: Any) -> Any {
        guard let string = value as? String, !string.isEmpty, string != TraceRedaction.placeholder else { return value }
        replaced += 1
        return TraceRedaction.placeholder
    }

    private mutating func header(redacting item: Any) -> Any {
        guard var pair = item as? [String: Any], let name = pair["name"] as? String else { return walk(item, key: nil) }
        if rules.headerNames.contains(name.lowercased()), let value = pair["value"] { pair["value"] = redacted(value) }
        else { pair = (walk(pair, key: nil) as? [String: Any]) ?? pair }
        return pair
    }

    private mutating func cookie(redacting item: Any) -> Any {
        guard var cookie = item as? [String: Any], let value = cookie["value"] else { return walk(item, key: nil) }
        cookie["value"] = redacted(value)
        return cookie
    }
}
