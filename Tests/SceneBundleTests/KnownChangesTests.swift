import Foundation
import SceneBundle
import Testing

/// `baselines/known-changes.jsonl`: read back as written, a damaged line named by file and line
/// (nothing dropped), appends that never touch earlier lines.
@Suite struct KnownChangesTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scene-known-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let ad = KnownChange(fingerprint: "1111222233334444", reverse: "4444333322221111", kind: .flaky, reason: "rotating ad",
                                by: "qa", at: Date(timeIntervalSince1970: 1_800_000_000), runId: "r1")

    @Test func appendsAndReadsBackMatchingBothDirections() throws {
        let dir = try folder(); defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(KnownChanges.fileName)
        #expect(try KnownChanges.read(file).isEmpty, "no file: nothing known")
        let accepted = KnownChange(fingerprint: "aaaabbbbccccdddd", kind: .accepted, reason: "accepted on the release branch",
                                   by: "lead", at: Date(timeIntervalSince1970: 1_800_000_100), runId: nil)
        try KnownChanges.append([Self.ad], to: file)
        try KnownChanges.append([accepted], to: file)
        let known = try KnownChanges.read(file)
        #expect(known.entries == [Self.ad, accepted])
        #expect(known.match("1111222233334444") == Self.ad && known.match("4444333322221111") == Self.ad)
        #expect(known.match("aaaabbbbccccdddd")?.kind == .accepted && known.match("ffff") == nil && known.match(nil) == nil)
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2 && lines[0].hasPrefix("{\"at\":\"") && lines[0].contains("\"kind\":\"flaky\""))
    }

    @Test func aHandEditedFileKeepsEveryLine() throws {
        let dir = try folder(); defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(KnownChanges.fileName)
        // Written by hand: a blank line, and no newline at the end.
        let hand = #"{"fingerprint":"aaaabbbbccccdddd","kind":"accepted","reason":"by hand","by":"me","at":"2026-12-01T10:00:00Z"}"#
        try Data((hand + "\n\n" + hand.replacingOccurrences(of: "aaaa", with: "eeee")).utf8).write(to: file)
        try KnownChanges.append([Self.ad], to: file)
        let known = try KnownChanges.read(file)
        #expect(known.entries.map(\.fingerprint) == ["aaaabbbbccccdddd", "eeeebbbbccccdddd", "1111222233334444"])
    }

    @Test func aDamagedLineIsAnErrorAtItsLine() throws {
        let dir = try folder(); defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(KnownChanges.fileName)
        try KnownChanges.append([Self.ad], to: file)
        let before = try Data(contentsOf: file)
        for (line, problem) in [("{\"fingerprint\": \"x\"", "not JSON"), (#"{"fingerprint":"x","kind":"sometimes","reason":"r","by":"b","at":"2026-12-01T10:00:00Z"}"#, "kind"),
                                (#"{"fingerprint":"x","kind":"flaky","by":"b","at":"2026-12-01T10:00:00Z"}"#, "reason")] {
            try (before + Data((line + "\n").utf8)).write(to: file)
            do {
                _ = try KnownChanges.read(file)
                Issue.record("read a damaged line: \(line)")
            } catch let error as SceneFailure {
                #expect(error.location == "\(file.path):2", "\(error)")
                #expect(error.message.contains(problem), "\(error.message)")
                #expect(error.hint?.contains("fingerprint") == true)
            }
        }
        // Nothing was dropped: the file still holds both lines.
        #expect(try String(contentsOf: file, encoding: .utf8).split(separator: "\n").count == 2)
    }
}
