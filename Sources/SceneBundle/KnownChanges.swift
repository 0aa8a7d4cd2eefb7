public import Foundation

/// One line of `baselines/known-changes.jsonl`: a change (by fingerprint) a reviewer decided not to
/// fail on again — flaky (an ad slot, a carousel) or accepted elsewhere (docs/REVIEW.md).
public struct KnownChange: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// The area changes from run to run; the change is not a regression.
        case flaky
        /// The change was accepted elsewhere (another branch, another environment), without a new baseline here.
        case accepted
    }
    public var fingerprint: String
    /// The fingerprint of the same change the other way round (observed back to expected): a
    /// flaky area flips back once a baseline holding its other state is approved.
    public var reverse: String?
    public var kind: Kind
    public var reason: String
    /// Who decided, and when.
    public var by: String
    public var at: Date
    /// The run the change was seen in.
    public var runId: String?

    public init(fingerprint: String, reverse: String? = nil, kind: Kind, reason: String, by: String, at: Date, runId: String?) {
        self.fingerprint = fingerprint; self.reverse = reverse; self.kind = kind; self.reason = reason
        self.by = by; self.at = at; self.runId = runId
    }

    /// "flaky: the ad slot rotates".
    public var summary: String { "\(kind.rawValue): \(reason)" }
}

/// How a comparison's change matched `known-changes.jsonl` (on `Region.known` / `Band.known`).
public struct KnownMark: Codable, Sendable, Hashable {
    public var kind: KnownChange.Kind
    public var reason: String
    public init(kind: KnownChange.Kind, reason: String) { self.kind = kind; self.reason = reason }
    public init(_ change: KnownChange) { self.init(kind: change.kind, reason: change.reason) }
    /// "flaky: the ad slot rotates".
    public var summary: String { "\(kind.rawValue): \(reason)" }
}

/// The project's known changes: `known-changes.jsonl` in the baselines folder, one JSON object a
/// line, appended to by `scene approve --flaky` and readable (and editable) by a reviewer.
public struct KnownChanges: Sendable {
    public static let fileName = "known-changes.jsonl"
    public private(set) var entries: [KnownChange]
    private var byFingerprint: [String: KnownChange] = [:]

    public init(_ entries: [KnownChange] = []) {
        self.entries = entries
        // The first decision on a fingerprint wins; a reverse never shadows a change's own entry.
        for entry in entries { if let reverse = entry.reverse, byFingerprint[reverse] == nil { byFingerprint[reverse] = entry } }
        for entry in entries.reversed() { byFingerprint[entry.fingerprint] = entry }
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// The decision on a change with this fingerprint (its own, or the reverse of a known one).
    public func match(_ fingerprint: String?) -> KnownChange? { fingerprint.flatMap { byFingerprint[$0] } }

    /// Reads the file; a missing file is no known change. A line that is not a known change is an
    /// error at `path:line` (nothing is dropped silently: the file is the reviewers' record).
    public static func read(_ url: URL) throws -> KnownChanges {
        guard FileManager.default.fileExists(atPath: url.path) else { return KnownChanges() }
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw LocatedError(error, at: url.path) }
        var entries: [KnownChange] = []
        for (index, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) else { continue }
            do { entries.append(try BundleIO.decoder.decode(KnownChange.self, from: Data(line))) } catch {
                throw SceneFailure("not a known change: \(Self.problem(error))", at: "\(url.path):\(index + 1)",
                                   hint: "each line is one JSON object: {\"fingerprint\": \"…\", \"kind\": \"flaky\"|\"accepted\", "
                                       + "\"reason\": \"…\", \"by\": \"…\", \"at\": \"2026-12-05T03:00:00Z\", \"runId\": \"…\"}; fix or remove the line")
            }
        }
        return KnownChanges(entries)
    }

    /// Appends `entries` in one write (a line each), after a newline when the file (edited by hand)
    /// does not end with one, so no earlier line is touched.
    public static func append(_ entries: [KnownChange], to url: URL) throws {
        guard !entries.isEmpty else { return }
        var text = Data()
        if let handle = try? FileHandle(forReadingFrom: url) {
            defer { try? handle.close() }
            if let end = try? handle.seekToEnd(), end > 0 {
                try? handle.seek(toOffset: end - 1)
                if handle.readData(ofLength: 1) != Data([0x0A]) { text.append(0x0A) }
            }
        }
        for entry in entries {
            text.append(try BundleIO.lineEncoder.encode(entry))
            text.append(0x0A)
        }
        try BundleIO.append(text, to: url)
    }

    private static func problem(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "it has no \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" has the wrong type"
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty ? "it is not JSON" : "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\": \(context.debugDescription)"
        default: return ErrorText.message(error)
        }
    }
}

extension DiffRecord {
    /// The comparison's changes that matched a known change, by fingerprint, each once:
    /// "9c01d2e3f4a5b6c7 (flaky: rotating ad slot)".
    public var knownChanges: [String] {
        let marked = regions.compactMap { r in r.known.map { (r.fingerprint, $0) } } + bands.compactMap { b in b.known.map { (b.fingerprint, $0) } }
        var seen = Set<String>()
        return marked.map { "\($0.0 ?? "?") (\($0.1.summary))" }.filter { seen.insert($0).inserted }
    }
}
