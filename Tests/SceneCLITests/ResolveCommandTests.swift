import Foundation
import Testing
import SceneTestSupport

/// `scene resolve` on the locate corpus's admin pages (snapshot.js output taken in Chromium).
@Suite struct ResolveCommandTests {
    static let users = repositoryRoot.appendingPathComponent("Tests/LocateCorpus/snapshots/admin/v1-users.json").path

    @Test func showsTheReadingTheCandidatesAndThePick() throws {
        let dir = try temporaryDirectory("cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try SceneExecutable.run(["resolve", "Click Edit for Chen Wei", "--snapshot", Self.users, "--json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["reading"] as? String == "click 'Edit' for 'Chen Wei'", "\(json)")
        let candidates = try #require(json["candidates"] as? [[String: Any]])
        #expect(candidates.count > 1 && (candidates[0]["score"] as? Double ?? 0) > (candidates[1]["score"] as? Double ?? 1))
        #expect((candidates[0]["why"] as? String)?.contains("context 1.00") == true, "\(candidates[0])")
        let pick = try #require(json["pick"] as? [String: Any])
        #expect(pick["kind"] as? String == "click" && pick["index"] as? Int == candidates[0]["index"] as? Int)
    }

    @Test func anAmbiguousStepIsRefusedNamingTheCandidates() throws {
        let dir = try temporaryDirectory("cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try SceneExecutable.run(["resolve", "Click the Edit button", "--snapshot", Self.users], in: dir)
        #expect(r.status == 1)
        #expect(r.stdout.contains("candidates, best first:") && r.stdout.contains("refused: ") && r.stdout.contains("ambiguous"), "\(r.stdout)")
        #expect(r.stdout.contains("getByRole('button', { name: 'Edit', exact: true }).nth(1)"))
    }

    @Test func aFileThatIsNoSnapshotIsBadInput() throws {
        let dir = try temporaryDirectory("cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("page.json")
        try Data("{\"elements\": 3}".utf8).write(to: file)
        let r = try SceneExecutable.run(["resolve", "Click Go", "--snapshot", file.path], in: dir)
        #expect(r.status == 65 && r.stderr.contains("not an element snapshot") && r.stderr.contains(file.path), "\(r.stderr)")
    }
}
