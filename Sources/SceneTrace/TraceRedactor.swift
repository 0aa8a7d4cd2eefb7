public import Foundation
import SceneBundle
import ZIPFoundation

/// What a trace must not keep. Playwright records request and response headers in
/// `trace.network`, call parameters (a `fill` value, `addCookies` values) and log lines in
/// `trace.trace`, input values (`__playwright_value_`) and attributes in DOM snapshots, and the
/// page's own HTML and scripts in `resources/`.
public struct TraceRedaction: Sendable, Equatable {
    /// The text every redacted value becomes.
    public static let placeholder = "[redacted]"
    /// Literal values replaced wherever they occur (basic-auth passwords, secret cookie and field
    /// values, the page's password-field values the runner read); their encoded forms too (see `SecretLiterals`). Values shorter than `minimumSecretLength` are ignored:
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
/// (call parameters, log lines, console messages, DOM snapshots, resources): values typed into
/// password fields (Playwright logs `locator resolved to <input … type="password">` for the call),
/// the value of every password input in any DOM snapshot or in HTML the trace keeps, and cookie
/// values that look like tokens (at least `minimumCookieTokenLength` characters; `theme=dark` is left alone).
public enum TraceRedactor {
    /// What a redaction did.
    public struct Report: Sendable, Equatable {
        /// Values replaced (0: the file was left untouched).
        public var replaced: Int
        /// Secrets found in the trace (password-field values, cookie tokens), for cleaning other files.
        /// Held in memory only: never write them anywhere.
        public var discoveredSecrets: [String]
    }

    public static let minimumCookieTokenLength = 12

    /// Call methods whose parameters carry typed text.
    static let textEntryMethods: Set<String> = ["fill", "type", "pressSequentially", "keyboardType", "keyboardInsertText"]

