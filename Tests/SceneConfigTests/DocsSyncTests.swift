import Foundation
import Testing
import SceneConfig

@Suite struct DocsSyncTests {
    /// docs/CONFIG.md is generated from the schema table; a stale copy misleads users.
    @Test func configReferenceMatchesTheSchema() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/CONFIG.md"), encoding: .utf8)
        #expect(doc == ConfigSchema.markdownReference() + "\n", "regenerate with: swift run scene schema --markdown > docs/CONFIG.md")
    }
}
