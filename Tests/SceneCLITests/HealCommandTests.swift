import Foundation
import Testing
import SceneTestSupport

@Suite struct HealCommandTests {
    @Test func aFolderThatIsNoRunIsBadInput() throws {
        let dir = try temporaryDirectory("cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try SceneExecutable.run(["heal", dir.path], in: dir)
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("error: not a run bundle"))
        #expect(r.stderr.contains("hint: pass the folder runs/<run-id>"))
    }

    @Test func writeAndInPlaceExcludeEachOther() throws {
        let dir = try temporaryDirectory("cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try SceneExecutable.run(["heal", dir.path, "--write", "--in-place"], in: dir)
        #expect(r.status == 64)
        #expect(r.stderr.contains("not both"))
    }
}
