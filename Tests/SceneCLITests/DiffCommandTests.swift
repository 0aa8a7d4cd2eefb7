import ArgumentParser
import Foundation
import SceneBundle
import SceneTestSupport
import Testing
@testable import scene

/// `scene diff` end to end (parsing, comparison, exit codes) on the diff fixtures.
@Suite struct DiffCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../SceneDiffTests/Fixtures").standardizedFileURL
    static func path(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// Runs the command and returns its exit code (0 when `run()` returns normally).
    func exitCode(_ arguments: [String]) throws -> Int32 {
        let command = try DiffCommand.parse(arguments)
        do {
            try command.run()
            return 0
        } catch let code as ExitCode {
            return code.rawValue
        } catch let error as any SceneError {
            return error.exitStatus.rawValue
        }
    }

    @Test func exitCodes() throws {
        #expect(try exitCode([Self.path("text-a.png"), Self.path("text-a.png")]) == 0)
        #expect(try exitCode([Self.path("button-subtle-a.png"), Self.path("button-subtle-b.png")]) == 0)
        #expect(try exitCode([Self.path("text-a.png"), Self.path("text-b.png")]) == 1)
        #expect(try exitCode([Self.path("banner-a.png"), Self.path("banner-b.png")]) == 3)
        #expect(try exitCode([Self.path("text-a.png"), Self.path("missing.png")]) == 65)
        #expect(try exitCode([Self.path("text-a.png"), Self.path("make_pairs.py")]) == 65)
        #expect(try exitCode([Self.path("text-a.png"), Self.path("text-b.png"), "--pixel-limit", "1000"]) == 65)
    }

    @Test func ignoreAndThresholdOptions() throws {
        // The heading change lies in x 232...239, y 16...39 (see ImageComparisonTests).
        #expect(try exitCode([Self.path("text-a.png"), Self.path("text-b.png"), "--ignore", "230:10-245:45"]) == 0)
        #expect(try exitCode([Self.path("circle-a.png"), Self.path("circle-b.png")]) == 0)
        #expect(try exitCode([Self.path("circle-a.png"), Self.path("circle-b.png"), "--include-aa"]) == 1)
    }

    @Test func badUsageIsRejected() {
        #expect(throws: (any Error).self) { try DiffCommand.parse(["a.png", "b.png", "--ignore", "1:2-3"]) }
        #expect(throws: (any Error).self) { try DiffCommand.parse(["a.png", "b.png", "--threshold", "2"]) }
    }

    @Test func writesDiffAndHeatmap() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scene-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let diff = dir.appendingPathComponent("diff.png"), heat = dir.appendingPathComponent("heat.png")
        #expect(try exitCode([Self.path("note-a.png"), Self.path("note-b.png"), diff.path, "--heatmap", heat.path]) == 1)
        #expect(FileManager.default.fileExists(atPath: diff.path) && FileManager.default.fileExists(atPath: heat.path))
    }

    /// `scene diff a b` on byte-identical files answers before ArgumentParser; the real binary must
    /// print what the normal path prints, and every other case must fall through to it.
    @Test func byteIdenticalShortcutMatchesTheNormalPath() throws {
        let a = Self.path("text-a.png")
        #expect(DiffCommand.identicalShortcut(["diff", a, a]) != nil)
        #expect(DiffCommand.identicalShortcut(["diff", a, Self.path("text-b.png")]) == nil, "differing files")
        #expect(DiffCommand.identicalShortcut(["diff", a, a, "--json"]) == nil, "an option")
        #expect(DiffCommand.identicalShortcut(["diff", a, a, "out.png"]) == nil, "a diff image to write")
        #expect(DiffCommand.identicalShortcut(["diff", Self.path("make_pairs.py"), Self.path("make_pairs.py")]) == nil, "not an image")

        let shortcut = try SceneExecutable.run(["diff", a, a])
        let normal = try SceneExecutable.run(["diff", a, a, "--no-shift"])
        #expect(shortcut.status == 0 && normal.status == 0)
        #expect(shortcut.stdout == normal.stdout && shortcut.stdout.hasPrefix("identical ("), "\(shortcut.stdout) vs \(normal.stdout)")
        // With options and output paths too: answered from the bytes, nothing written, and said so.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scene-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let diff = dir.appendingPathComponent("diff.png"), heat = dir.appendingPathComponent("heat.png")
        try Data("a diff image of another comparison".utf8).write(to: diff)
        let withOutputs = try SceneExecutable.run(["diff", a, a, diff.path, "--heatmap", heat.path, "-t", "0.05"])
        #expect(withOutputs.status == 0 && withOutputs.stdout.contains("no diff image or heatmap written"), "\(withOutputs.stdout)")
        #expect(!FileManager.default.fileExists(atPath: diff.path) && !FileManager.default.fileExists(atPath: heat.path),
                "no stale image is left at the output paths")
        let json = try SceneExecutable.run(["diff", a, a, diff.path, "--json"])
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(json.status == 0 && document?["identical"] as? Bool == true && document?["diffImage"] == nil
                && document?["schemaVersion"] as? Int == 1, "\(json.stdout)")
        let text = Self.path("make_pairs.py")
        let notImage = try SceneExecutable.run(["diff", text, text])
        #expect(notImage.status == 65 && notImage.stderr.contains("make_pairs.py"), "\(notImage.status) \(notImage.stderr)")
    }

    /// The layout of the recorded contact page (Tests/SceneAnalyzeTests/Fixtures/contact-send): a body
    /// and its heading, whose box covers the changed regions of the two screenshots.
    static func contactLayout(_ heading: String) -> String {
        """
        {"schemaVersion": 1, "scale": 1, "width": 390, "height": 900, "styleNames": ["color"],
         "strings": ["", "body", "h1", "#111111", "\(heading)"], "styles": [[3]],
         "elements": {"parent": [-1, 0], "path": [1, 2], "tag": [1, 2], "id": [0, 0], "classes": [0, 0], "testId": [0, 0],
                      "role": [0, 0], "name": [0, 0], "text": [0, 4], "src": [0, 0], "box": [0, 0, 390, 900, 0, 40, 390, 260],
                      "style": [0, 0]}}
        """
    }

    @Test func layoutSnapshotsExplainAPairByHand() throws {
        let recorded = repositoryRoot.appendingPathComponent("Tests/SceneAnalyzeTests/Fixtures/contact-send")
        let baseline = recorded.appendingPathComponent("baseline.png").path, observed = recorded.appendingPathComponent("observed.png").path
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scene-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = dir.appendingPathComponent("baseline-layout.json"), after = dir.appendingPathComponent("layout.json")
        try Self.contactLayout("Contact us").write(to: before, atomically: true, encoding: .utf8)
        try Self.contactLayout("Contact our team").write(to: after, atomically: true, encoding: .utf8)
        let finding = "`h1`: text “Contact us” → “Contact our team”"

        let text = try SceneExecutable.run(["diff", baseline, observed, "--layout", before.path, after.path])
        #expect(text.status == 1 && text.stdout.contains("what changed (1 finding") && text.stdout.contains("text: " + finding),
                "\(text.status) \(text.stdout) \(text.stderr)")
        let json = try SceneExecutable.run(["diff", baseline, observed, "--layout", before.path, after.path, "--json"])
        struct Document: Decodable { var explanation: LayoutExplanation? }
        let document = try JSONDecoder().decode(Document.self, from: Data(json.stdout.utf8))
        #expect(json.status == 1 && document.explanation?.top?.summary == finding && document.explanation?.unexplained.isEmpty == true,
                "\(json.stdout)")
        // Without --layout nothing is explained; one file is a usage error; a damaged one is refused with its path.
        let plain = try SceneExecutable.run(["diff", baseline, observed, "--json"])
        let plainDocument = try JSONDecoder().decode(Document.self, from: Data(plain.stdout.utf8))
        #expect(plain.status == 1 && plainDocument.explanation == nil)
        #expect(try SceneExecutable.run(["diff", baseline, observed, "--layout", before.path]).status == 64)
        try Data("{\"schemaVersion\": 1, \"elements\": 3}".utf8).write(to: after)
        let damaged = try SceneExecutable.run(["diff", baseline, observed, "--layout", before.path, after.path])
        #expect(damaged.status == 65 && damaged.stderr.contains(after.path) && damaged.stderr.contains("layout snapshot unusable"),
                "\(damaged.status) \(damaged.stderr)")
    }
}
