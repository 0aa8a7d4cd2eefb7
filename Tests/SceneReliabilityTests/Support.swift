import Foundation
import ZIPFoundation
import SceneTestSupport

let suiteDirectory = repositoryRoot.appendingPathComponent("Tests/SceneReliabilityTests")

/// `site_server.py` (this suite's hostile and plain pages) on a free loopback port.
func siteServer(environment: [String: String] = [:]) throws -> LoopbackScript {
    try LoopbackScript(script: suiteDirectory.appendingPathComponent("site_server.py"), environment: environment)
}

/// Runs one of this suite's Python checkers (`check_report.py`, `check_trace_viewer.py`) with the
/// runner's Python and returns the JSON document it prints.
func runChecker(_ script: String, _ arguments: [String], environment: [String: String]) throws -> [String: Any] {
    let check = Process()
    check.executableURL = URL(fileURLWithPath: environment["SCENE_PYTHON"] ?? "/usr/bin/python3")
    check.arguments = [suiteDirectory.appendingPathComponent(script).path] + arguments
    let out = Pipe()
    check.standardOutput = out
    try check.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    check.waitUntilExit()
    guard check.terminationStatus == 0, let document = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
        throw MissingPrerequisite(description: "\(script) exited \(check.terminationStatus): \(String(decoding: data, as: UTF8.self).suffix(600))")
    }
    return document
}

extension SceneExecutable {
    /// Starts `scene run --config scene.yml --no-report` in `directory` and returns at once.
    static func startRun(in directory: URL, environment: [String: String]) throws -> Process {
        try start(["run", "--config", "scene.yml", "--no-report"] + SceneExecutable.recordMissingBaselines, environment: environment, in: directory)
    }
}

/// Every file under `root` as (name, bytes); zip archives are opened and each entry listed as
/// `archive.zip!entry`, so a secret inside a compressed trace is found too.
func everyFile(under root: URL) throws -> [(name: String, data: Data)] {
    var files: [(String, Data)] = []
    guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
    for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        let data = try Data(contentsOf: url)
        let name = String(url.path.dropFirst(root.path.count))
        files.append((name, data))
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let archive = try Archive(data: data, accessMode: .read)
            for entry in archive where entry.type == .file {
                var content = Data()
                _ = try archive.extract(entry) { content.append($0) }
                files.append(("\(name)!\(entry.path)", content))
            }
        }
    }
    return files
}

/// Where each needle occurs: "file: needle".
func occurrences(of needles: [String], in files: [(name: String, data: Data)]) -> [String] {
    files.flatMap { file in needles.filter { file.data.range(of: Data($0.utf8)) != nil }.map { "\(file.name): \($0)" } }
}
