import Foundation
import Mustache

/// The templates and static assets a report is made of, loaded once per build.
struct ReportResources: Sendable {
    let root: URL
    let library: MustacheLibrary
    static let templateNames = ["head", "dashboard", "history"]

    /// Finds the folder holding `templates/` and `assets/report/`: `$SCENE_RESOURCES`,
    /// then the executable's folder and its parents (installed layouts: `share/scene`),
    /// then the source checkout this file was compiled from.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        var candidates: [URL] = []
        if let env = environment["SCENE_RESOURCES"] { candidates.append(URL(fileURLWithPath: env)) }
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(dir)
            candidates.append(dir.appendingPathComponent("share/scene"))
            dir.deleteLastPathComponent()
        }
        // Sources/SceneReport/ReportResources.swift -> package root.
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
        return candidates.first { isResourceRoot($0) }
    }

    static func isResourceRoot(_ url: URL) -> Bool {
        let fm = FileManager.default
        return fm.fileExists(atPath: url.appendingPathComponent("templates/dashboard.mustache").path)
            && fm.fileExists(atPath: url.appendingPathComponent("assets/report/report.css").path)
    }

    init(directory: URL?) throws {
        guard let root = directory ?? Self.locate() else {
            throw ReportError(path: "templates/", message: "report templates and assets not found",
                              hint: "set SCENE_RESOURCES to the folder holding templates/ and assets/report/")
        }
        guard Self.isResourceRoot(root) else {
            throw ReportError(path: root.path, message: "not a resource folder (needs templates/*.mustache and assets/report/)")
        }
        self.root = root
        var library = MustacheLibrary()
        for name in Self.templateNames {
            let url = root.appendingPathComponent("templates/\(name).mustache")
            let text: String
            do { text = try String(contentsOf: url, encoding: .utf8) } catch {
                throw ReportError(path: url.path, message: "cannot read template: \(error.localizedDescription)")
            }
            do { try library.register(text, named: name) } catch {
                throw ReportError(path: url.path, message: "template does not parse: \(error)")
            }
        }
        self.library = library
    }

    var assetsDirectory: URL { root.appendingPathComponent("assets/report") }

    func render(_ name: String, _ context: Any) throws -> String {
        guard let html = library.render(MustacheValues.convert(context), withTemplate: name) else {
            throw ReportError(path: "templates/\(name).mustache", message: "template missing")
        }
        return html
    }
}
