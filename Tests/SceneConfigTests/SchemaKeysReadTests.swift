import Foundation
import SceneConfig
import SceneTestSupport
import Testing

/// A documented config key that nothing reads is a lie to users: every key of the schema must be
/// read by code beyond the files that parse and write scene.yml (the Swift stages, or the Python
/// runner, which reads the execution's JSON).
@Suite struct SchemaKeysReadTests {
    /// The files that define, parse, describe or write the config: mentioning a key there is not reading it.
    static let configFiles: Set<String> = ["Config.swift", "ConfigBuilder.swift", "ConfigLoader.swift", "StepParser.swift", "ConfigSchema.swift",
                                           "NodeReader.swift", "StepShorthand.swift", "BackstopImport.swift", "Diagnostics.swift"]
    /// Keys spelled differently in the model, and aliases that land on another key's property.
    static let property: [String: String] = [
        "executionTimeout": "executionTimeoutSeconds", "runTimeout": "runTimeoutSeconds", "navigationTimeout": "navigationTimeoutSeconds",
        "stepTimeout": "stepTimeoutSeconds", "captureTimeout": "captureTimeoutSeconds",
        "path": "url", "selector": "css", "key": "value", "project": "project",
    ]

    static func readers() throws -> [(name: String, text: String)] {
        var files: [(name: String, text: String)] = []
        for folder in ["Sources", "assets/runner"] {
            let root = repositoryRoot.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where ["swift", "py", "js"].contains(url.pathExtension) {
                let inConfig = url.path.contains("/Sources/SceneConfig/") && configFiles.contains(url.lastPathComponent)
                if !inConfig { files.append((url.lastPathComponent, try String(contentsOf: url, encoding: .utf8))) }
            }
        }
        return files
    }

    @Test func everySchemaKeyIsReadBySomething() throws {
        let files = try Self.readers()
        #expect(files.count > 50)
        var unread: [String] = []
        for object in ConfigSchema.objects {
            for key in object.keys {
                let name = Self.property[key] ?? key
                // Swift reads a property, the runner a JSON key: the name as a word anywhere outside the config files.
                let word = try Regex("\\b\(name)\\b").wordBoundaryKind(.simple)
                let read = files.contains { $0.text.contains(word) }
                if !read { unread.append("\(object.name).\(key)") }
            }
        }
        #expect(unread.isEmpty, "documented in the schema but read by nothing: \(unread)")
    }
}