    /// Redacts the archive at `url` in place. Throws `TraceError` for an archive it cannot read
    /// (the caller must not keep it) and `StorageError` when the clean copy cannot be written.
    @discardableResult
    public static func redact(trace url: URL, rules: TraceRedaction, limits: TraceLimits = .default) throws -> Report {
        let archive = try TraceArchive(url: url, limits: limits)
        let discovered = try discoverSecrets(archive, limits: limits, cookies: rules.cookieValues)
        let literals = SecretLiterals(rules.secrets + discovered, withEncodedForms: true)
        // A first pass stops at the first value to replace: a trace that holds none is left as it is,
        // without recompressing a copy. Binary entries (screencast frames) can only hold literals.
        let needsRewrite = try archive.entries.contains { entry in
            guard !entry.path.hasSuffix("/") && (isText(entry.path) || !literals.isEmpty) else { return false }
            do { _ = try redact(entry: entry.path, of: archive, rules: rules, literals: literals, limits: limits); return false }
            catch is FirstReplacement { return true }
        }
        guard needsRewrite else { return Report(replaced: 0, discoveredSecrets: discovered) }
        var replaced = 0
        let work = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).redact-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: work) }
        let outputURL = work.appendingPathComponent("trace.zip")
        let entryFile = work.appendingPathComponent("entry")
        let output: Archive
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            output = try Archive(url: outputURL, accessMode: .create)
        } catch { throw StorageError(path: outputURL.path, error: error) }
        for entry in archive.entries {
            if entry.path.hasSuffix("/") {
                do { try output.addEntry(with: entry.path, type: .directory, uncompressedSize: Int64(0), provider: { _, _ in Data() }) }
                catch { throw StorageError(path: outputURL.path, error: error) }
                continue
            }
            guard FileManager.default.createFile(atPath: entryFile.path, contents: nil),
                  let sink = try? FileHandle(forWritingTo: entryFile) else {
                throw StorageError(path: entryFile.path, reason: "cannot create a temporary file")
            }
            defer { try? sink.close() }
            do {
                replaced += try redact(entry: entry.path, of: archive, rules: rules, literals: literals, limits: limits, sink: sink.write(contentsOf:))
            } catch let error as TraceError { throw error } catch { throw StorageError(path: entryFile.path, error: error) }
            do {
                try output.addEntry(with: entry.path, fileURL: entryFile, compressionMethod: isText(entry.path) ? .deflate : .none)
            } catch { throw StorageError(path: outputURL.path, error: error) }
        }
        guard rename(outputURL.path, url.path) == 0 else { throw StorageError(path: url.path, errno: errno) }
        return Report(replaced: replaced, discoveredSecrets: discovered)
    }

    /// Thrown by the first pass at the first value to replace.
    private struct FirstReplacement: Error {}

    /// Streams one entry through the rules into `sink`; returns how many values it replaced. Without
    /// a sink (the first pass) it throws `FirstReplacement` at the first one instead.
    /// Text entries go line by line; a line too long to parse is left out rather than copied unchecked.
    private static func redact(entry path: String, of archive: TraceArchive, rules: TraceRedaction, literals: SecretLiterals,
                               limits: TraceLimits, sink: ((Data) throws -> Void)? = nil) throws -> Int {
        if isText(path) {
            var redactor = LineRedactor(rules: rules, literals: literals)
            var splitter = LineSplitter(maxLineBytes: limits.maxLineBytes)
            func emit(_ line: Data, newline: Bool) throws {
                let clean = redactor.redact(line: line)
                guard let sink else {
                    if redactor.replaced > 0 { throw FirstReplacement() }
                    return
                }
                try sink(newline ? clean + [0x0A] : clean)
            }
            try archive.stream(path) { chunk in try splitter.feed(chunk) { try emit($0, newline: true) } }
            try splitter.finish { try emit($0, newline: false) }
            if sink == nil && splitter.oversizedLines > 0 { throw FirstReplacement() }
            return redactor.replaced + splitter.oversizedLines
        }
        var bytes = StreamingReplacer(literals: literals)
        try archive.stream(path) { chunk in
            let clean = bytes.feed(chunk)
            guard let sink else {
                if bytes.replaced > 0 { throw FirstReplacement() }
                return
            }
            try sink(clean)
        }
        try sink?(bytes.finish())
        if sink == nil && bytes.replaced > 0 { throw FirstReplacement() }
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

    /// Values of text-entry calls whose log shows a password field as their target, values of
    /// password inputs in DOM snapshots and in HTML resources, and cookie tokens seen in network entries.
    static func discoverSecrets(_ archive: TraceArchive, limits: TraceLimits, cookies: Bool) throws -> [String] {
        var typedByCall: [String: String] = [:]
        var passwordCalls: Set<String> = []
        var found: Set<String> = []
        for file in archive.entries.map(\.path) where file.hasPrefix("resources/") {
            var scanner = HTMLPasswordInputScanner()
            try archive.stream(file) { scanner.feed($0) }
            scanner.finish()
            found.formUnion(scanner.values)
        }
        for file in archive.entries.map(\.path) where file.hasSuffix(".trace") || (cookies && file.hasSuffix(".network")) {
            var splitter = LineSplitter(maxLineBytes: limits.maxLineBytes)
            let scan: (Data) -> Void = { line in
                guard let head = LinePeek.type(line) else { return }
                if head == "frame-snapshot" {
                    guard ByteSearch.containsIgnoringCase(line, Array("password".utf8)),
                          let event = try? JSONSerialization.jsonObject(with: line) else { return }
                    PasswordFields.collect(fromSnapshot: event, into: &found)
                    return
                }
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
    /// `values` as bytes, for searching.
    private var needles: [[UInt8]] = []

    /// `withEncodedForms` adds the forms a value takes in a form post (percent-encoded, `+` for
    /// spaces), in JSON (escaped, also with `\/` and with non-ASCII as `\uXXXX`), in a
    /// single-quoted script string and in HTML (character references), so a post body, an escaped
    /// log line or the page's own source still matches.
    public init(_ secrets: [String], withEncodedForms: Bool = false) {
        values = Array(Set(secrets.filter { $0.utf8.count >= TraceRedaction.minimumSecretLength })).sorted { $0.utf8.count > $1.utf8.count }
        if withEncodedForms { addEncodedForms() }
        needles = values.map { Array($0.utf8) }
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
                let escaped = String(decoding: json.dropFirst(2).dropLast(2), as: UTF8.self)
                let slashed = escaped.replacingOccurrences(of: "/", with: "\\/")
                more += [escaped, slashed, Self.asciiEscaped(escaped), Self.asciiEscaped(slashed)]
            }
            more.append(value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'"))
            more += HTMLEntities.encodedForms(value)
        }
        values = SecretLiterals(values + more).values
    }

    /// A JSON string body with every non-ASCII character as `\uXXXX` (Python's `json.dumps` default).
    static func asciiEscaped(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { !$0.isASCII }) else { return json }
        return json.utf16.map { unit in unit < 0x80 ? String(UnicodeScalar(UInt8(unit))) : String(format: "\\u%04x", unit) }.joined()
    }

    public var isEmpty: Bool { values.isEmpty }

    public func occurs(in data: Data) -> Bool { needles.contains { ByteSearch.offset(of: $0, in: data) != nil } }

    /// The text with every secret replaced by the placeholder, and how many were replaced.
    public func replace(in string: String) -> (String, Int) {
        guard !isEmpty, occurs(in: Data(string.utf8)) else { return (string, 0) }
        var out = string
        var count = 0
        for value in values where out.contains(value) {
            let parts = out.components(separatedBy: value)
            count += parts.count - 1
            out = parts.joined(separator: TraceRedaction.placeholder)
        }
        return (out, count)
    }

    /// `value` with every secret replaced in its strings (a record or an elements file built from
    /// what the page showed: a title, an error message, an element's text). A string whose
    /// replacement would no longer decode (a secret "000" inside a date, "pass" inside a status)
    /// is structure, not page text, and is left as it is.
    public func redacting<T: Codable>(_ value: T) -> T {
        guard !isEmpty, let data = try? BundleIO.encoder.encode(value), occurs(in: data),
              let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return value }
        var leaves: [[JSONPathStep]] = []
        func find(_ item: Any, at path: [JSONPathStep]) {
            switch item {
            case let string as String where replace(in: string).1 > 0: leaves.append(path)
            case let list as [Any]: for (index, element) in list.enumerated() { find(element, at: path + [.index(index)]) }
            case let map as [String: Any]: for (key, element) in map { find(element, at: path + [.key(key)]) }
            default: break
            }
        }
        find(object, at: [])
        func decoded(replacing chosen: [[JSONPathStep]]) -> T? {
            var cleaned = object
            for path in chosen { cleaned = JSONPathStep.update(cleaned, at: path[...]) { replace(in: ($0 as? String) ?? "").0 } }
            guard let bytes = try? JSONSerialization.data(withJSONObject: cleaned, options: [.fragmentsAllowed]) else { return nil }
            return try? BundleIO.decoder.decode(T.self, from: bytes)
        }
        if let all = decoded(replacing: leaves) { return all }
        var kept: [[JSONPathStep]] = []
        for leaf in leaves where decoded(replacing: kept + [leaf]) != nil { kept.append(leaf) }
        return decoded(replacing: kept) ?? value
    }

    /// The bytes with every secret replaced by the placeholder, and how many were replaced.
    public func replace(in data: Data) -> (Data, Int) {
        var out = data
        var count = 0
        let placeholder = Data(TraceRedaction.placeholder.utf8)
        for needle in needles {
            guard var hit = ByteSearch.offset(of: needle, in: out) else { continue }
            var rebuilt = Data(capacity: out.count)
            var copied = 0
            repeat {
                rebuilt.append(out[(out.startIndex + copied) ..< (out.startIndex + hit)])
                rebuilt.append(placeholder)
                count += 1
                copied = hit + needle.count
                guard let next = ByteSearch.offset(of: needle, in: out, from: copied) else { break }
                hit = next
            } while true
            rebuilt.append(out[(out.startIndex + copied)...])
            out = rebuilt
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

/// Redacts one NDJSON line: header and cookie values, the values of password inputs in DOM
/// snapshots, and every secret literal inside strings and keys. Lines that need nothing are
/// returned byte for byte; a line that is not JSON (HTML, scripts) is cleaned byte-wise.
struct LineRedactor {
    let rules: TraceRedaction
    let literals: SecretLiterals
    private(set) var replaced = 0
    /// Whether the line being walked holds a literal: strings are searched only then.
    private var lineHasLiteral = false
    private static let triggers = [#""headers""#, #""cookies""#, "__playwright_value_"].map { Array($0.utf8) }
    private static let password = Array("password".utf8)

    init(rules: TraceRedaction, literals: SecretLiterals) { self.rules = rules; self.literals = literals }

    mutating func redact(line: Data) -> Data {
        let structural = Self.triggers.contains { ByteSearch.offset(of: $0, in: line) != nil } || ByteSearch.containsIgnoringCase(line, Self.password)
        let literal = literals.occurs(in: line)
        guard structural || literal else { return line }
        lineHasLiteral = literal
        guard let object = try? JSONSerialization.jsonObject(with: line, options: [.fragmentsAllowed]) else { return bytewise(line) }
        let before = replaced
        let cleaned = walk(object, key: nil)
        // The walk saw every string and key, decoded: what it writes back holds no literal, and JSON
        // stays JSON (a byte-wise pass could hit a number: a password "123456" in a timestamp). A line
        // it left alone is kept as it is, unless a literal occurs there all the same (in a duplicate
        // key the parser dropped): then the parsed form is written.
        guard replaced > before || literal else { return line }
        if replaced == before { replaced += 1 }
        guard let data = try? JSONSerialization.data(withJSONObject: cleaned, options: [.fragmentsAllowed, .withoutEscapingSlashes]) else {
            return bytewise(line)
        }
        return data
    }

    private mutating func bytewise(_ line: Data) -> Data {
        let (data, count) = literals.replace(in: line)
        replaced += count
        return data
    }

    private mutating func walk(_ value: Any, key: String?) -> Any {
        switch value {
        case let string as String:
            guard lineHasLiteral else { return string }
            let (out, count) = literals.replace(in: string)
            replaced += count
            return out
        case let array as [Any]:
            if key == "headers" { return array.map { header(redacting: $0) } }
            if key == "cookies" && rules.cookieValues { return array.map { cookie(redacting: $0) } }
            return array.map { walk($0, key: nil) }
        case let object as [String: Any]:
            var out: [String: Any] = [:]
            let isPassword = PasswordFields.isPasswordInput(object)
            for (k, v) in object {
                if isPassword && PasswordFields.isValueAttribute(k) && (v as? String).map({ !$0.isEmpty && $0 != TraceRedaction.placeholder }) == true {
                    out[k] = TraceRedaction.placeholder
                    replaced += 1
                } else if k == "headers", let map = v as? [String: Any] {
                    out[k] = Dictionary(uniqueKeysWithValues: map.map { name, value in
                        (name, rules.headerNames.contains(name.lowercased()) ? redacted(value) : walk(value, key: nil))
                    })
                } else {
                    let (name, count) = lineHasLiteral ? literals.replace(in: k) : (k, 0)
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

/// One step into a parsed JSON value.
enum JSONPathStep {
    case key(String)
    case index(Int)

    /// `value` with the element at `path` transformed.
    static func update(_ value: Any, at path: ArraySlice<JSONPathStep>, _ transform: (Any) -> Any) -> Any {
        guard let step = path.first else { return transform(value) }
        switch (step, value) {
        case let (.key(key), map as [String: Any]):
            var map = map
            if let item = map[key] { map[key] = update(item, at: path.dropFirst(), transform) }
            return map
        case let (.index(index), list as [Any]) where list.indices.contains(index):
            var list = list
            list[index] = update(list[index], at: path.dropFirst(), transform)
            return list
        default:
            return value
        }
    }
}
